// Plain backups and restore (DESIGN.md section 7 "Backups"): copies made with SQLite's
// backup API, checked by the sqlite3 shell, with the rows a write-ahead log still holds;
// daily rolling backups that keep seven of this journal alone; cancelling leaves nothing;
// restore writes into the journal (open or not) under one write lock with the copy it
// keeps of it; what killed runs left is cleared.

#include "io/Backup.h"

#include "BackupTestSupport.h"
#include "services/Locations.h"
#include "storage/Schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace rapport::core::io {
namespace {

using namespace Qt::StringLiterals;
using test::date;
using test::must;

const QDateTime kNow(QDate(2025, 3, 15), QTime(10, 15, 0));

class BackupTest : public ::testing::Test
{
protected:
    void SetUp() override { test::fillSmallJournal(m_journal.journal()); }

    QString file(const QString &name) const { return QDir(m_journal.folder()).filePath(name); }
    Database &db() { return m_journal.db(); }
    Id addColleague(const QString &name)
    {
        return must(m_journal->addColleague(test::makeColleague(name)), "add colleague");
    }

    test::TempJournal m_journal;
};

TEST_F(BackupTest, ABackupIsAnOwnerOnlySelfContainedCopyThatTheSqliteShellFindsSound)
{
    const QString target = file(u"backups/today/journal.rapport"_s);
    must(Backup::write(db(), target), "backup");

    EXPECT_EQ(test::modeOf(target), 0600u);
    EXPECT_EQ(test::modeOf(file(u"backups"_s)), 0700u);
    EXPECT_EQ(test::modeOf(file(u"backups/today"_s)), 0700u);
    EXPECT_EQ(test::sqliteIntegrity(target), u"ok\n"_s);
    const QString dump = test::sqliteDump(target);
    EXPECT_TRUE(dump.contains(u"Back from Lisbon on the 12th"_s));
    EXPECT_EQ(dump, test::sqliteDump(m_journal.path()));
    EXPECT_EQ(test::sqliteShell(target, { u"PRAGMA user_version; PRAGMA application_id"_s }),
        u"%1\n%2\n"_s.arg(schema::latestVersion()).arg(schema::kApplicationId));

    // Rollback-journal mode (header bytes 18 and 19 are 1, not WAL's 2): one file is the
    // whole backup, and nothing but it was left in the folder.
    const QByteArray header = test::readAll(target).left(20);
    EXPECT_EQ(int(header[18]), 1);
    EXPECT_EQ(int(header[19]), 1);
    EXPECT_EQ(test::entriesOf(file(u"backups/today"_s)), QStringList { u"journal.rapport"_s });
}

TEST_F(BackupTest, RowsThatOnlyTheWriteAheadLogHoldsAreInTheBackup)
{
    addColleague(u"Zoe Walker"_s);
    const QString wal = m_journal.path() + u"-wal"_s;
    ASSERT_GT(QFileInfo(wal).size(), 0);
    // The journal file alone lacks the latest rows: a file copy would lose them.
    const QString fileCopy = file(u"copy.rapport"_s);
    ASSERT_TRUE(QFile::copy(m_journal.path(), fileCopy));
    EXPECT_FALSE(test::sqliteDump(fileCopy).contains(u"Zoe Walker"_s));

    const QString target = file(u"backup.rapport"_s);
    must(Backup::write(db(), target), "backup");
    EXPECT_EQ(test::sqliteIntegrity(target), u"ok\n"_s);
    EXPECT_TRUE(test::sqliteDump(target).contains(u"Zoe Walker"_s));
    EXPECT_EQ(test::dumpFile(target), test::dumpJournal(db()));
}

TEST_F(BackupTest, ProgressCountsPagesAndACancelLeavesNoFile)
{
    test::TempJournal large;
    test::fillLargeJournal(large.db());
    const QString target = file(u"out/backup.rapport"_s);
    QList<std::pair<qint64, qint64>> seen;
    must(Backup::write(large.db(), target,
             [&](qint64 done, qint64 total) {
                 seen.append({ done, total });
                 return true;
             }),
        "backup");
    ASSERT_GE(seen.size(), 3) << "a large journal takes several steps";
    const qint64 pages = seen.last().second;
    EXPECT_EQ(seen.last().first, pages);
    EXPECT_EQ(pages * 4096, QFileInfo(target).size());
    for (qsizetype i = 1; i < seen.size(); ++i)
        EXPECT_LE(seen[i - 1].first, seen[i].first);
    EXPECT_EQ(seen.first().first, 256);

    // Cancelled after the second step, into a file that existed: it is left as it was.
    const QByteArray before = test::readAll(target);
    must(large->addColleague(test::makeColleague(u"Zoe Walker"_s)), "add");
    int calls = 0;
    const Status cancelled = Backup::write(large.db(), target, [&](qint64, qint64) { return ++calls < 2; });
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.error().message, u"The backup was cancelled."_s);
    EXPECT_EQ(calls, 2);
    EXPECT_EQ(test::readAll(target), before);
    EXPECT_EQ(test::entriesOf(file(u"out"_s)), QStringList { u"backup.rapport"_s });

