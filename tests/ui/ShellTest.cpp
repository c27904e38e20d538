// The main window's composition and the one-instance guard, offscreen.
#include "TestSupport.h"
#include "services/Journal.h"
#include "services/Settings.h"
#include "services/ReminderSettings.h"
#include "dialogs/ParticipantPicker.h"
#include "dialogs/QuickLogDialog.h"
#include "shell/DesktopReminders.h"
#include "shell/MainWindow.h"
#include "tray/Notifier.h"
#include "widgets/ReminderBanner.h"
#include "shell/SingleInstance.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QListWidget>
#include <QPushButton>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>
#include <QScopeGuard>

#include <atomic>
#include <thread>

namespace rapport::ui {
namespace {

using test::must;

QString uniqueKey()
{
    return QStringLiteral("rapport-test-") + QUuid::createUuid().toString(QUuid::Id128);
}

// A second start, in its own thread: it blocks on the socket while the first answers from
// its event loop, as two processes would.
bool startSecond(const QString &key, const QString &journal)
{
    std::atomic<int> answered{-1};
    std::thread second([&] {
        SingleInstance instance(key);
        answered = instance.sendToRunning(journal, 3000) ? 1 : 0;
    });
    while (answered < 0)
        QTest::qWait(10);
    second.join();
    return answered == 1;
}

TEST(SingleInstanceTest, ASecondStartReachesTheFirstAndHandsOverItsJournal)
{
    const QString key = uniqueKey();
    SingleInstance first(key);
    ASSERT_TRUE(first.listen());
    QSignalSpy activated(&first, &SingleInstance::activationRequested);

    EXPECT_TRUE(startSecond(key, QStringLiteral("/home/ana/work journal.rapport")));
    ASSERT_TRUE(activated.count() == 1 || activated.wait(2000));
    EXPECT_EQ(activated.at(0).at(0).toString(), QStringLiteral("/home/ana/work journal.rapport"));

    EXPECT_TRUE(startSecond(key, QString()));
    ASSERT_TRUE(activated.count() == 2 || activated.wait(2000));
    EXPECT_EQ(activated.at(1).at(0).toString(), QString()); // just "come forward"
}

TEST(SingleInstanceTest, WithNoneRunningTheFirstStartGoesAhead)
{
    SingleInstance lonely(uniqueKey());
    EXPECT_FALSE(lonely.sendToRunning(QString(), 300));
    EXPECT_TRUE(lonely.listen());
}

class ShellTest : public ::testing::Test
{
protected:
    ShellTest() : m_settings(m_dir.filePath(QStringLiteral("settings.ini"))), m_clock(test::date("2026-03-10")) {}

    QString journalPath() const { return m_dir.filePath(QStringLiteral("work.rapport")); }
    QAction *action(MainWindow &window, const QString &prefix)
    {
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->text().remove(QLatin1Char('&')).startsWith(prefix))
                return a;
        }
        return nullptr;
    }

    QTemporaryDir m_dir;
    core::Settings m_settings;
    core::FixedClock m_clock;
};

TEST_F(ShellTest, TitleNamesTheJournalAndItIsRemembered)
{
    MainWindow window(m_settings, m_clock);
    ASSERT_TRUE(window.openJournal(journalPath(), core::Database::OpenMode::CreateIfMissing));
    EXPECT_EQ(window.windowTitle(), QStringLiteral("work"));
    EXPECT_EQ(m_settings.lastJournal(), journalPath());
    EXPECT_EQ(m_settings.recentJournals().value(0), journalPath());
}

TEST_F(ShellTest, AJournalThatCannotBeOpenedKeepsTheOpenOne)
{
    MainWindow window(m_settings, m_clock);
    ASSERT_TRUE(window.openJournal(journalPath(), core::Database::OpenMode::CreateIfMissing));
    QTimer::singleShot(0, [] {
        if (QWidget *box = QApplication::activeModalWidget())
            box->close();
    });
    EXPECT_FALSE(window.openJournal(m_dir.filePath(QStringLiteral("missing.rapport")), core::Database::OpenMode::MustExist));
    ASSERT_NE(window.journal(), nullptr);
    EXPECT_EQ(window.journal()->path(), journalPath());
}

