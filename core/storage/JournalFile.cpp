#include "JournalFile.h"

#include "Aggregates.h"
#include "Schema.h"
#include "SqliteConnection.h"
#include "Statement.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <sqlite3.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <tuple>
#include <unistd.h>

namespace rapport::core::storage {
namespace {

// The first lines of a failed check that a message names.
constexpr qsizetype kProblemsShown = 3;
// How long a restore waits in all for another program's write to end.
constexpr int kWriteWaitMs = 10'000;
// The journal format whose derived tables storage::aggregateDrift knows; older ones are
// rebuilt by their migration when the restored journal is first opened.
constexpr qint64 kAggregatesSince = 3;

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// One line per schema object that is not SQLite's own: "type name|table|sql".
using SchemaRows = QStringList;

Result<SchemaRows> schemaOf(sqlite3 *db)
{
    Statement rows(db,
        "SELECT type, name, tbl_name, sql FROM sqlite_schema "
        "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name");
    if (auto prepared = rows.prepared(); !prepared)
        return Error { rows.errorText() };
    SchemaRows out;
    while (rows.next())
        out << rows.textColumn(0) + u' ' + rows.textColumn(1) + u'|' + rows.textColumn(2) + u'|' + rows.textColumn(3);
    if (auto finished = rows.finish(); !finished)
        return Error { rows.errorText() };
    return out;
}

// What Rapport's own migrations make for journal format `version`, built in memory.
Result<SchemaRows> referenceSchema(int version)
{
    static QAtomicInteger<quint64> counter;
    const QString name = QStringLiteral("rapport-reference-%1").arg(counter.fetchAndAddRelaxed(1));
    SchemaRows out;
    Status built;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open()) {
            built = Error { db.lastError().text() };
        } else if (built = schema::migrateTo(db, version); built) {
            QSqlQuery rows(db);
            if (!rows.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema "
                                          "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name")))
                built = Error { rows.lastError().text() };
            while (rows.next())
                out << rows.value(0).toString() + u' ' + rows.value(1).toString() + u'|' + rows.value(2).toString()
                        + u'|' + rows.value(3).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!built)
        return built.error();
    return out;
}

// "trigger x" from a schema row.
QString objectOf(const QString &row)
{
    return row.section(u'|', 0, 0);
}

// The first difference between a file's structure and Rapport's, in words; empty when equal.
QString structureDifference(const SchemaRows &actual, const SchemaRows &expected)
{
    QStringList expectedObjects;
    for (const QString &row : expected)
        expectedObjects << objectOf(row);
    QStringList actualObjects;
    for (const QString &row : actual)
        actualObjects << objectOf(row);
    for (const QString &row : actual) {
        const qsizetype at = expectedObjects.indexOf(objectOf(row));
        if (at < 0)
            return JournalFile::tr("it has a %1 that Rapport does not make").arg(objectOf(row));
        if (expected[at] != row)
            return JournalFile::tr("its %1 is not the one Rapport makes").arg(objectOf(row));
    }
    for (const QString &object : expectedObjects) {
        if (!actualObjects.contains(object))
            return JournalFile::tr("its %1 is missing").arg(object);
    }
    return {};
}