    const QString fresh = file(u"out/fresh.rapport"_s);
    EXPECT_FALSE(Backup::write(large.db(), fresh, [](qint64, qint64) { return false; }).ok());
    EXPECT_FALSE(QFileInfo::exists(fresh));
    EXPECT_EQ(test::entriesOf(file(u"out"_s)), QStringList { u"backup.rapport"_s });
}

TEST_F(BackupTest, AFolderOrTheJournalItselfIsNotATarget)
{
    const Status folder = Backup::write(db(), m_journal.folder());
    ASSERT_FALSE(folder.ok());
    EXPECT_EQ(folder.error().message,
        u"%1 is a folder; give the name of a file to write."_s.arg(QDir::toNativeSeparators(m_journal.folder())));

    const QByteArray before = test::readAll(m_journal.path());
    for (const QString &target : { m_journal.path(), file(u"./journal.rapport"_s) }) {
        const Status itself = Backup::writeEncrypted(db(), target, "x", {}, KdfCost::Interactive);
        ASSERT_FALSE(itself.ok());
        EXPECT_EQ(itself.error().message,
            u"%1 is the journal itself; choose another file for the backup."_s.arg(QDir::toNativeSeparators(target)));
    }
    EXPECT_EQ(test::readAll(m_journal.path()), before);
    EXPECT_TRUE(must(db().integrityProblems(false), "check").isEmpty());
}

TEST_F(BackupTest, RollingKeepsTheNewestSevenOfThisJournalAndLeavesOtherFilesAlone)
{
    const QString folder = file(u"data/backups"_s);
    ASSERT_TRUE(QDir().mkpath(folder));
    // Files that are not this journal's rolling backups.
    const QStringList others = { u"other-2025-03-01.rapport"_s, u"journal-old-2025-03-01.rapport"_s,
        u"journal-before-restore-2025-03-01-101500.rapport"_s, u"journal-2025-03-01.rapport.txt"_s,
        u"journal-2025-13-01.rapport"_s, u"notes.txt"_s, u"journal-2025-03-01-120000.rapport-encrypted"_s };
    for (const QString &name : others)
        test::writeAll(QDir(folder).filePath(name), name.toUtf8());

    for (int day = 1; day <= 10; ++day) {
        const QDate today(2025, 3, day);
        const QString written = must(Backup::rolling(db(), folder, today), "rolling");
        EXPECT_EQ(written, QDir(folder).filePath(u"journal-%1.rapport"_s.arg(today.toString(Qt::ISODate))));
        EXPECT_EQ(test::sqliteIntegrity(written), u"ok\n"_s);
    }
    QStringList expected;
    for (int day = 10; day >= 4; --day)
        expected << QDir(folder).filePath(u"journal-2025-03-%1.rapport"_s.arg(day, 2, 10, QLatin1Char('0')));
    EXPECT_EQ(Backup::rollingBackups(folder, m_journal.path()), expected);
    for (const QString &name : others)
        EXPECT_EQ(test::readAll(QDir(folder).filePath(name)), name.toUtf8()) << name.toStdString();
    EXPECT_EQ(test::entriesOf(folder).size(), others.size() + 7);

    // A day that has one keeps it: later rows wait for tomorrow's.
    const QByteArray tenth = test::readAll(expected.first());
    addColleague(u"Zoe Walker"_s);
    EXPECT_EQ(must(Backup::rolling(db(), folder, QDate(2025, 3, 10)), "again"), QString());
    EXPECT_EQ(test::readAll(expected.first()), tenth);
    const QString eleventh = must(Backup::rolling(db(), folder, QDate(2025, 3, 11), 3), "keep three");
    EXPECT_TRUE(test::sqliteDump(eleventh).contains(u"Zoe Walker"_s));
    EXPECT_EQ(Backup::rollingBackups(folder, m_journal.path()).size(), 3);
    EXPECT_EQ(test::entriesOf(folder).size(), others.size() + 3);
}

