// The journal file on disk (DESIGN.md section 7 "Journal file"): creation with owner-only
// permissions, pragmas, refusing files that are not ours or are newer, migrations in one
// transaction, unclean-shutdown detection and transactions with savepoints. Every test
// works on real SQLite files in a temporary folder.

#include "storage/ColleagueRepository.h"
#include "storage/Database.h"
#include "storage/Schema.h"

#include "TestSupport.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sqlite3.h>
#include <sys/stat.h>

namespace rapport::core {
namespace {

using test::date;
using test::must;
using test::RawConnection;

class UmaskGuard
{
public:
    explicit UmaskGuard(mode_t mask) : m_old(::umask(mask)) {}
    ~UmaskGuard() { ::umask(m_old); }
    UmaskGuard(const UmaskGuard &) = delete;
    UmaskGuard &operator=(const UmaskGuard &) = delete;

private:
    mode_t m_old;
};

unsigned modeOf(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0xFFFFu;
    return unsigned(st.st_mode & 0777);
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

class StorageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        test::ensureCoreApplication();
        ASSERT_TRUE(m_dir.isValid());
    }
    QString file(const QString &name) const { return m_dir.filePath(name); }
    std::unique_ptr<Database> create(const QString &path)
    {
        return must(Database::open(path, Database::OpenMode::CreateIfMissing), "create journal");
    }

    QTemporaryDir m_dir;
};

Id addColleague(Database &db, const QString &name)
{
    storage::ColleagueRepository repo(db);
    return must(repo.insert(test::makeColleague(name)), "insert colleague");
}

qint64 colleagueCount(Database &db)
{
    return must(storage::ColleagueRepository(db).count(), "count");
}

// --- Creating -----------------------------------------------------------------------------

TEST_F(StorageTest, NewJournalIsOwnerOnlyInOwnerOnlyFoldersWhateverTheUmask)
{
    const UmaskGuard umask(022); // a plain open() or mkdir() would give 0644 / 0755
    const QString path = file(QStringLiteral("missing/deeper/journal.rapport"));
    auto db = create(path);

    EXPECT_TRUE(QFileInfo::exists(path));
    EXPECT_EQ(modeOf(path), 0600u);
    EXPECT_EQ(modeOf(file(QStringLiteral("missing"))), 0700u);
    EXPECT_EQ(modeOf(file(QStringLiteral("missing/deeper"))), 0700u);
    // An existing folder is left as it was.
    EXPECT_EQ(modeOf(m_dir.path()), 0700u); // QTemporaryDir makes it 0700 itself
    // The write-ahead log SQLite creates next to it has the journal's permissions.
    addColleague(*db, QStringLiteral("Ana"));
    ASSERT_TRUE(QFileInfo::exists(path + QStringLiteral("-wal")));
    EXPECT_EQ(modeOf(path + QStringLiteral("-wal")), 0600u);
    EXPECT_EQ(db->path(), QFileInfo(path).absoluteFilePath());
}

TEST_F(StorageTest, NewJournalHasLatestSchemaApplicationIdAndConnectionPragmas)
{
    auto db = create(file(QStringLiteral("journal.rapport")));
    EXPECT_EQ(test::pragma(*db, QStringLiteral("user_version")).toInt(), schema::latestVersion());
    EXPECT_EQ(test::pragma(*db, QStringLiteral("application_id")).toInt(), schema::kApplicationId);
    EXPECT_EQ(test::pragma(*db, QStringLiteral("foreign_keys")).toInt(), 1);
    EXPECT_EQ(test::pragma(*db, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
    EXPECT_EQ(test::pragma(*db, QStringLiteral("synchronous")).toInt(), 2); // FULL
    EXPECT_FALSE(db->openedAfterUncleanShutdown());
    EXPECT_NE(db->handle(), nullptr);
    EXPECT_TRUE(must(db->integrityProblems(false), "check").isEmpty());

    // The pragmas are set on every connection, not only the one that created the file.
    db.reset();
    auto again = must(Database::open(file(QStringLiteral("journal.rapport")), Database::OpenMode::MustExist), "reopen");
    EXPECT_EQ(test::pragma(*again, QStringLiteral("foreign_keys")).toInt(), 1);
    EXPECT_EQ(test::pragma(*again, QStringLiteral("synchronous")).toInt(), 2);
    EXPECT_EQ(test::pragma(*again, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
}

TEST_F(StorageTest, ReopenedJournalKeepsItsData)
{
    test::TempJournal journal;
    Colleague ana = test::fullColleague(QStringLiteral("Ana Silva"));
    ana.id = must(journal->addColleague(ana), "add");
    const QStringList before = test::dumpJournal(journal.db());
    journal.reopen();
    EXPECT_EQ(must(journal.repos().colleagues.find(ana.id), "find"), std::optional<Colleague>(ana));
    EXPECT_EQ(test::dumpJournal(journal.db()), before);
}

TEST_F(StorageTest, MustExistOnAMissingFileNamesThePathAndCreatesNothing)
{
    const QString path = file(QStringLiteral("nowhere/journal.rapport"));
    auto opened = Database::open(path, Database::OpenMode::MustExist);
    ASSERT_FALSE(opened);
    EXPECT_TRUE(opened.error().message.contains(QFileInfo(path).absoluteFilePath())) << test::describe(opened.error());
    EXPECT_FALSE(QFileInfo::exists(path));
    EXPECT_FALSE(QFileInfo::exists(file(QStringLiteral("nowhere"))));
}

TEST_F(StorageTest, AFolderIsNotAJournal)
{
    auto opened = Database::open(m_dir.path(), Database::OpenMode::CreateIfMissing);
    ASSERT_FALSE(opened);
    EXPECT_TRUE(opened.error().message.contains(QDir(m_dir.path()).absolutePath()));
}

// --- Refusing what is not ours ----------------------------------------------------------------

TEST_F(StorageTest, NewerVersionIsRefusedAndTheFileIsLeftUnchanged)
{
    const QString path = file(QStringLiteral("newer.rapport"));
    create(path).reset();
    {
        // A newer Rapport may have left it in rollback-journal mode; nothing may be written
        // to it, not even the switch to WAL.
        RawConnection raw(path);
        raw.scalar(QStringLiteral("PRAGMA journal_mode = DELETE"));
        raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(schema::latestVersion() + 1));
    }
    const QByteArray before = bytesOf(path);
    ASSERT_FALSE(before.isEmpty());

    auto opened = Database::open(path, Database::OpenMode::MustExist);
    ASSERT_FALSE(opened);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("newer version"))) << test::describe(opened.error());
    EXPECT_TRUE(opened.error().message.contains(QString::number(schema::latestVersion() + 1)));
    EXPECT_EQ(bytesOf(path), before);
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    {
        RawConnection raw(path);
        EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), schema::latestVersion() + 1);
        EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("delete"));
    }
}