TEST_F(ShellTest, ShortcutsSwitchPagesAndTheEditMenuNamesTheUndo)
{
    MainWindow window(m_settings, m_clock);
    ASSERT_TRUE(window.openJournal(journalPath(), core::Database::OpenMode::CreateIfMissing));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_EQ(window.currentPage(), MainWindow::Page::Today);
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    EXPECT_EQ(window.currentPage(), MainWindow::Page::Colleagues);
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    EXPECT_EQ(window.currentPage(), MainWindow::Page::Journal);
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    EXPECT_EQ(window.currentPage(), MainWindow::Page::Gratitude);
    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    EXPECT_EQ(window.currentPage(), MainWindow::Page::Promises);
    QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
    EXPECT_EQ(window.currentPage(), MainWindow::Page::Insights);
    QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
    EXPECT_EQ(window.currentPage(), MainWindow::Page::Reflection);
    // The navigation lists the pages in the order of their shortcuts.
    auto *navigation = window.findChild<QListWidget *>();
    ASSERT_NE(navigation, nullptr);
    ASSERT_EQ(navigation->count(), 7);
    EXPECT_EQ(navigation->item(5)->text(), QStringLiteral("Insights"));
    EXPECT_EQ(navigation->currentRow(), 6);
    navigation->setCurrentRow(5);
    EXPECT_EQ(window.currentPage(), MainWindow::Page::Insights);
    ASSERT_NE(action(window, QStringLiteral("Save Chart")), nullptr);
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    EXPECT_EQ(window.currentPage(), MainWindow::Page::Today);

    QAction *undo = action(window, QStringLiteral("Undo"));
    ASSERT_NE(undo, nullptr);
    EXPECT_FALSE(undo->isEnabled());
    core::Colleague ana;
    ana.name = QStringLiteral("Ana Silva");
    const core::Id id = must(window.journal()->addColleague(ana));
    EXPECT_TRUE(undo->isEnabled());
    EXPECT_EQ(undo->text().remove(QLatin1Char('&')), QStringLiteral("Undo Add colleague Ana Silva"));

    // Deleted, then found back through undo with the same id.
    must(window.journal()->deleteColleague(id));
    EXPECT_EQ(undo->text().remove(QLatin1Char('&')), QStringLiteral("Undo Delete Ana Silva"));
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    auto back = must(window.journal()->repositories().colleagues.find(id));
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->name, QStringLiteral("Ana Silva"));
    QAction *redo = action(window, QStringLiteral("Redo"));
    ASSERT_NE(redo, nullptr);
    EXPECT_EQ(redo->text().remove(QLatin1Char('&')), QStringLiteral("Redo Delete Ana Silva"));
}

TEST_F(ShellTest, TheDemoJournalIsItsOwnFileAndTheTitleSaysSo)
{
    const QByteArray previous = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
    const auto restore = qScopeGuard([&previous] { qputenv("XDG_DATA_HOME", previous); });
    MainWindow window(m_settings, m_clock);
    ASSERT_TRUE(window.openDemoJournal());
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("demo journal")));
    EXPECT_TRUE(window.journal()->path().endsWith(QStringLiteral("demo.rapport")));
    EXPECT_GE(must(window.journal()->repositories().colleagues.count()), 10);
    EXPECT_FALSE(window.journal()->undoStack().canUndo()); // the demo is not undone step by step
}

} // namespace
} // namespace rapport::ui

