#include "MainWindow.h"

#include "BackupActions.h"
#include "DamagedJournalDialog.h"
#include "DataTransfer.h"
#include "JournalCheck.h"

#include "dialogs/ColleagueEditorDialog.h"
#include "dialogs/ColleagueForm.h"
#include "dialogs/PreferencesDialog.h"
#include "services/Autostart.h"
#include "dialogs/QuickLogDialog.h"
#include "dialogs/ThankDialog.h"
#include "widgets/ReminderBanner.h"
#include "pages/ColleaguesPage.h"
#include "pages/GratitudePage.h"
#include "charts/ChartView.h"
#include "charts/ProfileCharts.h"
#include "pages/InsightsPage.h"
#include "pages/JournalPage.h"
#include "pages/ProfilePage.h"
#include "pages/PromisesPage.h"
#include "pages/ReflectionPage.h"
#include "pages/TodayPage.h"
#include "io/Backup.h"
#include "services/DemoJournal.h"
#include "services/Journal.h"
#include "services/Locations.h"
#include "services/Settings.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <iterator>

namespace rapport::ui {
namespace {

// The navigation's rows, in the order of DESIGN.md section 8 (Ctrl+1 to Ctrl+7).
constexpr MainWindow::Page kNavigation[] = {MainWindow::Page::Today,     MainWindow::Page::Colleagues,
                                            MainWindow::Page::Journal,   MainWindow::Page::Gratitude,
                                            MainWindow::Page::Promises,  MainWindow::Page::Insights,
                                            MainWindow::Page::Reflection};

QString demoJournalPath()
{
    return QDir(core::dataFolder()).filePath(QStringLiteral("demo.") + QLatin1String(core::kJournalSuffix));
}

} // namespace

MainWindow::MainWindow(core::Settings &settings, const core::Clock &clock, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_clock(clock)
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/rapport.svg")));
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_navigation = new QListWidget(central);
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setBackgroundRole(QPalette::AlternateBase);
    m_navigation->setAutoFillBackground(true);
    m_navigation->setSpacing(2);
    const std::pair<const char *, QString> pages[] = {{":/icons/today.svg", tr("Today")},
                                                      {":/icons/colleagues.svg", tr("Colleagues")},
                                                      {":/icons/journal.svg", tr("Journal")},
                                                      {":/icons/gratitude.svg", tr("Gratitude")},
                                                      {":/icons/promises.svg", tr("Promises")},
                                                      {":/icons/insights.svg", tr("Insights")},
                                                      {":/icons/reflection.svg", tr("Reflection")}};
    static_assert(std::size(pages) == std::size(kNavigation));
    for (const auto &[icon, label] : pages)
        new QListWidgetItem(QIcon(QString::fromLatin1(icon)), label, m_navigation);
    // Measured from the labels alone: asking the view for its size hint would render every
    // SVG icon before the window is even shown.
    int labelWidth = 0;
    for (const auto &entry : pages)
        labelWidth = qMax(labelWidth, m_navigation->fontMetrics().horizontalAdvance(entry.second));
    m_navigation->setFixedWidth(qMax(170, labelWidth + m_navigation->iconSize().width() + 48));

    m_stack = new QStackedWidget(central);
    m_banner = new ReminderBanner(central);
    connect(m_banner, &ReminderBanner::openTodayRequested, this, [this] { showPage(Page::Today); });
    auto *content = new QVBoxLayout;
    content->setContentsMargins(0, 0, 0, 0);
    content->setSpacing(0);
    content->addWidget(m_banner);
    content->addWidget(m_stack, 1);
    layout->addWidget(m_navigation);
    layout->addLayout(content, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < int(std::size(kNavigation)) && currentPage() != kNavigation[row])
            showPage(kNavigation[row]);
    });
    m_data = new DataTransfer(*this, m_clock);
    m_backups = new BackupActions(*this, m_clock);
    m_check = new JournalCheck(this);
    connect(m_check, &JournalCheck::damaged, this, [this](const QString &path, const QStringList &problems) {
        if (m_journal && m_journal->path() == path)
            journalDamaged(problems);
    });
    const auto showStatus = [this](const QString &summary) { statusBar()->showMessage(summary, 15000); };
    connect(m_data, &DataTransfer::done, this, showStatus);
    connect(m_backups, &BackupActions::done, this, showStatus);
    createMenus();
    statusBar();
    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1180, 760);
}

MainWindow::~MainWindow()
{
    clearPages();
}