TEST_F(StorageTest, NewerVersionInWalModeIsRefusedToo)
{
    const QString path = file(QStringLiteral("newer-wal.rapport"));
    create(path).reset();
    {
        RawConnection raw(path);
        raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(schema::latestVersion() + 7));
    }
    const QByteArray before = bytesOf(path);
    auto opened = Database::open(path, Database::OpenMode::CreateIfMissing);
    ASSERT_FALSE(opened);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("newer version")));
    EXPECT_EQ(bytesOf(path), before);
}

TEST_F(StorageTest, ATextFileIsRefusedClearly)
{
    const QString path = file(QStringLiteral("notes.txt"));
    QByteArray text;
    for (int i = 0; i < 200; ++i)
        text += "Meeting notes, line " + QByteArray::number(i) + ": remember to bring the slides.\n";
    writeFile(path, text);

    auto opened = Database::open(path, Database::OpenMode::MustExist);
    ASSERT_FALSE(opened);
    EXPECT_TRUE(opened.error().message.contains(QFileInfo(path).absoluteFilePath())) << test::describe(opened.error());
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("not a Rapport journal"))) << test::describe(opened.error());
    EXPECT_EQ(bytesOf(path), text);
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
}

TEST_F(StorageTest, AnotherApplicationsDatabaseIsRefused)
{
    const QString path = file(QStringLiteral("music.db"));
    {
        RawConnection raw(path);
        raw.exec(QStringLiteral("CREATE TABLE song (id INTEGER PRIMARY KEY, title TEXT)"));
        raw.exec(QStringLiteral("INSERT INTO song (title) VALUES ('Blue in Green')"));
    }
    const QByteArray before = bytesOf(path);
    auto opened = Database::open(path, Database::OpenMode::CreateIfMissing);
    ASSERT_FALSE(opened);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("not a Rapport journal"))) << test::describe(opened.error());
    EXPECT_EQ(bytesOf(path), before);
    RawConnection raw(path);
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema")).toInt(), 1);
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA application_id")).toInt(), 0);
}