QString messageOf(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

Result<qint64> pragmaNumber(sqlite3 *db, const char *sql)
{
    Statement query(db, sql);
    if (!query.valid() || !query.next())
        return Error { messageOf(db) };
    const qint64 value = query.int64Column(0);
    std::ignore = query.finish();
    return value;
}

// Header checks: a Rapport journal of a format this version reads.
Result<int> journalFormat(sqlite3 *db)
{
    // The first statement reads the header and the schema: garbage fails here. (The
    // header pragmas alone do not read the schema.)
    auto objects = pragmaNumber(db, "SELECT count(*) FROM sqlite_schema");
    if (!objects)
        return Error { JournalFile::tr("It is damaged or not a journal: %1.").arg(objects.error().message) };
    auto applicationId = pragmaNumber(db, "PRAGMA application_id");
    if (!applicationId)
        return Error { JournalFile::tr("It is damaged or not a journal: %1.").arg(applicationId.error().message) };
    if (*applicationId != schema::kApplicationId) {
        if (*applicationId == 0 && *objects == 0)
            return Error { JournalFile::tr("It is an empty SQLite database, not a Rapport journal.") };
        return Error { JournalFile::tr("It is an SQLite database, but not a Rapport journal.") };
    }
    auto version = pragmaNumber(db, "PRAGMA user_version");
    if (!version)
        return Error { JournalFile::tr("It is damaged: %1.").arg(version.error().message) };
    if (*version > schema::latestVersion())
        return Error { JournalFile::tr("It was made by a newer version of Rapport (journal format %1; this version "
                                       "reads up to %2). Update Rapport to restore it.")
                           .arg(*version)
                           .arg(schema::latestVersion()) };
    if (*version < 1)
        return Error {
            JournalFile::tr("It is marked as a Rapport journal but holds no journal (format %1).").arg(*version)
        };
    return int(*version);
}

Status integrity(sqlite3 *db)
{
    QStringList problems;
    Statement check(db, "PRAGMA integrity_check(20)");
    if (!check.valid())
        return Error { JournalFile::tr("It is damaged: %1.").arg(messageOf(db)) };
    while (check.next()) {
        // A row may hold several lines, under a heading that names the schema.
        for (const QString &line : check.textColumn(0).split(u'\n', Qt::SkipEmptyParts)) {
            if (line != QLatin1String("ok") && !line.startsWith(QLatin1String("*** in database")))
                problems << line;
        }
    }
    if (auto finished = check.finish(); !finished)
        return Error { JournalFile::tr("It is damaged: %1.").arg(check.errorText()) };
    if (!problems.isEmpty())
        return Error { JournalFile::tr("It is damaged: %1.").arg(problems.mid(0, kProblemsShown).join(u"; ")) };

    Statement keys(db, "PRAGMA foreign_key_check");
    if (!keys.valid())
        return Error { JournalFile::tr("It is damaged: %1.").arg(messageOf(db)) };
    while (keys.next()) {
        // Tables without row ids report no row number.
        problems << (keys.isNull(1)
                ? JournalFile::tr("a row of %1 refers to a missing row of %2")
                      .arg(keys.textColumn(0), keys.textColumn(2))
                : JournalFile::tr("row %1 of %2 refers to a missing row of %3")
                      .arg(QString::number(keys.int64Column(1)), keys.textColumn(0), keys.textColumn(2)));
        if (problems.size() == kProblemsShown)
            break;
    }
    if (auto finished = keys.finish(); !finished)
        return Error { JournalFile::tr("It is damaged: %1.").arg(keys.errorText()) };
    if (!problems.isEmpty())
        return Error { JournalFile::tr("It has broken references: %1.").arg(problems.join(u"; ")) };
    return {};
}

// Creates a missing journal owner-only (0600) before SQLite opens it; SQLite gives its
// -wal and -shm the journal's permissions.
Status createOwnerOnly(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0 || ::fchmod(fd, 0600) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        if (fd >= 0)
            ::close(fd);
        return Error { JournalFile::tr("Cannot create the journal %1: %2").arg(shown(path), why) };
    }
    ::close(fd);
    return {};
}

// The backup API copies between databases of different page sizes only when the
// destination has no write-ahead log; a journal has one.
Status checkPageSizes(sqlite3 *source, sqlite3 *journal, const QString &journalPath)
{
    auto sourcePage = pragmaNumber(source, "PRAGMA page_size");
    auto sourcePages = pragmaNumber(source, "PRAGMA page_count");
    if (!sourcePage || !sourcePages)
        return Error { JournalFile::tr("The backup cannot be read: %1").arg(messageOf(source)) };
    if (*sourcePages == 0)
        return Error { JournalFile::tr("The backup holds no journal.") };
    auto journalPage = pragmaNumber(journal, "PRAGMA page_size");
    if (!journalPage)
        return Error { JournalFile::tr("Cannot read the journal %1: %2").arg(shown(journalPath), messageOf(journal)) };
    Statement mode(journal, "PRAGMA journal_mode");
    const bool wal = mode.next() && mode.textColumn(0) == QLatin1String("wal");
    std::ignore = mode.finish();
    if (wal && *sourcePage != *journalPage)
        return Error { JournalFile::tr(
            "The backup is made of %1-byte pages and the journal %2 of %3-byte pages; SQLite "
            "cannot restore one into the other while the journal has a write-ahead log. "
            "Restore the backup into a new journal file instead.")
                           .arg(*sourcePage)
                           .arg(shown(journalPath))
                           .arg(*journalPage) };
    return {};
}

