// What the window does when something outside it happens to the journal (DESIGN.md
// section 9): another program's commits appear within about a second without touching what
// the user is typing, and a damaged journal opens at once, is checked in the background,
// stops taking writes and offers the newest backup that passes its checks.

#include "TestSupport.h"

#include "io/Backup.h"
#include "pages/ColleaguesPage.h"
#include "pages/GratitudePage.h"
#include "pages/JournalPage.h"
#include "services/Journal.h"
#include "services/Settings.h"
#include "shell/BackupActions.h"
#include "shell/DamagedJournalDialog.h"
#include "shell/MainWindow.h"
#include "storage/Query.h"

#include <gtest/gtest.h>

#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace rapport::ui {
namespace {

using test::must;

class JournalTrustTest : public ::testing::Test
{
protected:
    JournalTrustTest()
        : m_settings(m_dir.filePath(QStringLiteral("settings.ini")))
        , m_clock(test::date("2026-03-10"))
    {
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // rapport-cli ARGS --db JOURNAL as its own process, as a user's script would run it.
    QString cli(const QString &journal, QStringList args)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(RAPPORT_CLI_PATH), args << QStringLiteral("--db") << journal);
        EXPECT_TRUE(process.waitForFinished(30'000));
        EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    QAbstractItemView *viewOf(QWidget *page, const char *name)
    {
        return page ? page->findChild<QAbstractItemView *>(QLatin1String(name)) : nullptr;
    }

    QTemporaryDir m_dir;
    core::Settings m_settings;
    core::FixedClock m_clock;
};

TEST_F(JournalTrustTest, AnotherProgramsChangesAppearWithoutTouchingWhatIsTyped)
{
    const QString journal = path(QStringLiteral("work.rapport"));
    MainWindow window(m_settings, m_clock);
    ASSERT_TRUE(window.openJournal(journal, core::Database::OpenMode::CreateIfMissing));
    window.show();

    window.showPage(MainWindow::Page::Gratitude);
    auto *what = window.findChild<GratitudePage *>()->findChild<QLineEdit *>(QStringLiteral("entryWhat"));
    ASSERT_NE(what, nullptr);
    what->setFocus();
    QTest::keyClicks(what, QStringLiteral("Covered my on-call shift"));

    window.showPage(MainWindow::Page::Colleagues);
    QAbstractItemView *colleagues = viewOf(window.findChild<ColleaguesPage *>(), "colleagueList");
    ASSERT_NE(colleagues, nullptr);
    EXPECT_EQ(colleagues->model()->rowCount(), 0);

    cli(journal, { QStringLiteral("add-colleague"), QStringLiteral("Zoë Adams"), QStringLiteral("--cadence"),
                     QStringLiteral("14") });
    QTRY_COMPARE_WITH_TIMEOUT(colleagues->model()->rowCount(), 1, 3000);
    EXPECT_EQ(colleagues->model()->index(0, 0).data().toString(), QStringLiteral("Zoë Adams"));

    cli(journal, { QStringLiteral("log"), QStringLiteral("coffee"), QStringLiteral("Zoë Adams"), QStringLiteral("--date"),
                     QStringLiteral("2026-03-09") });
    window.showPage(MainWindow::Page::Journal);
    QAbstractItemView *entries = viewOf(window.findChild<JournalPage *>(), "journalView");
    ASSERT_NE(entries, nullptr);
    QTRY_COMPARE_WITH_TIMEOUT(entries->model()->rowCount(), 1, 3000);

    // What was being typed on another page is still there, word for word.
    EXPECT_EQ(what->text(), QStringLiteral("Covered my on-call shift"));
}

TEST_F(JournalTrustTest, ADamagedJournalOpensAtOnceThenStopsWritingAndOffersAGoodBackup)
{
    const QString journal = path(QStringLiteral("work.rapport"));
    const QString backups = path(QStringLiteral("backups"));
    {
        test::TempJournal unused; // makes the SQL driver available
        auto made = must(core::Journal::open(journal, core::Database::OpenMode::CreateIfMissing, m_clock));
        must(made->addColleague(test::makeColleague(QStringLiteral("Ana"))));
        for (int i = 0; i < 40; ++i)
            must(made->addReflection(core::Reflection { .date = test::date("2026-03-01"),
                .prompt = QStringLiteral("What went well?"),
                .text = QString(1500, QLatin1Char('a' + i % 26)) }));
        // A good backup two days back, and a newer one that is not a journal at all.
        ASSERT_TRUE(QDir().mkpath(backups));
        must(core::io::Backup::rolling(made->database(), backups, test::date("2026-03-08")));
        QFile bad(QDir(backups).filePath(QStringLiteral("work-2026-03-09.rapport")));
        ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
        bad.write(QByteArray(8192, '\x01'));
    }
    // One page of reflections overwritten, as a failing disk leaves it.
    test::damageLastPage(journal, QStringLiteral("reflection"));
    // Another program has the journal open and wrote to it: a -wal is there.
    core::FixedClock clock(test::date("2026-03-10"));
    auto writer = must(core::Journal::open(journal, core::Database::OpenMode::MustExist, clock));
    must(writer->addColleague(test::makeColleague(QStringLiteral("Ben"))));
    ASSERT_GT(QFileInfo(journal + QStringLiteral("-wal")).size(), 0);

    MainWindow window(m_settings, m_clock);
    window.backups()->setFolder(backups);
    QStringList offered;
    QString chosen;
    bool restoreEnabled = false;
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, &watch, [&] {
        auto *dialog = qobject_cast<DamagedJournalDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        watch.stop();
        dialog->waitForChecks();
        // RAPPORT_SCREENSHOT_DIR=DIR keeps a picture of the dialog, to look at.
        if (const QString dir = qEnvironmentVariable("RAPPORT_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog->grab().save(QDir(dir).filePath(QStringLiteral("damaged-journal.png")));
        auto *list = dialog->findChild<QListWidget *>();
        for (int row = 0; list && row < list->count(); ++row)
            offered << list->item(row)->text();
        chosen = dialog->backup();
        for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
            if (button->text() == QStringLiteral("Restore This Backup"))
                restoreEnabled = button->isEnabled();
        }
        dialog->reject();
    });
    watch.start(20);

    QElapsedTimer opening;
    opening.start();
    ASSERT_TRUE(window.openJournal(journal, core::Database::OpenMode::MustExist));
    EXPECT_LT(opening.elapsed(), 2000) << "opening must not wait for a check";
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(!offered.isEmpty(), 10000);

    ASSERT_EQ(offered.size(), 2);
    EXPECT_TRUE(offered[0].contains(QStringLiteral("fails its checks"))) << offered[0].toStdString();
    EXPECT_TRUE(offered[1].contains(QStringLiteral("passes its checks"))) << offered[1].toStdString();
    EXPECT_EQ(chosen, QDir(backups).filePath(QStringLiteral("work-2026-03-08.rapport")));
    EXPECT_TRUE(restoreEnabled);

    // Nothing more is written into the damaged file, and the user is told why.
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("damaged, read-only")));
    const auto refused = window.journal()->addColleague(test::makeColleague(QStringLiteral("Cleo")));
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("is damaged, so Rapport stopped writing to it")));
}

TEST_F(JournalTrustTest, AWriteWhileAnotherProgramImportsSaysSoWithinASecond)
{
    const QString journal = path(QStringLiteral("work.rapport"));
    MainWindow window(m_settings, m_clock);
    ASSERT_TRUE(window.openJournal(journal, core::Database::OpenMode::CreateIfMissing));
    // Another program in the middle of a long import holds the write lock.
    test::RawConnection importer(journal);
    importer.exec(QStringLiteral("BEGIN IMMEDIATE"));
    importer.exec(QStringLiteral("INSERT INTO journal_state (key, value) VALUES ('import', 1)"));

    QElapsedTimer waited;
    waited.start();
    const auto refused = window.journal()->addColleague(test::makeColleague(QStringLiteral("Ana")));
    EXPECT_LT(waited.elapsed(), 3000) << "the window may not stall for the whole import";
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("Another program is writing to the journal")))
        << refused.error().message.toStdString();

    // Once the import is done, the same change goes through.
    importer.exec(QStringLiteral("COMMIT"));
    EXPECT_TRUE(window.journal()->addColleague(test::makeColleague(QStringLiteral("Ana"))));
}

} // namespace
} // namespace rapport::ui