TEST_F(StorageTest, AnotherApplicationIdIsRefusedEvenWhenEmpty)
{
    const QString path = file(QStringLiteral("other.db"));
    {
        RawConnection raw(path);
        raw.exec(QStringLiteral("PRAGMA application_id = 1234"));
    }
    auto opened = Database::open(path, Database::OpenMode::MustExist);
    ASSERT_FALSE(opened);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("not a Rapport journal")));
}

// --- Migrations ------------------------------------------------------------------------------

int commitHook(void *counter)
{
    ++*static_cast<int *>(counter);
    return 0; // 0 lets the commit go ahead
}

sqlite3 *handleOf(QSqlDatabase &db)
{
    const QVariant value = db.driver()->handle();
    if (!value.isValid() || qstrcmp(value.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(value.constData());
}

TEST_F(StorageTest, AnEmptyFileIsMigratedToTheLatestVersionInOneTransaction)
{
    const QString path = file(QStringLiteral("empty.rapport"));
    writeFile(path, {});
    {
        RawConnection raw(path);
        sqlite3 *handle = handleOf(raw.db());
        ASSERT_NE(handle, nullptr);
        int commits = 0;
        sqlite3_commit_hook(handle, &commitHook, &commits);
        must(schema::migrate(raw.db()), "migrate");
        sqlite3_commit_hook(handle, nullptr, nullptr);
        EXPECT_EQ(commits, 1);
        EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), schema::latestVersion());
        EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA application_id")).toInt(), schema::kApplicationId);
        EXPECT_EQ(raw.scalar(QStringLiteral("SELECT capacity FROM about_me")).toInt(), kDefaultCapacity);
        // Running it again is a no-op: no transaction at all.
        commits = 0;
        sqlite3_commit_hook(handle, &commitHook, &commits);
        must(schema::migrate(raw.db()), "migrate again");
        sqlite3_commit_hook(handle, nullptr, nullptr);
        EXPECT_EQ(commits, 0);
    }
    // An existing empty file (what `touch` leaves) opens as a new journal.
    const QString touched = file(QStringLiteral("touched.rapport"));
    writeFile(touched, {});
    auto db = must(Database::open(touched, Database::OpenMode::MustExist), "open empty file");
    EXPECT_EQ(test::pragma(*db, QStringLiteral("user_version")).toInt(), schema::latestVersion());
    EXPECT_EQ(test::pragma(*db, QStringLiteral("application_id")).toInt(), schema::kApplicationId);
}

TEST_F(StorageTest, AFailingMigrationRollsBackEverything)
{
    const QString path = file(QStringLiteral("conflict.rapport"));
    RawConnection raw(path);
    // A table in the way of version 1's last tables: the first statements succeed, then one fails.
    raw.exec(QStringLiteral("CREATE TABLE contact_day (x TEXT)"));
    const QStringList before = test::dumpJournal(raw.db());

    const Status migrated = schema::migrateTo(raw.db(), schema::latestVersion());
    ASSERT_FALSE(migrated);
    EXPECT_FALSE(migrated.error().message.isEmpty());
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 0);
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA application_id")).toInt(), 0);
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT group_concat(name) FROM sqlite_schema")).toString(),
              QStringLiteral("contact_day"));
    EXPECT_EQ(test::dumpJournal(raw.db()), before);
    // No transaction was left open.
    raw.exec(QStringLiteral("BEGIN"));
    raw.exec(QStringLiteral("COMMIT"));
}

