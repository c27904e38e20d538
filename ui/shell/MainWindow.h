#pragma once

#include "domain/Records.h"
#include "services/DueList.h"
#include "storage/Database.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QAction;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace rapport::core {
class Clock;
class Journal;
class Settings;
}

namespace rapport::ui {

class BackupActions;
class JournalCheck;
class ColleaguesPage;
class DataTransfer;
class GratitudePage;
class InsightsPage;
class JournalPage;
class ProfilePage;
class PromisesPage;
class ReflectionPage;
class ReminderBanner;
class TodayPage;

// The main window over one open journal: a left navigation, the pages, the menus. It
// composes pages and dialogs; it does not implement them.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(core::Settings &settings, const core::Clock &clock, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates) a journal and shows it; on failure says why and keeps the
    // journal that was open.
    bool openJournal(const QString &path, core::Database::OpenMode mode);
    core::Journal *journal() const { return m_journal.get(); }
    // Lets go of the open journal (a restore replaces its file); the window shows no
    // journal until one is opened.
    void closeJournal();
    core::Settings &settings() const { return m_settings; }
    DataTransfer *dataTransfer() const { return m_data; }
    BackupActions *backups() const { return m_backups; }
    // Opens the demo journal, filling it first when it is new.
    bool openDemoJournal();

    // The pages; the profile card is reached from a colleague, not from the navigation.
    enum class Page { Today, Colleagues, Journal, Gratitude, Promises, Insights, Reflection, Profile };
    void showPage(Page page);
    Page currentPage() const;

    void showColleague(core::Id id);
    // True when something was logged.
    bool quickLog(const QList<core::Id> &participants = {}, std::optional<core::InteractionKind> kind = std::nullopt);
    void completeDueItem(const core::DueItem &item);
    void showDepartment(const QString &department);
    void preferences();
    // The chart in view on Insights or the profile card, as PNG or SVG.
    void saveChart();
    void thank(core::Id colleagueId);
    void newColleague();
    void editColleague(core::Id id);
    // A warning box: what failed, and the core's message with the file, line and field.
    void showError(const QString &what, const QString &message);

public Q_SLOTS:
    // A reminder shown in the window, where the desktop has no other way to show it.
    void showReminderBanner(const QString &summary, const QString &body);
    // The background check found damage in the open journal: stop writing to it and
    // offer a backup that passes its checks, or an export of what can be read.
    void journalDamaged(const QStringList &problems);

Q_SIGNALS:
    void journalOpened(core::Journal *journal);
    // The open journal is about to be replaced: let go of it.
    void journalClosing();
    // The user changed their preferences (reminder times, tray): whoever reads them
    // reads again.
    void preferencesChanged();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void buildPages();
    // The page's widget, built on first use.
    QWidget *pageWidget(Page page);
    void clearPages();
    void updateTitle();
    void updateUndoActions();
    void updateRecentMenu();
    void newJournal();
    void openJournalDialog();
    void find();
    // The check that opening no longer waits for, once the window is up.
    void checkInBackground();

    core::Settings &m_settings;
    const core::Clock &m_clock;
    std::unique_ptr<core::Journal> m_journal;
    ReminderBanner *m_banner = nullptr;
    DataTransfer *m_data = nullptr;
    BackupActions *m_backups = nullptr;
    JournalCheck *m_check = nullptr;

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    TodayPage *m_today = nullptr;
    ColleaguesPage *m_colleagues = nullptr;
    JournalPage *m_journalPage = nullptr;
    GratitudePage *m_gratitude = nullptr;
    PromisesPage *m_promises = nullptr;
    InsightsPage *m_insights = nullptr;
    ReflectionPage *m_reflection = nullptr;
    ProfilePage *m_profile = nullptr;

    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QMenu *m_recent = nullptr;
};

} // namespace rapport::ui
