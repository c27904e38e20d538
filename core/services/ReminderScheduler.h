#pragma once

#include "DueList.h"
#include "ReminderPlan.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QTimeZone>
#include <QTimer>

#include <optional>

namespace rapport::core {

class Clock;
class Journal;
class Settings;

// Runs the reminders of one open journal while the app runs (DESIGN.md section 3): keeps
// the due list current and says when a notification should go out. Owns nothing; the
// journal, settings and clock must outlive it. QtCore only: the tray and the desktop
// notification listen to its signals.
class ReminderScheduler final : public QObject
{
    Q_OBJECT

public:
    ReminderScheduler(Journal &journal, const Settings &settings, const Clock &clock, QObject *parent = nullptr);
    ~ReminderScheduler() override;
    Q_DISABLE_COPY_MOVE(ReminderScheduler)

    // Starts watching: checks at once (a reminder missed while the app was closed goes out
    // now as a catch-up), after every change to the journal, at the planned time and once
    // a minute. Timers do not run while the machine sleeps; a minute tick that finds the
    // wall clock much further on takes it as a wake, so a reminder slept through is a
    // catch-up at once.
    void start();
    // Reads the due list and the plan; emits dueChanged when the list differs from the last
    // one, and notify when a notification should go out, after recording the day in the
    // journal (not an undoable change). Settings are read afresh each time, so calling it
    // after the user changes them applies them.
    void check();

    const QList<DueItem> &dueItems() const { return m_items; }
    // When the next check is planned (besides the minute tick); invalid before the first.
    QDateTime nextCheck() const { return m_next; }
    // The zone reminder times are local to (default: the system's); for tests.
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }

    static constexpr int kTickMs = 60 * 1000;
    // A gap between two checks longer than this means the machine slept (or the app was
    // stopped): a reminder time in the gap went by unseen.
    static constexpr qint64 kWakeGapSeconds = 150;

Q_SIGNALS:
    void dueChanged(const QList<rapport::core::DueItem> &items);
    // One notification naming `items`; `catchUp` when it sums up reminders missed while
    // the app was closed or the machine slept.
    void notify(const QList<rapport::core::DueItem> &items, bool catchUp);

private:
    void checkOnce();
    void schedule(const QDateTime &at, const QDateTime &now);

    Journal &m_journal;
    const Settings &m_settings;
    const Clock &m_clock;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QTimer m_tick;
    QTimer m_planned;
    QList<DueItem> m_items;
    bool m_haveItems = false;
    bool m_started = false;
    bool m_checking = false;
    bool m_checkAgain = false;
    std::optional<QDate> m_notifiedOn;
    QDateTime m_lastCheck;
    QDateTime m_awakeSince;
    QDateTime m_next;
};

} // namespace rapport::core
