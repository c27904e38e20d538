#include "DesktopReminders.h"

#include "MainWindow.h"
#include "services/Journal.h"
#include "services/ReminderScheduler.h"
#include "services/Settings.h"
#include "tray/Notifier.h"
#include "tray/TrayIcon.h"

#include <QApplication>
#include <QCloseEvent>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

#include <spdlog/spdlog.h>

namespace rapport::ui {

DesktopReminders::DesktopReminders(MainWindow &window, core::Settings &settings, const core::Clock &clock, bool tray)
    : m_window(window)
    , m_settings(settings)
    , m_clock(clock)
{
    if (tray && TrayIcon::isAvailable()) {
        m_tray = std::make_unique<TrayIcon>();
        connect(m_tray.get(), &TrayIcon::openRequested, this, [this] { bringForward(); });
        connect(m_tray.get(), &TrayIcon::toggleWindowRequested, this, [this] {
            if (m_window.isVisible() && m_window.isActiveWindow())
                m_window.hide();
            else
                bringForward();
        });
        connect(m_tray.get(), &TrayIcon::quickLogRequested, this, [this](core::Id id) {
            bringForward();
            m_window.quickLog(id > 0 ? QList<core::Id>{id} : QList<core::Id>{});
        });
        connect(m_tray.get(), &TrayIcon::itemActivated, this, [this](const core::DueItem &item) {
            bringForward(true);
            m_window.completeDueItem(item);
        });
        connect(m_tray.get(), &TrayIcon::snoozeAllRequested, this, &DesktopReminders::snoozeAllUntilTomorrow);
        connect(m_tray.get(), &TrayIcon::quitRequested, this, &DesktopReminders::quit);
        connect(m_tray.get(), &TrayIcon::messageClicked, this, [this] { bringForward(true); });
        m_tray->show();
    }
    m_notifier = std::make_unique<Notifier>(m_tray.get());
    spdlog::info("reminders arrive by {}", m_notifier->backendName().toStdString());
    connect(m_notifier.get(), &Notifier::logRequested, this, &DesktopReminders::logFirstDue);
    connect(m_notifier.get(), &Notifier::snoozeRequested, this, &DesktopReminders::snoozeAllUntilTomorrow);
    connect(m_notifier.get(), &Notifier::activated, this, [this] { bringForward(true); });
    connect(m_notifier.get(), &Notifier::bannerRequested, &m_window, &MainWindow::showReminderBanner);

    connect(&m_window, &MainWindow::journalOpened, this, &DesktopReminders::journalOpened);
    connect(&m_window, &MainWindow::journalClosing, this, &DesktopReminders::journalClosing);
    connect(&m_window, &MainWindow::preferencesChanged, this, [this] {
        if (m_scheduler)
            m_scheduler->check();
    });
    m_window.installEventFilter(this);
    if (m_window.journal())
        journalOpened(m_window.journal());
    // After the window is up, so the message has somewhere to go.
    QTimer::singleShot(0, this, &DesktopReminders::explainOnce);
}

DesktopReminders::~DesktopReminders()
{
    m_window.removeEventFilter(this);
}

bool DesktopReminders::keepsRunningInTray() const
{
    return !m_quitting && m_tray && m_tray->isVisible() && m_settings.closeToTray();
}

void DesktopReminders::bringForward(bool today)
{
    if (today)
        m_window.showPage(MainWindow::Page::Today);
    if (m_window.isMinimized())
        m_window.showNormal();
    else
        m_window.show();
    m_window.raise();
    m_window.activateWindow();
}

void DesktopReminders::quit()
{
    m_quitting = true;
    m_window.close(); // saves the window's place
    QApplication::quit();
}

bool DesktopReminders::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != &m_window || event->type() != QEvent::Close || !keepsRunningInTray())
        return QObject::eventFilter(watched, event);
    // Closing keeps the reminders running: the window hides, the tray stays.
    event->ignore();
    m_window.hide();
    if (!m_settings.closeToTrayExplained()) {
        m_tray->showMessage(tr("Rapport is still running"),
                            tr("Reminders keep arriving from the tray. Choose Quit in its menu to stop Rapport, or turn "
                               "this off in Preferences."));
        m_settings.setCloseToTrayExplained(true);
    }
    return true;
}

void DesktopReminders::journalOpened(core::Journal *journal)
{
    m_scheduler = std::make_unique<core::ReminderScheduler>(*journal, m_settings, m_clock);
    connect(m_scheduler.get(), &core::ReminderScheduler::dueChanged, this, [this](const QList<core::DueItem> &items) {
        m_due = items;
        if (m_tray) {
            m_tray->setDueItems(items);
            spdlog::info("tray shows {} due", items.size());
        }
    });
    connect(m_scheduler.get(), &core::ReminderScheduler::notify, this, &DesktopReminders::notify);
    m_scheduler->start();
}

void DesktopReminders::journalClosing()
{
    m_scheduler.reset(); // it holds the journal, which is about to go
    m_due.clear();
    if (m_tray)
        m_tray->setDueItems({});
}

void DesktopReminders::notify(const QList<core::DueItem> &items, bool catchUp)
{
    spdlog::info("reminder of {} items{}", items.size(), catchUp ? " (catch-up)" : "");
    m_notifier->notifyDue(items, catchUp);
}

void DesktopReminders::snoozeAllUntilTomorrow()
{
    core::Journal *journal = m_window.journal();
    if (!journal)
        return;
    if (auto done = journal->snoozeAllDue(m_clock.today().addDays(1)); !done)
        m_window.statusBar()->showMessage(done.error().message, 8000);
    else
        m_window.statusBar()->showMessage(tr("Everything due is snoozed until tomorrow. Ctrl+Z takes it back."), 8000);
}

void DesktopReminders::logFirstDue()
{
    bringForward(true);
    if (!m_due.isEmpty())
        m_window.completeDueItem(m_due.first());
    else
        m_window.quickLog();
}

void DesktopReminders::explainOnce()
{
    const QString notice = Notifier::notice(m_notifier->backend(), m_tray != nullptr);
    if (notice.isEmpty() || m_settings.noTrayExplained())
        return;
    m_settings.setNoTrayExplained(true);
    m_window.statusBar()->showMessage(notice, 15000);
    spdlog::info("told the user once where reminders appear");
}

} // namespace rapport::ui