// Version 1 counted contact days with triggers that could not take the last event off a
// day; version 2 replaces them and rebuilds contact_day. Built from a real version-1 file.
TEST_F(StorageTest, VersionOneJournalIsMigratedAndItsContactDaysRepaired)
{
    const QString path = file(QStringLiteral("v1.rapport"));
    {
        RawConnection raw(path);
        raw.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        must(schema::migrateTo(raw.db(), 1), "build a version 1 journal");
        ASSERT_EQ(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
        raw.exec(QStringLiteral("INSERT INTO colleague (id, name, name_key, tracked_since) VALUES (1, 'Ana', 'ana', 19000)"));
        raw.exec(QStringLiteral("INSERT INTO interaction (id, day, kind) VALUES (1, 20000, 'coffee')"));
        raw.exec(QStringLiteral("INSERT INTO participant (interaction_id, colleague_id, day, kind) VALUES (1, 1, 20000, 'coffee')"));
        raw.exec(QStringLiteral("INSERT INTO gratitude (id, colleague_id, day, direction, what) VALUES (1, 1, 20001, 'given', 'x')"));
        EXPECT_EQ(raw.scalar(QStringLiteral("SELECT sum(events) FROM contact_day")).toInt(), 2);
        // The version 1 trigger refuses to remove the last event of a day.
        QSqlQuery refused(raw.db());
        EXPECT_FALSE(refused.exec(QStringLiteral("DELETE FROM interaction WHERE id = 1")));
        // A stray row, as a journal repaired by hand might have; the migration recounts.
        raw.exec(QStringLiteral("INSERT INTO contact_day (colleague_id, day, events) VALUES (1, 19999, 4)"));
    }
    auto db = must(Database::open(path, Database::OpenMode::MustExist), "open version 1");
    EXPECT_EQ(test::pragma(*db, QStringLiteral("user_version")).toInt(), schema::latestVersion());
    EXPECT_EQ(test::contactDayRows(*db), test::recomputedContactDays(*db));
    EXPECT_EQ(test::rowCount(*db, QStringLiteral("contact_day")), 2);
    QSqlQuery query(db->connection());
    ASSERT_TRUE(query.exec(QStringLiteral("DELETE FROM interaction WHERE id = 1"))) << query.lastError().text().toStdString();
    ASSERT_TRUE(query.exec(QStringLiteral("UPDATE gratitude SET day = 20005 WHERE id = 1")));
    EXPECT_EQ(test::contactDayRows(*db), QStringList{QStringLiteral("cd|1|20005|1")});
    ASSERT_TRUE(query.exec(QStringLiteral("DELETE FROM gratitude")));
    EXPECT_EQ(test::rowCount(*db, QStringLiteral("contact_day")), 0);
}

TEST_F(StorageTest, MigrateToRefusesANewerJournal)
{
    RawConnection raw(file(QStringLiteral("future.rapport")));
    raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(schema::latestVersion() + 1));
    const Status migrated = schema::migrate(raw.db());
    ASSERT_FALSE(migrated);
    EXPECT_TRUE(migrated.error().message.contains(QStringLiteral("newer version")));
}

// --- Unclean shutdown ----------------------------------------------------------------------

TEST_F(StorageTest, ALeftoverWriteAheadLogIsAnUncleanShutdownAndItsDataIsKept)
{
    const QString path = file(QStringLiteral("live.rapport"));
    auto live = create(path);
    EXPECT_FALSE(live->openedAfterUncleanShutdown());
    const Id ana = addColleague(*live, QStringLiteral("Ana"));
    const Id ben = addColleague(*live, QStringLiteral("Ben"));

    // What a crash leaves: the journal with a write-ahead log holding committed rows.
    const QString wal = path + QStringLiteral("-wal");
    ASSERT_TRUE(QFileInfo::exists(wal));
    ASSERT_GT(QFileInfo(wal).size(), 0);
    const QString copy = file(QStringLiteral("crashed.rapport"));
    ASSERT_TRUE(QFile::copy(path, copy));
    ASSERT_TRUE(QFile::copy(wal, copy + QStringLiteral("-wal")));

    auto recovered = must(Database::open(copy, Database::OpenMode::MustExist), "open crashed copy");
    EXPECT_TRUE(recovered->openedAfterUncleanShutdown());
    storage::ColleagueRepository colleagues(*recovered);
    auto foundAna = must(colleagues.find(ana), "find");
    auto foundBen = must(colleagues.find(ben), "find");
    ASSERT_TRUE(foundAna.has_value());
    ASSERT_TRUE(foundBen.has_value());
    EXPECT_EQ(foundAna->name, QStringLiteral("Ana"));
    EXPECT_EQ(foundBen->name, QStringLiteral("Ben"));
    EXPECT_TRUE(must(recovered->integrityProblems(false), "check").isEmpty());

    // Closed cleanly, the recovered copy is a normal journal again.
    recovered.reset();
    EXPECT_FALSE(QFileInfo::exists(copy + QStringLiteral("-wal")));
    auto again = must(Database::open(copy, Database::OpenMode::MustExist), "reopen");
    EXPECT_FALSE(again->openedAfterUncleanShutdown());
    EXPECT_EQ(colleagueCount(*again), 2);
}

TEST_F(StorageTest, ACleanCloseLeavesNoWriteAheadLog)
{
    const QString path = file(QStringLiteral("clean.rapport"));
    auto db = create(path);
    addColleague(*db, QStringLiteral("Ana"));
    db.reset();
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-shm")));

    auto again = must(Database::open(path, Database::OpenMode::MustExist), "reopen");
    EXPECT_FALSE(again->openedAfterUncleanShutdown());
    EXPECT_EQ(colleagueCount(*again), 1);
}

