#include "JournalFile.h"

#include "Schema.h"
#include "Statement.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUrl>

#include <sqlite3.h>

#include <tuple>

namespace rapport::core::storage {
namespace {

// Enough to report often on a large journal (4 KiB pages: 1 MiB a step) and few enough
// that each step's lock on the source is short.
constexpr int kPagesPerStep = 256;
// How long a copy waits in all for a source that another connection holds locked.
constexpr int kBusyWaitMs = 5'000;
constexpr int kBusyPauseMs = 20;
// The first lines of a failed check that a message names.
constexpr qsizetype kProblemsShown = 3;

// A raw connection, closed when it goes.
class Connection final
{
public:
    Connection() = default;
    ~Connection() { sqlite3_close_v2(m_db); }
    Q_DISABLE_COPY_MOVE(Connection)

    // SQLite's own message when it cannot open the file.
    Status open(const QString &path, int flags)
    {
        const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
        if (rc != SQLITE_OK)
            return Error { message() };
        sqlite3_extended_result_codes(m_db, 1);
        return {};
    }
    sqlite3 *get() const { return m_db; }
    QString message() const { return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory"); }
    Status exec(const char *sql)
    {
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
            return Error { message() };
        return {};
    }

private:
    sqlite3 *m_db = nullptr;
};

// One line per schema object that is not SQLite's own: "type name|table|sql".
using SchemaRows = QStringList;

Result<SchemaRows> schemaOf(Connection &db)
{
    Statement rows(db.get(),
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

Result<qint64> pragmaNumber(Connection &db, const char *sql)
{
    Statement query(db.get(), sql);
    if (!query.valid() || !query.next())
        return Error { db.message() };
    const qint64 value = query.int64Column(0);
    std::ignore = query.finish();
    return value;
}

// Header checks: a Rapport journal of a format this version reads.
Result<int> journalFormat(Connection &db)
{
    // The first statement reads the header and the schema: garbage fails here.
    auto applicationId = pragmaNumber(db, "PRAGMA application_id");
    if (!applicationId)
        return Error { JournalFile::tr("It is damaged or not a journal: %1.").arg(applicationId.error().message) };
    if (*applicationId != schema::kApplicationId) {
        auto objects = pragmaNumber(db, "SELECT count(*) FROM sqlite_schema");
        if (objects && *applicationId == 0 && *objects == 0)
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

Status integrity(Connection &db)
{
    QStringList problems;
    Statement check(db.get(), "PRAGMA integrity_check(20)");
    if (!check.valid())
        return Error { JournalFile::tr("It is damaged: %1.").arg(db.message()) };
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

    Statement keys(db.get(), "PRAGMA foreign_key_check");
    if (!keys.valid())
        return Error { JournalFile::tr("It is damaged: %1.").arg(db.message()) };
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

} // namespace

Status JournalFile::copy(sqlite3 *source, const QString &target, const Progress &progress)
{
    if (!source)
        return Error { tr("The journal is not open.") };
    Connection dest;
    if (auto opened = dest.open(target, SQLITE_OPEN_READWRITE); !opened)
        return opened;
    sqlite3_backup *backup = sqlite3_backup_init(dest.get(), "main", source, "main");
    if (!backup)
        return Error { dest.message() };
    int rc = SQLITE_OK;
    int waitedMs = 0;
    qint64 total = 0;
    while (true) {
        rc = sqlite3_backup_step(backup, kPagesPerStep);
        if (rc != SQLITE_OK && rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            break;
        total = sqlite3_backup_pagecount(backup);
        if (progress && !progress(total - sqlite3_backup_remaining(backup), total)) {
            sqlite3_backup_finish(backup);
            return Error { cancelled() };
        }
        if (rc != SQLITE_OK) {
            // Another connection holds the source for a moment; the copy goes on after it.
            if (waitedMs >= kBusyWaitMs)
                break;
            sqlite3_sleep(kBusyPauseMs);
            waitedMs += kBusyPauseMs;
        }
    }
    total = sqlite3_backup_pagecount(backup);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return Error { QString::fromUtf8(sqlite3_errstr(rc)) };
    // The last report may cancel too: the caller has not used the copy yet.
    if (progress && !progress(total, total))
        return Error { cancelled() };
    // The pages came with the source's header, which says WAL; one file is what a backup is.
    return dest.exec("PRAGMA journal_mode = DELETE");
}

Status JournalFile::copyFile(const QString &source, Access access, const QString &target, const Progress &progress)
{
    Connection from;
    if (access == Access::ReadOnly && !QFileInfo::exists(source + QStringLiteral("-wal"))) {
        // Immutable: no lock, and no -wal or -shm made beside a file that may be on
        // read-only media (a journal's header says WAL even when no log is left).
        const QString uri = QUrl::fromLocalFile(QFileInfo(source).absoluteFilePath()).toString(QUrl::FullyEncoded)
            + QStringLiteral("?immutable=1");
        if (auto opened = from.open(uri, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI); !opened)
            return opened;
    } else if (auto opened
               = from.open(source, access == Access::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE);
               !opened) {
        return opened;
    }
    if (access == Access::Exclusive) {
        // In exclusive locking mode the first read takes the file for this connection
        // alone; it fails while the app or another program has the journal open.
        sqlite3_busy_timeout(from.get(), 1'000);
        if (auto locked = from.exec("PRAGMA locking_mode = EXCLUSIVE"); !locked)
            return locked;
        if (sqlite3_exec(from.get(), "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr) != SQLITE_OK) {
            if ((sqlite3_errcode(from.get()) & 0xff) == SQLITE_BUSY)
                return Error { tr("It is open in Rapport or another program; close it and try again.") };
            return Error { from.message() };
        }
    }
    return copy(from.get(), target, progress);
}

Status JournalFile::checkRestorable(const QString &path)
{
    Connection db;
    if (auto opened = db.open(path, SQLITE_OPEN_READWRITE); !opened)
        return Error { tr("It cannot be read: %1.").arg(opened.error().message) };
    // Nothing in a file from outside runs with more rights than plain SQL has.
    std::ignore = db.exec("PRAGMA trusted_schema = OFF");
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
    return integrity(db);
}

} // namespace rapport::core::storage
