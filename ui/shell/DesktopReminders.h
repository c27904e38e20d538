#pragma once

#include "services/DueList.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace rapport::core {
class Clock;
class Journal;
class ReminderScheduler;
class Settings;
}

namespace rapport::ui {

class MainWindow;
class Notifier;
class TrayIcon;

// Rapport as a desktop citizen (DESIGN.md section 3): the reminder scheduler of the open
// journal, the tray icon with its count and menu, and notifications (desktop, else the
// tray's balloon, else the window's banner). Closing the window keeps Rapport in the
// tray when there is one and the user wants it (said once, the first time).
class DesktopReminders final : public QObject
{
    Q_OBJECT

public:
    // `tray` false leaves the tray out even where the desktop has one (tests).
    DesktopReminders(MainWindow &window, core::Settings &settings, const core::Clock &clock, bool tray = true);
    ~DesktopReminders() override;
    Q_DISABLE_COPY_MOVE(DesktopReminders)

    TrayIcon *trayIcon() const { return m_tray.get(); }
    Notifier *notifier() const { return m_notifier.get(); }
    core::ReminderScheduler *scheduler() const { return m_scheduler.get(); }
    // Whether closing the window now would leave Rapport running in the tray.
    bool keepsRunningInTray() const;

    // Shows the window in front, on Today when asked.
    void bringForward(bool today = false);
    // Closes the window for real and ends the app (the tray's Quit).
    void quit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void journalOpened(core::Journal *journal);
    void journalClosing();
    void notify(const QList<core::DueItem> &items, bool catchUp);
    void snoozeAllUntilTomorrow();
    void logFirstDue();
    void explainOnce();

    MainWindow &m_window;
    core::Settings &m_settings;
    const core::Clock &m_clock;
    std::unique_ptr<TrayIcon> m_tray;
    std::unique_ptr<Notifier> m_notifier;
    std::unique_ptr<core::ReminderScheduler> m_scheduler;
    QList<core::DueItem> m_due;
    bool m_quitting = false;
};

} // namespace rapport::ui
