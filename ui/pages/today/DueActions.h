#pragma once

#include "services/DueList.h"

#include <QDate>
#include <QWidget>

#include <functional>
#include <optional>

class QPushButton;

namespace rapport::core {
class Journal;
}

namespace rapport::ui {

// What a user does with a due item (DESIGN.md section 3): Done (Quick log with the
// colleague filled in), Snooze for a day, a week or until a date, and Dismiss. Each change
// is undoable; the buttons act on the item the Today page has selected.
class DueActions final : public QWidget
{
    Q_OBJECT

public:
    explicit DueActions(core::Journal &journal, QWidget *parent = nullptr);
    ~DueActions() override;
    Q_DISABLE_COPY_MOVE(DueActions)

    void setItem(const std::optional<core::DueItem> &item);

    // Asks for the date of a custom snooze; replaced in tests.
    using DatePicker = std::function<std::optional<QDate>(const QDate &suggested)>;
    void setDatePicker(DatePicker picker) { m_pickDate = std::move(picker); }

public Q_SLOTS:
    void done();
    void snooze(int days);
    void snoozeUntilChosenDate();
    void dismiss();

Q_SIGNALS:
    // Done: the item is logged through Quick log; the page closes follow-ups and promises
    // once the log is saved.
    void doneRequested(const core::DueItem &item);
    void statusMessage(const QString &message);

private:
    std::optional<QDate> askForDate(const QDate &suggested);

    core::Journal &m_journal;
    std::optional<core::DueItem> m_item;
    DatePicker m_pickDate;
    QPushButton *m_done = nullptr;
    QPushButton *m_snooze = nullptr;
    QPushButton *m_dismiss = nullptr;
};

} // namespace rapport::ui