bool MainWindow::openJournal(const QString &path, core::Database::OpenMode mode)
{
    auto opened = core::Journal::open(path, mode, m_clock);
    if (!opened) {
        showError(tr("The journal could not be opened"), opened.error().message);
        m_settings.removeRecentJournal(QFileInfo(path).absoluteFilePath());
        updateRecentMenu();
        return false;
    }
    if (m_journal)
        Q_EMIT journalClosing();
    clearPages();
    m_journal = std::move(*opened);
    // Commits of other programs (rapport-cli, a restore) show within about a second.
    m_journal->watchOutsideChanges(std::chrono::milliseconds(500));
    // A write of the window waits at most a second for another program's import, then says so.
    m_journal->database().setBusyTimeout(std::chrono::seconds(1));
    if (m_journal->database().openedAfterUncleanShutdown())
        checkInBackground();
    connect(&m_journal->undoStack(), &core::UndoStack::changed, this, &MainWindow::updateUndoActions);
    buildPages();
    m_settings.setLastJournal(m_journal->path());
    updateRecentMenu();
    updateUndoActions();
    updateTitle();
    spdlog::info("opened a journal");
    Q_EMIT journalOpened(m_journal.get());
    return true;
}

void MainWindow::checkInBackground()
{
    // After the first paint: the window answers at once, and the check takes a core of its own.
    const QString path = m_journal->path();
    QTimer::singleShot(std::chrono::milliseconds(200), m_check, [this, path] { m_check->start(path); });
}

void MainWindow::journalDamaged(const QStringList &problems)
{
    if (!m_journal)
        return;
    const QString path = m_journal->path();
    spdlog::error("the journal is damaged; writing stopped");
    m_journal->database().stopWriting(
        tr("The journal %1 is damaged, so Rapport stopped writing to it. Restore a backup, or export what can "
           "still be read (File menu).")
            .arg(QDir::toNativeSeparators(path)));
    updateTitle();
    DamagedJournalDialog dialog(path, problems, core::io::Backup::rollingBackups(m_backups->folder(), path), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.choice() == DamagedJournalDialog::Choice::Restore) {
        m_backups->restore(dialog.backup());
    } else if (dialog.choice() == DamagedJournalDialog::Choice::Export) {
        const QString target = QFileDialog::getSaveFileName(this, tr("Export What Can Be Read"),
            QDir::home().filePath(QFileInfo(path).completeBaseName() + QStringLiteral(".json")),
            tr("Rapport JSON (*.json)"));
        if (!target.isEmpty())
            m_data->exportJson(target);
    }
}

void MainWindow::closeJournal()
{
    if (!m_journal)
        return;
    Q_EMIT journalClosing();
    clearPages();
    m_journal.reset();
    updateUndoActions();
    updateTitle();
    setWindowFilePath(QString());
}

bool MainWindow::openDemoJournal()
{
    const QString path = demoJournalPath();
    const bool fresh = !QFileInfo::exists(path);
    if (!openJournal(path, core::Database::OpenMode::CreateIfMissing))
        return false;
    auto colleagues = m_journal->repositories().colleagues.count();
    if (fresh || (colleagues && *colleagues == 0)) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const core::Status filled = core::fillDemoJournal(*m_journal, 1);
        QApplication::restoreOverrideCursor();
        if (!filled) {
            showError(tr("The demo journal could not be made"), filled.error().message);
            return false;
        }
        m_today->refresh();
    }
    return true;
}

void MainWindow::clearPages()
{
    // Pages hold references to the journal: they go before it does.
    for (QWidget *page : {static_cast<QWidget *>(m_today), static_cast<QWidget *>(m_colleagues),
                          static_cast<QWidget *>(m_journalPage), static_cast<QWidget *>(m_gratitude),
                          static_cast<QWidget *>(m_promises), static_cast<QWidget *>(m_insights),
                          static_cast<QWidget *>(m_reflection),
                          static_cast<QWidget *>(m_profile)}) {
        if (page) {
            m_stack->removeWidget(page);
            delete page;
        }
    }
    m_today = nullptr;
    m_colleagues = nullptr;
    m_journalPage = nullptr;
    m_gratitude = nullptr;
    m_promises = nullptr;
    m_insights = nullptr;
    m_reflection = nullptr;
    m_profile = nullptr;
}

void MainWindow::buildPages()
{
    // Only Today is built now, so the window paints at once however large the journal;
    // the other pages are built the first time they are shown.
    pageWidget(Page::Today);
    showPage(Page::Today);
}