namespace rapport::ui {
namespace {

// Without a tray or a notification service, a missed reminder still reaches the user: as
// a banner in the window, with the catch-up's words, and Open Today goes there.
TEST_F(ShellTest, WithNeitherTrayNorBusTheCatchUpAppearsInTheWindow)
{
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/rapport-test-bus");
    m_clock.set(QDateTime(test::date("2026-03-10"), QTime(10, 0)));
    core::ReminderSettings every = m_settings.reminderSettings();
    every.daysOn = core::Weekdays::everyDay();
    every.time = QTime(9, 0);
    m_settings.setReminderSettings(every);
    {
        auto journal = must(core::Journal::open(journalPath(), core::Database::OpenMode::CreateIfMissing, m_clock));
        core::Colleague ana = test::makeColleague(QStringLiteral("Ana Silva"), 7, "2026-02-01");
        must(journal->addColleague(ana));
        must(journal->repositories().reminders.setLastReminderDay(test::date("2026-03-08")));
    }

    MainWindow window(m_settings, m_clock);
    DesktopReminders reminders(window, m_settings, m_clock, false);
    EXPECT_EQ(reminders.notifier()->backend(), Notifier::Backend::WindowBanner);
    EXPECT_FALSE(reminders.keepsRunningInTray());
    window.show();
    ASSERT_TRUE(window.openJournal(journalPath(), core::Database::OpenMode::MustExist));
    auto *banner = window.findChild<ReminderBanner *>();
    ASSERT_NE(banner, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([banner] { return banner->isVisible(); }, 3000));
    EXPECT_EQ(banner->summary(), QStringLiteral("While Rapport was closed: 1 thing came due"));
    EXPECT_TRUE(banner->body().contains(QStringLiteral("Ana Silva"))) << banner->body().toStdString();
    EXPECT_EQ(must(window.journal()->repositories().reminders.lastReminderDay()), test::date("2026-03-10"));

    window.showPage(MainWindow::Page::Colleagues);
    banner->openTodayButton()->click();
    EXPECT_EQ(window.currentPage(), MainWindow::Page::Today);
    // Closing with no tray closes for real: nothing would be left to bring it back.
    EXPECT_TRUE(window.close());
}

} // namespace
} // namespace rapport::ui

namespace rapport::ui {
namespace {

// Done on a due follow-up is a logged contact: Quick log opens with the colleague filled
// in, and once it is saved the follow-up is closed too; cancelling leaves it open.
TEST_F(ShellTest, DoneOnADueFollowUpLogsThenClosesIt)
{
    MainWindow window(m_settings, m_clock);
    ASSERT_TRUE(window.openJournal(journalPath(), core::Database::OpenMode::CreateIfMissing));
    core::Journal &journal = *window.journal();
    const core::Id ana = must(journal.addColleague(test::makeColleague(QStringLiteral("Ana Silva"))));
    core::FollowUp f;
    f.colleagueId = ana;
    f.what = QStringLiteral("ask how the move went");
    f.dueOn = test::date("2026-03-10");
    const core::Id followUp = must(journal.addFollowUp(f));
    const auto items = must(core::dueItems(journal.database(), test::date("2026-03-10")));
    ASSERT_EQ(items.size(), 1);

    const auto answer = [ana](bool save) {
        QTimer::singleShot(0, [save, ana] {
            auto *log = qobject_cast<QuickLogDialog *>(QApplication::activeModalWidget());
            ASSERT_NE(log, nullptr);
            EXPECT_EQ(log->participantPicker()->participants(), QList<core::Id>{ana});
            if (save)
                log->save();
            else
                log->reject();
        });
    };
    answer(false);
    window.completeDueItem(items.first());
    EXPECT_FALSE(must(journal.repositories().facts.findFollowUp(followUp))->doneOn.has_value());
    EXPECT_EQ(must(journal.repositories().interactions.count()), 0);

    answer(true);
    window.completeDueItem(items.first());
    EXPECT_EQ(must(journal.repositories().interactions.count()), 1);
    EXPECT_EQ(must(journal.repositories().facts.findFollowUp(followUp))->doneOn, test::date("2026-03-10"));
    EXPECT_TRUE(must(core::dueItems(journal.database(), test::date("2026-03-10"))).isEmpty());
}

} // namespace
} // namespace rapport::ui