TEST_F(BackupTest, RollingMakesItsFolderOwnerOnlyAndTheDefaultIsInTheDataFolder)
{
    const QString folder = file(u"new/backups"_s);
    must(Backup::rolling(db(), folder, date("2025-03-15")), "rolling");
    EXPECT_EQ(test::modeOf(folder), 0700u);
    EXPECT_EQ(test::modeOf(QDir(folder).filePath(u"journal-2025-03-15.rapport"_s)), 0600u);
    EXPECT_EQ(Backup::defaultFolder(), QDir(dataFolder()).filePath(u"backups"_s));
}

TEST_F(BackupTest, RestoreKeepsTheReplacedJournalAndPutsTheBackupInItsPlace)
{
    const QString backup = file(u"backup.rapport"_s);
    must(Backup::write(db(), backup), "backup");
    const QStringList backupRows = test::dumpJournal(db());
    addColleague(u"Zoe Walker"_s);
    const QStringList journalRows = test::dumpJournal(db());
    m_journal.close();

    const QString keep = file(u"kept"_s);
    QList<qint64> steps;
    const QString kept = must(Backup::restore(backup, m_journal.path(), {}, keep, kNow,
                                  [&](qint64 done, qint64 total) {
                                      EXPECT_EQ(total, 3000);
                                      steps << done;
                                      return true;
                                  }),
        "restore");
    EXPECT_EQ(kept, QDir(keep).filePath(u"journal-before-restore-2025-03-15-101500.rapport"_s));
    EXPECT_EQ(test::dumpFile(kept), journalRows);
    EXPECT_EQ(test::sqliteIntegrity(kept), u"ok\n"_s);
    EXPECT_EQ(test::modeOf(kept), 0600u);
    EXPECT_EQ(test::modeOf(keep), 0700u);
    EXPECT_FALSE(steps.isEmpty());
    EXPECT_EQ(steps.last(), 3000);
    EXPECT_TRUE(std::is_sorted(steps.begin(), steps.end()));

    EXPECT_EQ(test::modeOf(m_journal.path()), 0600u);
    EXPECT_EQ(
        test::entriesOf(m_journal.folder()), (QStringList { u"backup.rapport"_s, u"journal.rapport"_s, u"kept"_s }));
    m_journal.reopen();
    EXPECT_EQ(test::dumpJournal(db()), backupRows);
    EXPECT_TRUE(must(db().integrityProblems(false), "check").isEmpty());

    // A second restore in the same second keeps the journal under a name of its own.
    m_journal.close();
    const QString second = must(Backup::restore(backup, m_journal.path(), {}, keep, kNow), "again");
    EXPECT_EQ(second, QDir(keep).filePath(u"journal-before-restore-2025-03-15-101500-2.rapport"_s));
}

TEST_F(BackupTest, RestoreKeepsTheRowsACrashLeftInTheWriteAheadLog)
{
    const QString backup = file(u"backup.rapport"_s);
    must(Backup::write(db(), backup), "backup");
    addColleague(u"Zoe Walker"_s);
    const QStringList journalRows = test::dumpJournal(db());
    // What a crash leaves: the journal and a write-ahead log that holds committed rows.
    const QString crashed = file(u"crashed/journal.rapport"_s);
    ASSERT_TRUE(QDir().mkpath(file(u"crashed"_s)));
    ASSERT_TRUE(QFile::copy(m_journal.path(), crashed));
    ASSERT_TRUE(QFile::copy(m_journal.path() + u"-wal"_s, crashed + u"-wal"_s));

    const QString kept = must(Backup::restore(backup, crashed, {}, file(u"kept"_s), kNow), "restore");
    EXPECT_EQ(test::dumpFile(kept), journalRows);
    EXPECT_EQ(test::entriesOf(file(u"crashed"_s)), QStringList { u"journal.rapport"_s });
    EXPECT_EQ(test::sqliteDump(crashed), test::sqliteDump(backup));
}

