#pragma once

#include "domain/Clock.h"
#include "domain/Records.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QTimer;

namespace rapport::ui {

// Every field of a colleague's card that is filled in: contact, work mode, time zone with
// their local time now, start date, birthday, how you met, preferences and notes. Empty
// fields are left out rather than shown blank.
class DetailsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit DetailsPanel(const core::Clock &clock, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(DetailsPanel)

    void setColleague(const core::Colleague &colleague);
    // "14:05 in Lisbon (1 h behind you)", or empty when no time zone is known.
    QString localTimeText() const;
    // Re-reads the clock; runs by itself at every minute.
    void refreshLocalTime();

private:
    enum Field { Email, Phone, Chat, WorkMode, TimeZone, LocalTime, Started, Birthday, HowWeMet, Preferences,
                 WorkingStyle, Notes, TrackedSince, FieldCount };

    void setField(Field field, const QString &text);
    void scheduleTick();

    const core::Clock &m_clock;
    QFormLayout *m_form = nullptr;
    QLabel *m_values[FieldCount] = {};
    QLabel *m_empty = nullptr;
    QTimer *m_tick = nullptr;
    QString m_timeZone;
};

} // namespace rapport::ui