QWidget *MainWindow::pageWidget(Page page)
{
    if (!m_journal)
        return nullptr;
    core::Journal &journal = *m_journal;
    const auto status = [this](const QString &text) { statusBar()->showMessage(text, 6000); };
    QWidget *widget = nullptr;
    switch (page) {
    case Page::Today:
        if (!m_today) {
            m_today = new TodayPage(journal, m_stack);
            connect(m_today, &TodayPage::logRequested, this,
                    [this](core::Id id, core::InteractionKind kind) { quickLog({id}, kind); });
            connect(m_today, &TodayPage::dueDoneRequested, this, &MainWindow::completeDueItem);
            connect(m_today, &TodayPage::thankRequested, this, &MainWindow::thank);
            connect(m_today, &TodayPage::colleagueRequested, this, &MainWindow::showColleague);
            connect(m_today, &TodayPage::reflectionRequested, this, [this] { showPage(Page::Reflection); });
            connect(m_today, &TodayPage::departmentRequested, this, &MainWindow::showDepartment);
            connect(m_today, &TodayPage::statusMessage, this, status);
        }
        widget = m_today;
        break;
    case Page::Colleagues:
        if (!m_colleagues) {
            m_colleagues = new ColleaguesPage(journal, m_stack);
            connect(m_colleagues, &ColleaguesPage::colleagueActivated, this, &MainWindow::showColleague);
            connect(m_colleagues, &ColleaguesPage::newColleagueRequested, this, &MainWindow::newColleague);
        }
        widget = m_colleagues;
        break;
    case Page::Journal:
        if (!m_journalPage) {
            m_journalPage = new JournalPage(journal, m_stack);
            connect(m_journalPage, &JournalPage::statusMessage, this, status);
        }
        widget = m_journalPage;
        break;
    case Page::Gratitude:
        if (!m_gratitude) {
            m_gratitude = new GratitudePage(journal, m_stack);
            connect(m_gratitude, &GratitudePage::statusMessage, this, status);
        }
        widget = m_gratitude;
        break;
    case Page::Promises:
        if (!m_promises) {
            m_promises = new PromisesPage(journal, m_stack);
            connect(m_promises, &PromisesPage::statusMessage, this, status);
        }
        widget = m_promises;
        break;
    case Page::Insights:
        if (!m_insights) {
            m_insights = new InsightsPage(journal, m_stack);
            connect(m_insights, &InsightsPage::statusMessage, this, status);
        }
        widget = m_insights;
        break;
    case Page::Reflection:
        if (!m_reflection) {
            m_reflection = new ReflectionPage(journal, m_stack);
            connect(m_reflection, &ReflectionPage::statusMessage, this, status);
        }
        widget = m_reflection;
        break;
    case Page::Profile:
        if (!m_profile) {
            m_profile = new ProfilePage(journal, m_stack);
            connect(m_profile, &ProfilePage::editRequested, this, &MainWindow::editColleague);
            connect(m_profile, &ProfilePage::logRequested, this, [this](core::Id id) { quickLog({id}); });
            connect(m_profile, &ProfilePage::thankRequested, this, &MainWindow::thank);
            connect(m_profile, &ProfilePage::backRequested, this, [this] { showPage(Page::Colleagues); });
            connect(m_profile, &ProfilePage::statusMessage, this, status);
            connect(m_profile, &ProfilePage::colleagueDeleted, this, [this] { showPage(Page::Colleagues); });
        }
        widget = m_profile;
        break;
    }
    if (m_stack->indexOf(widget) < 0)
        m_stack->addWidget(widget);
    return widget;
}

void MainWindow::showPage(Page page)
{
    QWidget *widget = pageWidget(page);
    if (!widget)
        return;
    m_stack->setCurrentWidget(widget);
    // The profile card belongs to Colleagues in the navigation.
    const Page shown = page == Page::Profile ? Page::Colleagues : page;
    const int row = int(std::find(std::begin(kNavigation), std::end(kNavigation), shown) - std::begin(kNavigation));
    const QSignalBlocker blocker(m_navigation);
    m_navigation->setCurrentRow(row);
}

MainWindow::Page MainWindow::currentPage() const
{
    QWidget *current = m_stack->currentWidget();
    if (current == m_colleagues)
        return Page::Colleagues;
    if (current == m_journalPage)
        return Page::Journal;
    if (current == m_gratitude)
        return Page::Gratitude;
    if (current == m_promises)
        return Page::Promises;
    if (current == m_insights)
        return Page::Insights;
    if (current == m_reflection)
        return Page::Reflection;
    if (current == m_profile)
        return Page::Profile;
    return Page::Today;
}

void MainWindow::showColleague(core::Id id)
{
    if (id <= 0 || !pageWidget(Page::Profile))
        return;
    m_profile->showColleague(id);
    showPage(Page::Profile);
}

