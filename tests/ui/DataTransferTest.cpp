// File ▸ Import, Export, Back Up and Restore through the main window, offscreen, on real
// journal files: the work runs on its own thread behind a progress dialog, the pages see
// the result, and the dialogs in between (mapping, merge) are answered as a user would.
#include "shell/DataTransfer.h"

#include "TestSupport.h"
#include "dialogs/transfer/CsvMappingDialog.h"
#include "dialogs/transfer/VCardMergeDialog.h"
#include "io/Backup.h"
#include "services/Journal.h"
#include "services/Settings.h"
#include "shell/BackupActions.h"
#include "shell/MainWindow.h"
#include "shell/TransferTask.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>

#include <gtest/gtest.h>

#include <functional>

namespace rapport::ui {
namespace {

using test::must;

// Answers the next modal dialog of type T (polled, since it opens inside the call under
// test) and stops looking after a few seconds.
template<typename T> void whenModal(std::function<void(T *)> answer)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, tries, answer] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            answer(dialog);
        } else if (++*tries > 500) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
}

class DataTransferTest : public ::testing::Test
{
protected:
    DataTransferTest()
        : m_settings(m_dir.filePath(QStringLiteral("settings.ini")))
        , m_clock(QDateTime(test::date("2026-03-10"), QTime(14, 30)))
    {
    }

    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    std::unique_ptr<MainWindow> window(const char *journal)
    {
        auto w = std::make_unique<MainWindow>(m_settings, m_clock);
        EXPECT_TRUE(w->openJournal(path(journal), core::Database::OpenMode::CreateIfMissing));
        w->backups()->setFolder(path("backups"));
        return w;
    }
    static core::Id add(core::Journal &journal, const char *name, const char *email = "", const char *role = "")
    {
        core::Colleague c;
        c.name = QString::fromUtf8(name);
        c.email = QString::fromUtf8(email);
        c.role = QString::fromUtf8(role);
        return must(journal.addColleague(c));
    }
    static QStringList names(core::Journal &journal)
    {
        QStringList result;
        for (const core::Colleague &c : must(journal.repositories().colleagues.list(true)))
            result << c.name;
        result.sort();
        return result;
    }
    static void write(const QString &file, const QByteArray &bytes)
    {
        QFile out(file);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(bytes);
    }

    QTemporaryDir m_dir;
    core::Settings m_settings;
    core::FixedClock m_clock;
};

TEST_F(DataTransferTest, AJournalExportedAsJsonArrivesWholeInANewJournal)
{
    auto source = window("old.rapport");
    add(*source->journal(), "Ana Silva", "ana@example.org");
    add(*source->journal(), "Ben Okafor");
    QSignalSpy said(source->dataTransfer(), &DataTransfer::done);
    ASSERT_TRUE(source->dataTransfer()->exportJson(path("moving.json")));
    EXPECT_TRUE(QFile::exists(path("moving.json")));
    ASSERT_EQ(said.count(), 1);
    EXPECT_TRUE(said.at(0).at(0).toString().contains(QStringLiteral("moving.json")));

    auto target = window("new.rapport");
    add(*target->journal(), "Chidi Eze");
    ASSERT_TRUE(target->journal()->undoStack().canUndo());
    ASSERT_TRUE(target->dataTransfer()->importJson(path("moving.json")));
    EXPECT_EQ(names(*target->journal()),
        (QStringList { QStringLiteral("Ana Silva"), QStringLiteral("Ben Okafor"), QStringLiteral("Chidi Eze") }));
    // Undoing "Add Chidi" after a merge that renumbered records would be unsafe.
    EXPECT_FALSE(target->journal()->undoStack().canUndo());
}