// Restore writes into the journal through SQLite (DESIGN.md section 9), so a connection
// that has it open, here or in another program, reads the restored journal next and its
// later writes land in it. (Earlier versions renamed a file over the journal and so had
// to refuse an open one.)
TEST_F(BackupTest, RestoreWritesIntoAnOpenJournalWhoseConnectionThenSeesTheBackup)
{
    const QString backup = file(u"backup.rapport"_s);
    must(Backup::write(db(), backup), "backup");
    const QStringList backupRows = test::dumpJournal(db());
    addColleague(u"Zoe Walker"_s);
    const QStringList rows = test::dumpJournal(db());

    const QString kept = must(Backup::restore(backup, m_journal.path(), {}, file(u"kept"_s), kNow), "restore");
    EXPECT_EQ(test::dumpFile(kept), rows);
    EXPECT_EQ(test::dumpJournal(db()), backupRows);
    EXPECT_TRUE(must(db().integrityProblems(false), "check").isEmpty());
    addColleague(u"Yusuf Demir"_s);
    m_journal.close();
    EXPECT_TRUE(test::sqliteDump(m_journal.path()).contains(u"Yusuf Demir"_s));
    EXPECT_FALSE(test::sqliteDump(m_journal.path()).contains(u"Zoe Walker"_s));
    EXPECT_EQ(test::sqliteIntegrity(m_journal.path()), u"ok\n"_s);
}

// The journal is kept and written under one write lock: while the copy is made and while
// the backup is written, no other connection can write, so nothing can land after the
// kept copy and then be written over.
TEST_F(BackupTest, NoWriteCanLandBetweenTheKeptCopyAndTheRestore)
{
    test::TempJournal large;
    test::fillLargeJournal(large.db());
    const QString backup = file(u"large.rapport"_s);
    must(Backup::write(large.db(), backup), "backup");
    must(large->addColleague(test::makeColleague(u"Zoe Walker"_s)), "add");

    test::RawConnection other(large.path());
    other.exec(u"PRAGMA busy_timeout = 0"_s);
    const auto tryWrite = [&](const QString &name) {
        QSqlQuery insert(other.db());
        return insert.exec(u"INSERT INTO colleague (name, name_key, tracked_since) VALUES ('%1', '%2', 20089)"_s.arg(
            name, name.toLower()));
    };
    int keeping = 0;
    int writing = 0;
    const QString keep = file(u"kept"_s);
    const QString kept = must(Backup::restore(backup, large.path(), {}, keep, kNow,
                                  [&](qint64 done, qint64) {
                                      if (done > 2000 && done < 2500) {
                                          ++keeping;
                                          EXPECT_FALSE(tryWrite(u"During the copy"_s)) << done;
                                      } else if (done > 2500 && done < 3000) {
                                          ++writing;
                                          EXPECT_FALSE(tryWrite(u"During the restore"_s)) << done;
                                          EXPECT_EQ(test::entriesOf(keep).size(), 1) << "kept before writing";
                                      }
                                      return true;
                                  }),
        "restore");
    EXPECT_GT(keeping, 0);
    EXPECT_GT(writing, 0);
    EXPECT_TRUE(tryWrite(u"After the restore"_s));
    EXPECT_TRUE(test::sqliteDump(kept).contains(u"Zoe Walker"_s));
    const QString now = test::sqliteDump(large.path());
    EXPECT_TRUE(now.contains(u"After the restore"_s));
    EXPECT_FALSE(now.contains(u"Zoe Walker"_s));
    EXPECT_FALSE(now.contains(u"During the"_s));
}