bool MainWindow::quickLog(const QList<core::Id> &participants, std::optional<core::InteractionKind> kind)
{
    if (!m_journal)
        return false;
    QuickLogDialog dialog(*m_journal, this);
    if (!participants.isEmpty())
        dialog.setParticipants(participants);
    if (kind)
        dialog.setKind(*kind);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    statusBar()->showMessage(tr("Logged. Ctrl+Z takes it back."), 6000);
    return true;
}

// Done on a due item is a logged contact; a follow-up or a promise of mine is then closed
// too, as a step of its own that Ctrl+Z takes back first.
void MainWindow::completeDueItem(const core::DueItem &item)
{
    using core::DueType;
    const core::InteractionKind kind = item.type == DueType::Birthday ? core::InteractionKind::Celebration
                                       : item.type == DueType::Touchbase ? core::InteractionKind::Touchbase
                                                                         : core::InteractionKind::Greeting;
    if (!quickLog({item.colleagueId}, kind) || !m_journal)
        return;
    const QDate today = m_clock.today();
    core::Status closed;
    if (item.type == DueType::FollowUp)
        closed = m_journal->completeFollowUp(item.id, today);
    else if (item.type == DueType::Commitment)
        closed = m_journal->closeCommitment(item.id, core::CommitmentStatus::Done, today);
    if (!closed)
        showError(tr("Could not close \"%1\"").arg(item.title), closed.error().message);
}

void MainWindow::showDepartment(const QString &department)
{
    showPage(Page::Colleagues);
    if (m_colleagues)
        m_colleagues->showDepartment(department);
}

void MainWindow::thank(core::Id colleagueId)
{
    if (!m_journal)
        return;
    ThankDialog dialog(*m_journal, colleagueId, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Thanks logged. Ctrl+Z takes it back."), 6000);
}

void MainWindow::saveChart()
{
    if (currentPage() == Page::Profile && m_profile) {
        m_profile->charts()->contactDaysView()->saveWithDialog();
        return;
    }
    showPage(Page::Insights);
    if (m_insights)
        m_insights->saveCurrentChart();
}

void MainWindow::preferences()
{
    const core::Autostart autostart(QCoreApplication::applicationFilePath());
    PreferencesDialog dialog(m_settings, m_journal.get(), autostart, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT preferencesChanged();
}

void MainWindow::newColleague()
{
    if (!m_journal)
        return;
    ColleagueEditorDialog dialog(*m_journal, std::nullopt, this);
    dialog.form()->setCadence(m_settings.defaultCadence());
    if (dialog.exec() == QDialog::Accepted)
        showColleague(dialog.savedId());
}

void MainWindow::editColleague(core::Id id)
{
    if (!m_journal)
        return;
    ColleagueEditorDialog dialog(*m_journal, id, this);
    dialog.exec();
}

void MainWindow::find()
{
    switch (currentPage()) {
    case Page::Journal:
        m_journalPage->focusSearch();
        return;
    case Page::Gratitude:
        m_gratitude->focusSearch();
        return;
    case Page::Promises:
        m_promises->focusSearch();
        return;
    case Page::Reflection:
        m_reflection->focusSearch();
        return;
    default:
        break;
    }
    showPage(Page::Colleagues);
    if (m_colleagues)
        m_colleagues->focusSearch();
}

void MainWindow::updateTitle()
{
    if (!m_journal) {
        setWindowTitle(tr("Rapport"));
        return;
    }
    const QString name = QFileInfo(m_journal->path()).completeBaseName();
    const bool demo = QFileInfo(m_journal->path()) == QFileInfo(demoJournalPath());
    // QMainWindow adds " — Rapport" from the application display name.
    const QString title = demo ? tr("%1 (demo journal)").arg(name) : name;
    setWindowTitle(m_journal->database().stoppedWriting().isEmpty() ? title : tr("%1 (damaged, read-only)").arg(title));
    setWindowFilePath(m_journal->path());
}

void MainWindow::updateUndoActions()
{
    const bool open = m_journal != nullptr;
    const QString undo = open ? m_journal->undoStack().undoText() : QString();
    const QString redo = open ? m_journal->undoStack().redoText() : QString();
    m_undo->setEnabled(!undo.isEmpty());
    m_redo->setEnabled(!redo.isEmpty());
    m_undo->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undo));
    m_redo->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redo));
}

void MainWindow::showError(const QString &what, const QString &message)
{
    spdlog::warn("{}", what.toStdString());
    QMessageBox box(QMessageBox::Warning, tr("Rapport"), what, QMessageBox::Ok, this);
    box.setInformativeText(message);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void MainWindow::showReminderBanner(const QString &summary, const QString &body)
{
    m_banner->showReminder(summary, body);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setWindowGeometry(saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace rapport::ui