TEST_F(DataTransferTest, ABadJsonFileIsRefusedWithItsMessageAndChangesNothing)
{
    auto target = window("new.rapport");
    add(*target->journal(), "Chidi Eze");
    write(path("broken.json"), R"({"format": "rapport-journal", "version": 1, "colleagues": [{"id": 1}]})");
    QString shown;
    whenModal<QMessageBox>([&shown](QMessageBox *box) {
        shown = box->informativeText();
        box->accept();
    });
    EXPECT_FALSE(target->dataTransfer()->importJson(path("broken.json")));
    EXPECT_TRUE(shown.contains(QStringLiteral("broken.json"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("name"))) << shown.toStdString();
    EXPECT_EQ(names(*target->journal()), QStringList { QStringLiteral("Chidi Eze") });
    EXPECT_TRUE(target->journal()->undoStack().canUndo()); // nothing happened, nothing cleared
}

TEST_F(DataTransferTest, ACsvImportGoesThroughTheColumnMapping)
{
    auto target = window("work.rapport");
    write(path("people.csv"),
        "Given name,Family name,Mail,Desk\r\nAna,Silva,ana@example.org,4.12\r\n"
        "Ben,Okafor,ben@example.org,4.13\r\n");
    whenModal<CsvMappingDialog>([](CsvMappingDialog *dialog) {
        // "Mail" is not a known header: the user maps it.
        QComboBox *mail = dialog->fieldCombo(2);
        mail->setCurrentIndex(mail->findText(QStringLiteral("Email")));
        Q_EMIT mail->activated(mail->currentIndex());
        dialog->accept();
    });
    ASSERT_TRUE(target->dataTransfer()->importCsv(path("people.csv")));
    const auto all = must(target->journal()->repositories().colleagues.list(true));
    ASSERT_EQ(all.size(), 2);
    QStringList emails;
    for (const auto &c : all)
        emails << c.email;
    emails.sort();
    EXPECT_EQ(emails, (QStringList { QStringLiteral("ana@example.org"), QStringLiteral("ben@example.org") }));
}

TEST_F(DataTransferTest, AVCardOfAColleagueAlreadyThereIsOfferedForMergeNotAddedTwice)
{
    auto target = window("work.rapport");
    const core::Id ana = add(*target->journal(), "Ana Silva", "ana@example.org", "Engineer");
    write(path("contacts.vcf"),
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Silva\r\nN:Silva;Ana;;;\r\n"
        "EMAIL;TYPE=INTERNET,WORK:ANA@example.org\r\nTITLE:Lead\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Chidi Eze\r\nN:Eze;Chidi;;;\r\nEND:VCARD\r\n");
    int listed = -1;
    whenModal<VCardMergeDialog>([&listed](VCardMergeDialog *dialog) {
        listed = dialog->tree()->topLevelItemCount();
        dialog->accept(); // Ana starts ticked: the file has a new role for her
    });
    ASSERT_TRUE(target->dataTransfer()->importVCard(path("contacts.vcf")));
    EXPECT_EQ(listed, 1);
    EXPECT_EQ(names(*target->journal()), (QStringList { QStringLiteral("Ana Silva"), QStringLiteral("Chidi Eze") }));
    EXPECT_EQ(must(target->journal()->repositories().colleagues.find(ana))->role, QStringLiteral("Lead"));
}

TEST_F(DataTransferTest, AnEncryptedBackupRestoresTheJournalAndKeepsTheOneItReplaced)
{
    auto w = window("work.rapport");
    add(*w->journal(), "Ana Silva");
    const QByteArray passphrase = "green door by the harbour";
    ASSERT_TRUE(w->backups()->backUp(path("plain.rapport")));
    ASSERT_TRUE(w->backups()->backUp(path("sealed.rapport-encrypted"), passphrase));
    EXPECT_TRUE(core::io::Backup::isEncrypted(path("sealed.rapport-encrypted")));
    EXPECT_FALSE(core::io::Backup::isEncrypted(path("plain.rapport")));
    add(*w->journal(), "Ben Okafor"); // after the backup: the restore takes it away

    // A wrong passphrase: a clear message, and the journal as it was, still open.
    QString shown;
    whenModal<QMessageBox>([&shown](QMessageBox *box) {
        shown = box->informativeText();
        box->accept();
    });
    EXPECT_FALSE(w->backups()->restore(path("sealed.rapport-encrypted"), "not the passphrase"));
    EXPECT_TRUE(shown.contains(QStringLiteral("passphrase"))) << shown.toStdString();
    ASSERT_NE(w->journal(), nullptr);
    EXPECT_EQ(names(*w->journal()), (QStringList { QStringLiteral("Ana Silva"), QStringLiteral("Ben Okafor") }));

    QSignalSpy said(w->backups(), &BackupActions::done);
    ASSERT_TRUE(w->backups()->restore(path("sealed.rapport-encrypted"), passphrase));
    ASSERT_NE(w->journal(), nullptr);
    EXPECT_EQ(w->journal()->path(), path("work.rapport"));
    EXPECT_EQ(names(*w->journal()), QStringList { QStringLiteral("Ana Silva") });
    ASSERT_EQ(said.count(), 1);
    EXPECT_TRUE(said.at(0).at(0).toString().contains(QStringLiteral("before-restore")))
        << said.at(0).at(0).toString().toStdString();

    // The journal that was replaced, Ben included, is a journal of its own in the folder.
    const QStringList kept = QDir(path("backups")).entryList({ QStringLiteral("work-before-restore-*.rapport") });
    ASSERT_EQ(kept.size(), 1);
    auto old = must(
        core::Journal::open(QDir(path("backups")).filePath(kept[0]), core::Database::OpenMode::MustExist, m_clock));
    EXPECT_EQ(names(*old), (QStringList { QStringLiteral("Ana Silva"), QStringLiteral("Ben Okafor") }));
}

TEST_F(DataTransferTest, TheDailyBackupIsWrittenOnceADayBesideTheOthers)
{
    auto w = window("work.rapport");
    add(*w->journal(), "Ana Silva");
    QSignalSpy finished(w->backups(), &BackupActions::rollingBackupFinished);
    w->backups()->startRollingBackups();
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_EQ(finished.at(0).at(1).toString(), QString());
    EXPECT_EQ(
        finished.at(0).at(0).toString(), QDir(path("backups")).filePath(QStringLiteral("work-2026-03-10.rapport")));
    auto copy
        = must(core::Journal::open(finished.at(0).at(0).toString(), core::Database::OpenMode::MustExist, m_clock));
    EXPECT_EQ(names(*copy), QStringList { QStringLiteral("Ana Silva") });
    copy.reset();
    // Opening the journal again the same day writes nothing new.
    ASSERT_TRUE(w->openJournal(path("work.rapport"), core::Database::OpenMode::MustExist));
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_EQ(finished.at(1).at(0).toString(), QString());
}

TEST_F(DataTransferTest, CancelStopsTheWorkAtItsNextStepAndSaysSo)
{
    auto w = window("work.rapport");
    w->show();
    QString stopping;
    whenModal<QProgressDialog>([&stopping](QProgressDialog *dialog) {
        auto *button = dialog->findChild<QPushButton *>();
        ASSERT_NE(button, nullptr);
        QTest::mouseClick(button, Qt::LeftButton);
        stopping = dialog->labelText();
    });
    qint64 steps = 0;
    const auto outcome = TransferTask::run(w.get(), QStringLiteral("Counting…"), [&steps](const auto &progress) {
        // Stands in for an import that would take minutes: it stops only when told to.
        for (steps = 1; steps < 1'000'000; ++steps) {
            if (!progress(steps, 1'000'000))
                return core::Status(core::Error { QStringLiteral("stopped") });
            QThread::msleep(1);
        }
        return core::Status();
    });
    EXPECT_TRUE(outcome.cancelled);
    EXPECT_EQ(stopping, QStringLiteral("Stopping; nothing will be changed…"));
    EXPECT_FALSE(outcome.status);
    EXPECT_LT(steps, 1'000'000);
}

} // namespace
} // namespace rapport::ui