// The backup API writes between page sizes only into a journal without a write-ahead
// log; a journal has one, so such a backup is refused with words, and goes into a new file.
TEST_F(BackupTest, ABackupOfAnotherPageSizeIsRefusedForTheJournalButRestoresIntoANewOne)
{
    const QString backup = file(u"backup.rapport"_s);
    must(Backup::write(db(), backup), "backup");
    {
        test::RawConnection raw(backup);
        raw.exec(u"PRAGMA page_size = 8192"_s);
        raw.exec(u"VACUUM"_s);
    }
    ASSERT_EQ(test::sqliteShell(backup, { u"PRAGMA page_size"_s }), u"8192\n"_s);
    const QStringList rows = test::dumpJournal(db());
    auto refused = Backup::restore(backup, m_journal.path(), {}, file(u"kept"_s), kNow);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().message,
        u"Cannot restore into the journal %1: The backup is made of 8192-byte pages and the journal %1 of 4096-byte "
        "pages; SQLite cannot restore one into the other while the journal has a write-ahead log. Restore the backup "
        "into a new journal file instead."_s.arg(m_journal.path()));
    EXPECT_EQ(test::dumpJournal(db()), rows);
    EXPECT_EQ(test::entriesOf(file(u"kept"_s)), QStringList());

    const QString fresh = file(u"fresh.rapport"_s);
    must(Backup::restore(backup, fresh, {}, file(u"kept"_s), kNow), "into a new journal");
    EXPECT_EQ(test::dumpFile(fresh), rows);
}

// What killed runs left (TempFile's hidden ".NAME.XXXXXX" beside a target or journal,
// with SQLite's files beside them) goes when a backup or restore starts there; files of
// other names, files newer than this process and files a live run holds stay.
TEST_F(BackupTest, StagingFilesThatKilledRunsLeftAreRemovedAndNothingElse)
{
    const QString keep = file(u"kept"_s);
    ASSERT_TRUE(QDir().mkpath(keep));
    const QDateTime old(QDate(2020, 1, 1), QTime(12, 0));
    const auto make = [&](const QString &path, const QDateTime &modified) {
        test::writeAll(path, "SQLite format 3");
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        ASSERT_TRUE(f.setFileTime(modified, QFileDevice::FileModificationTime));
    };
    const QStringList stale = { u".journal.rapport.Ab12Cd"_s, u".journal.rapport.Ab12Cd-wal"_s,
        u".journal.rapport.Zz99Yy-journal"_s, u".backup.rapport.Qw3rTy"_s };
    const QStringList staleKept = { u".journal-before-restore-2025-03-01-101500.rapport.Xy12Zz"_s,
        u".journal-before-restore-2025-03-01-101500-2.rapport.Xy12Zq"_s };
    const QStringList others = { u".journal.rapport.notes"_s, u".other.rapport.Ab12Cd"_s, u"journal.rapport.Ab12Cd"_s,
        u".journal.rapport.Ab12Cd.txt"_s, u".held.rapport.Hh11Hh"_s };
    for (const QString &name : stale + others)
        make(file(name), old);
    for (const QString &name : staleKept)
        make(QDir(keep).filePath(name), old);
    make(QDir(keep).filePath(u".journal-before-restore-notes.rapport.Xy12Zz"_s), old);
    // Modified after this process started, whatever day the test runs.
    make(file(u".journal.rapport.Nw11Nw"_s), QDateTime(QDate(2999, 1, 1), QTime(12, 0)));
    // A run that is still going holds its staging file locked.
    make(file(u".journal.rapport.Lk22Lk"_s), old);
    const int held = ::open(QFile::encodeName(file(u".journal.rapport.Lk22Lk"_s)).constData(), O_RDONLY);
    ASSERT_GE(held, 0);
    ASSERT_EQ(::flock(held, LOCK_EX), 0);

    must(Backup::write(db(), file(u"backup.rapport"_s)), "backup");
    EXPECT_FALSE(QFileInfo::exists(file(u".backup.rapport.Qw3rTy"_s)));
    m_journal.close();
    must(Backup::restore(file(u"backup.rapport"_s), m_journal.path(), {}, keep, kNow), "restore");
    ::close(held);

    QStringList expected = others;
    expected << u".journal.rapport.Lk22Lk"_s << u".journal.rapport.Nw11Nw"_s << u"backup.rapport"_s
             << u"journal.rapport"_s << u"kept"_s;
    expected.sort();
    EXPECT_EQ(test::entriesOf(m_journal.folder()), expected);
    EXPECT_EQ(test::entriesOf(keep),
        (QStringList { u".journal-before-restore-notes.rapport.Xy12Zz"_s,
            u"journal-before-restore-2025-03-15-101500.rapport"_s }));
}