Status restoreInto(sqlite3 *source, const QString &journalPath, bool existed, const JournalFile::Keep &keep,
    const JournalFile::Progress &progress)
{
    SqliteConnection journal;
    if (auto opened = journal.open(journalPath, SQLITE_OPEN_READWRITE); !opened)
        return Error {
            JournalFile::tr("Cannot open the journal %1: %2").arg(shown(journalPath), opened.error().message)
        };
    // Reading the header may wait for a moment of another program's work; the write lock
    // has its own, longer wait below.
    sqlite3_busy_timeout(journal.get(), 1'000);
    if (auto durable = journal.exec("PRAGMA synchronous = FULL"); !durable)
        return Error {
            JournalFile::tr("Cannot open the journal %1: %2").arg(shown(journalPath), durable.error().message)
        };
    if (auto sizes = checkPageSizes(source, journal.get(), journalPath); !sizes)
        return sizes;

    BackupSteps steps;
    steps.progress = progress;
    steps.cancelled = JournalFile::cancelled();
    steps.busy = JournalFile::tr("Another program is writing to the journal %1 and was still writing after %2 "
                                 "seconds; try again when it has finished.")
                     .arg(shown(journalPath))
                     .arg(kWriteWaitMs / 1000);
    steps.busyWaitMs = kWriteWaitMs;
    if (existed && keep) {
        // Under the write lock, a second connection reads the journal as it is (WAL lets
        // readers in): no other program's write can land between this copy and the restore.
        steps.whileLocked = [&]() -> Status {
            SqliteConnection reader;
            if (auto opened = reader.open(journalPath, SQLITE_OPEN_READONLY); !opened)
                return opened;
            sqlite3_busy_timeout(reader.get(), 1'000);
            return keep(reader.get());
        };
    }
    if (auto written = backupPages(journal.get(), source, steps); !written)
        return written;
    // The restored pages go from the write-ahead log into the file now, not at some later
    // write; readers in other programs may hold it back, which is no error.
    sqlite3_wal_checkpoint_v2(journal.get(), "main", SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    return {};
}

} // namespace

Status JournalFile::copy(sqlite3 *source, const QString &target, const Progress &progress)
{
    if (!source)
        return Error { tr("The journal is not open.") };
    SqliteConnection dest;
    if (auto opened = dest.open(target, SQLITE_OPEN_READWRITE); !opened)
        return opened;
    BackupSteps steps;
    steps.progress = progress;
    steps.cancelled = cancelled();
    if (auto copied = backupPages(dest.get(), source, steps); !copied)
        return copied;
    // The last report may cancel too: the caller has not used the copy yet.
    const qint64 total = pragmaNumber(dest.get(), "PRAGMA page_count").value_or(0);
    if (progress && !progress(total, total))
        return Error { cancelled() };
    // The pages came with the source's header, which says WAL; one file is what a backup is.
    return dest.exec("PRAGMA journal_mode = DELETE");
}

Status JournalFile::checkRestorable(sqlite3 *db)
{
    // Nothing in a file from outside runs with more rights than plain SQL has.
    std::ignore = sqlite3_exec(db, "PRAGMA trusted_schema = OFF", nullptr, nullptr, nullptr);
    auto format = journalFormat(db);
    if (!format)
        return format.error();
    // Before anything evaluates its CHECK constraints or triggers: they must be Rapport's.
    auto actual = schemaOf(db);
    if (!actual)
        return Error { tr("It is damaged: %1.").arg(actual.error().message) };
    auto expected = referenceSchema(*format);
    if (!expected)
        return expected.error();
    if (const QString difference = structureDifference(*actual, *expected); !difference.isEmpty())
        return Error { tr("It is not a journal as Rapport makes them: %1.").arg(difference) };
    if (auto sound = integrity(db); !sound)
        return sound;
    // What `rapport-cli check` also refuses: figures that the entries do not give.
    if (*format < kAggregatesSince)
        return {};
    auto drift = aggregateDrift(db);
    if (!drift)
        return Error { tr("It is damaged: %1.").arg(drift.error().message) };
    if (!drift->isEmpty())
        return Error { tr("It has figures that do not match its entries: %1.").arg(drift->join(u"; ")) };
    return {};
}

Status JournalFile::restore(sqlite3 *source, const QString &journalPath, const Keep &keep, const Progress &progress)
{
    const bool existed = QFileInfo::exists(journalPath);
    if (!existed) {
        if (auto created = createOwnerOnly(journalPath); !created)
            return created;
    }
    Status restored = restoreInto(source, journalPath, existed, keep, progress);
    if (!restored && !existed) {
        // A journal that this restore created and could not fill goes again.
        for (const char *suffix : { "", "-journal", "-wal", "-shm" })
            QFile::remove(journalPath + QLatin1String(suffix));
    }
    return restored;
}

} // namespace rapport::core::storage