// --- Transactions ------------------------------------------------------------------------------

TEST_F(StorageTest, TransactionCommitsOnSuccessAndRollsBackOnError)
{
    auto db = create(file(QStringLiteral("tx.rapport")));
    must(db->transaction([&] {
        addColleague(*db, QStringLiteral("Ana"));
        addColleague(*db, QStringLiteral("Ben"));
        return Status();
    }));
    EXPECT_EQ(colleagueCount(*db), 2);

    const Status failed = db->transaction([&]() -> Status {
        addColleague(*db, QStringLiteral("Cleo"));
        return Error::inField(QStringLiteral("name"), QStringLiteral("no thanks"));
    });
    ASSERT_FALSE(failed);
    EXPECT_EQ(failed.error().message, QStringLiteral("no thanks"));
    EXPECT_EQ(failed.error().field, QStringLiteral("name"));
    EXPECT_EQ(colleagueCount(*db), 2);
    EXPECT_TRUE(must(storage::ColleagueRepository(*db).findByName(QStringLiteral("Cleo")), "find").isEmpty());

    // After a rollback the next transaction starts cleanly, and the change is durable.
    must(db->transaction([&] {
        addColleague(*db, QStringLiteral("Dan"));
        return Status();
    }));
    const QString path = db->path();
    db.reset();
    auto again = must(Database::open(path, Database::OpenMode::MustExist), "reopen");
    EXPECT_EQ(colleagueCount(*again), 3);
}

TEST_F(StorageTest, NestedSavepointRollbackKeepsTheOuterWork)
{
    auto db = create(file(QStringLiteral("nested.rapport")));
    Status inner;
    must(db->transaction([&] {
        addColleague(*db, QStringLiteral("Outer before"));
        inner = db->transaction([&]() -> Status {
            addColleague(*db, QStringLiteral("Inner"));
            // A second level inside the failing one.
            must(db->transaction([&] {
                addColleague(*db, QStringLiteral("Innermost"));
                return Status();
            }));
            return Error{QStringLiteral("inner failed")};
        });
        addColleague(*db, QStringLiteral("Outer after"));
        return Status();
    }));
    ASSERT_FALSE(inner);
    EXPECT_EQ(inner.error().message, QStringLiteral("inner failed"));
    storage::ColleagueRepository repo(*db);
    EXPECT_EQ(must(repo.findByName(QStringLiteral("Outer before"))).size(), 1);
    EXPECT_EQ(must(repo.findByName(QStringLiteral("Outer after"))).size(), 1);
    EXPECT_TRUE(must(repo.findByName(QStringLiteral("Inner"))).isEmpty());
    EXPECT_TRUE(must(repo.findByName(QStringLiteral("Innermost"))).isEmpty());
    EXPECT_EQ(colleagueCount(*db), 2);

    // A successful inner level is kept; a failing outer level takes it with it.
    must(db->transaction([&] {
        return db->transaction([&] {
            addColleague(*db, QStringLiteral("Kept"));
            return Status();
        });
    }));
    EXPECT_EQ(colleagueCount(*db), 3);
    const Status outerFailed = db->transaction([&]() -> Status {
        must(db->transaction([&] {
            addColleague(*db, QStringLiteral("Lost"));
            return Status();
        }));
        return Error{QStringLiteral("outer failed")};
    });
    EXPECT_FALSE(outerFailed);
    EXPECT_EQ(colleagueCount(*db), 3);
}

TEST_F(StorageTest, IntegrityCheckReportsBrokenReferences)
{
    auto db = create(file(QStringLiteral("broken.rapport")));
    EXPECT_TRUE(must(db->integrityProblems(true), "quick").isEmpty());
    QSqlQuery query(db->connection());
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO gratitude (colleague_id, day, direction, what) "
                                          "VALUES (999, 20000, 'given', 'x')")));
    // The entry, and the contact day its trigger counted for the missing colleague.
    const QStringList problems = must(db->integrityProblems(false), "full");
    ASSERT_EQ(problems.size(), 2) << problems.join(QStringLiteral("; ")).toStdString();
    EXPECT_EQ(problems.filter(QStringLiteral("of gratitude refers to a missing row of colleague")).size(), 1);
    EXPECT_EQ(problems.filter(QStringLiteral("of contact_day refers to a missing row of colleague")).size(), 1);
}

} // namespace
} // namespace rapport::core