TEST_F(BackupTest, RestoreFromAClosedJournalFileLeavesNothingBesideIt)
{
    const QStringList rows = test::dumpJournal(db());
    m_journal.close();
    const QString copy = file(u"elsewhere/journal-copy.rapport"_s);
    ASSERT_TRUE(QDir().mkpath(file(u"elsewhere"_s)));
    ASSERT_TRUE(QFile::copy(m_journal.path(), copy));
    ASSERT_EQ(int(test::readAll(copy)[18]), 2) << "a journal's header says WAL";

    const QString journal = file(u"restored.rapport"_s);
    must(Backup::restore(copy, journal, {}, file(u"kept"_s), kNow), "restore");
    EXPECT_EQ(test::dumpFile(journal), rows);
    EXPECT_EQ(test::entriesOf(file(u"elsewhere"_s)), QStringList { u"journal-copy.rapport"_s });
}

TEST_F(BackupTest, RestoreIntoAMissingJournalCreatesItOwnerOnly)
{
    const QString backup = file(u"backup.rapport"_s);
    must(Backup::write(db(), backup), "backup");
    const QString journal = file(u"new/place/journal.rapport"_s);
    EXPECT_EQ(must(Backup::restore(backup, journal, {}, file(u"kept"_s), kNow), "restore"), QString());
    EXPECT_EQ(test::modeOf(journal), 0600u);
    EXPECT_EQ(test::modeOf(file(u"new/place"_s)), 0700u);
    EXPECT_FALSE(QFileInfo::exists(file(u"kept"_s)));
    EXPECT_EQ(test::dumpFile(journal), test::dumpJournal(db()));
}

TEST_F(BackupTest, AnOlderJournalFormatIsRestoredAndMigratedWhenOpened)
{
    const QString older = file(u"older.rapport"_s);
    {
        test::RawConnection raw(older);
        must(schema::migrateTo(raw.db(), 2), "format 2");
        raw.exec(u"INSERT INTO colleague (name, name_key, tracked_since) VALUES ('Ana Silva', 'ana silva', 20089)"_s);
    }
    const QString journal = file(u"restored.rapport"_s);
    must(Backup::restore(older, journal, {}, file(u"kept"_s), kNow), "restore");
    EXPECT_EQ(test::sqliteShell(journal, { u"PRAGMA user_version"_s }), u"2\n"_s);
    const FixedClock clock(date("2025-03-15"));
    auto opened = must(Journal::open(journal, Database::OpenMode::MustExist, clock), "open");
    EXPECT_EQ(test::pragma(opened->database(), u"user_version"_s).toInt(), schema::latestVersion());
    EXPECT_EQ(test::rowCount(opened->database(), u"colleague"_s), 1);
}

TEST_F(BackupTest, ACancelledRestoreLeavesTheJournalAsItWas)
{
    const QString backup = file(u"backup.rapport"_s);
    must(Backup::write(db(), backup), "backup");
    addColleague(u"Zoe Walker"_s);
    m_journal.close();
    const QByteArray before = test::readAll(m_journal.path());
    for (const qint64 stopAt : { 0, 1000, 2000 }) {
        auto cancelled = Backup::restore(
            backup, m_journal.path(), {}, file(u"kept"_s), kNow, [&](qint64 done, qint64) { return done <= stopAt; });
        ASSERT_FALSE(cancelled.ok());
        EXPECT_EQ(cancelled.error().message, u"The restore was cancelled; the journal was left as it was."_s);
        EXPECT_EQ(test::readAll(m_journal.path()), before);
        QStringList entries = test::entriesOf(m_journal.folder());
        entries.removeOne(u"kept"_s); // made before the journal was to be kept
        EXPECT_EQ(entries, (QStringList { u"backup.rapport"_s, u"journal.rapport"_s })) << stopAt;
        EXPECT_EQ(test::entriesOf(file(u"kept"_s)), QStringList());
    }
}

} // namespace
} // namespace rapport::core::io
