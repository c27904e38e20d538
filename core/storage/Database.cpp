#include "Database.h"

#include "Aggregates.h"
#include "Schema.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <spdlog/spdlog.h>
#include <sqlite3.h>

#include <optional>
#include <tuple>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rapport::core {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Database", text);
}

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("rapport-journal-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Creates every missing folder on the way to `dir`; the ones created are owner-only
// (0700), whatever the umask. Existing folders are left as the user set them.
Status makeOwnerOnlyFolders(const QString &dir)
{
    // Walked up by path: QDir::cdUp() refuses to move into a folder that does not exist,
    // which stopped the walk after the first missing level.
    QStringList missing;
    QString probe = QDir(dir).absolutePath();
    while (!QFileInfo::exists(probe)) {
        missing.prepend(probe);
        const QString parent = QFileInfo(probe).absolutePath();
        if (parent == probe)
            break;
        probe = parent;
    }
    for (const QString &folder : missing) {
        const QByteArray native = QFile::encodeName(folder);
        if (::mkdir(native.constData(), 0700) != 0 && errno != EEXIST)
            return Error{tr("Cannot create the folder %1: %2").arg(folder, QString::fromLocal8Bit(strerror(errno)))};
        ::chmod(native.constData(), 0700);
    }
    return {};
}

// Creates the journal file owner-only (0600) before SQLite opens it; SQLite gives its
// -wal and -shm files the same permissions as the journal.
Status createOwnerOnlyFile(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0)
        return Error{tr("Cannot create the journal %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno)))};
    const int changed = ::fchmod(fd, 0600);
    ::close(fd);
    if (changed != 0)
        return Error{tr("Cannot make the journal %1 private: %2").arg(path, QString::fromLocal8Bit(strerror(errno)))};
    return {};
}

} // namespace

Error sqlError(const QString &what, const QSqlError &error)
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return Error{detail.isEmpty() ? what : QStringLiteral("%1: %2").arg(what, detail), {},
        error.nativeErrorCode().toInt()};
}

namespace {

// A failed write in plain words, naming the journal and what to do (DESIGN.md section 9);
// nullopt when the failure was not the disk's.
std::optional<QString> diskFailure(int sqliteCode, const QString &journal)
{
    const QString shown = QDir::toNativeSeparators(journal);
    switch (sqliteCode & 0xff) {
    case SQLITE_FULL:
        return tr("The disk that holds the journal %1 is full, so this change was not saved and the journal is as "
                  "it was. Free some space, then try again.")
            .arg(shown);
    case SQLITE_READONLY:
        return tr("The journal %1 cannot be written to (the file or its folder is read-only), so this change was "
                  "not saved. Check its permissions, or open a copy of it from another folder.")
            .arg(shown);
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        return tr("The journal %1 could not be written (a disk error, or its folder was removed or unplugged), so "
                  "this change was not saved and the journal is as it was. Check the disk, then try again.")
            .arg(shown);
    default:
        return std::nullopt;
    }
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Status Database::makePrivateFolders(const QString &dir)
{
    return makeOwnerOnlyFolders(dir);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, OpenMode mode)
{
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    if (info.isDir())
        return Error{tr("%1 is a folder, not a journal").arg(absolute)};

    const bool exists = info.exists();
    if (!exists) {
        if (mode == OpenMode::MustExist)
            return Error{tr("There is no journal at %1").arg(absolute)};
        if (auto made = makeOwnerOnlyFolders(info.absolutePath()); !made)
            return made.error();
        if (auto created = createOwnerOnlyFile(absolute); !created)
            return created.error();
    }
    auto db = connect(absolute, exists);
    if (!db && !exists) {
        // Leave nothing behind for a journal that never came to be.
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(absolute + QLatin1String(suffix));
    }
    return db;
}

Result<std::unique_ptr<Database>> Database::openSecondary(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!QFileInfo(absolute).isFile())
        return Error{tr("There is no journal at %1").arg(absolute)};
    return connectOnly(absolute);
}

Result<std::unique_ptr<Database>> Database::connectOnly(const QString &absolute)
{
    std::unique_ptr<Database> db(new Database(absolute, nextConnectionName()));
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    db->m_db.setDatabaseName(absolute);
    db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db->m_db.open())
        return sqlError(tr("Cannot open the journal %1").arg(absolute), db->m_db.lastError());
    if (auto configured = db->configure(); !configured)
        return Error{tr("Cannot open the journal %1: %2").arg(absolute, configured.error().message)};
    return db;
}

Result<std::unique_ptr<Database>> Database::connect(const QString &absolute, bool existed)
{
    const QFileInfo wal(absolute + QStringLiteral("-wal"));
    const bool unclean = existed && wal.exists() && wal.size() > 0;
    auto connected = connectOnly(absolute);
    if (!connected)
        return connected.error();
    std::unique_ptr<Database> db = std::move(*connected);

    // No whole-file check here (DESIGN.md section 9): a -wal left behind is no proof of a
    // crash, since another process may have the journal open, and SQLite's recovery of the
    // log is atomic anyway. `rapport-cli check` checks everything; the app runs a quick
    // check on a worker connection once its window is up.
    db->m_unclean = unclean;
    if (auto migrated = schema::migrate(db->m_db); !migrated)
        return Error{tr("Cannot open the journal %1: %2").arg(absolute, migrated.error().message)};
    return db;
}

Status Database::configure()
{
    QSqlQuery query(m_db);
    // The first read also tells a non-SQLite file apart ("file is not a database").
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
        return sqlError(tr("not a Rapport journal"), query.lastError());
    const int applicationId = query.value(0).toInt();
    query.finish();
    if (applicationId != schema::kApplicationId) {
        if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !query.next())
            return sqlError(tr("not a Rapport journal"), query.lastError());
        if (applicationId != 0 || query.value(0).toInt() != 0)
            return Error{tr("this file is an SQLite database, but not a Rapport journal")};
    }
    query.finish();
    // Before any pragma that writes (journal_mode = WAL rewrites the header): a journal of a
    // newer version is refused untouched.
    if (auto readable = schema::checkNotNewer(m_db); !readable)
        return readable;
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL"}) {
        if (auto done = exec(QString::fromLatin1(pragma)); !done)
            return done;
    }
    return {};
}

Status Database::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return sqlError(tr("The journal refused a change"), query.lastError());
    return {};
}

sqlite3 *Database::handle() const
{
    const QVariant value = m_db.driver()->handle();
    if (!value.isValid() || qstrcmp(value.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(value.constData());
}

void Database::setBusyTimeout(std::chrono::milliseconds wait)
{
    if (sqlite3 *db = handle())
        sqlite3_busy_timeout(db, int(wait.count()));
}

void Database::stopWriting(const QString &reason)
{
    m_stopped = reason;
    std::ignore = exec(QStringLiteral("PRAGMA query_only = ON"));
}

Status Database::transaction(const std::function<Status()> &work)
{
    if (!m_stopped.isEmpty())
        return Error{m_stopped};
    const bool outermost = m_transactionDepth == 0;
    const QString savepoint = QStringLiteral("level%1").arg(m_transactionDepth);
    if (outermost) {
        QSqlQuery begin(m_db);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            // SQLITE_BUSY and its extended codes: another connection held the write lock
            // for the whole busy timeout (a long import, a restore).
            if ((begin.lastError().nativeErrorCode().toInt() & 0xff) == 5)
                return Error{tr("Another program is writing to the journal %1 (an import or a restore, perhaps), "
                                "so this change was not saved. Try again in a moment.")
                                 .arg(QDir::toNativeSeparators(m_path))};
            return sqlError(tr("The journal refused a change"), begin.lastError());
        }
    } else if (auto begun = exec(QStringLiteral("SAVEPOINT ") + savepoint); !begun) {
        return begun;
    }
    ++m_transactionDepth;
    Status result = work();
    --m_transactionDepth;
    if (result) {
        Status committed = exec(outermost ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepoint);
        if (committed)
            return result;
        result = committed;
    }
    // A failed rollback leaves nothing more to do: the error that caused it is returned.
    if (outermost) {
        std::ignore = exec(QStringLiteral("ROLLBACK"));
    } else {
        std::ignore = exec(QStringLiteral("ROLLBACK TO ") + savepoint);
        std::ignore = exec(QStringLiteral("RELEASE ") + savepoint);
    }
    if (const auto plain = diskFailure(result.error().sqliteCode, m_path))
        return Error{*plain, {}, result.error().sqliteCode};
    return result;
}

Result<QStringList> Database::integrityProblems(bool quick)
{
    QStringList problems;
    QSqlQuery query(m_db);
    // The quick check after a crash looks for damaged pages, which is what a crash can
    // cause; CHECK constraints cannot be broken by one, and evaluating them on every row
    // would multiply its time. The full check (rapport-cli check) evaluates them too.
    if (quick)
        std::ignore = exec(QStringLiteral("PRAGMA ignore_check_constraints = ON"));
    const bool checked = query.exec(quick ? QStringLiteral("PRAGMA quick_check") : QStringLiteral("PRAGMA integrity_check"));
    if (quick)
        std::ignore = exec(QStringLiteral("PRAGMA ignore_check_constraints = OFF"));
    if (!checked)
        return sqlError(tr("Cannot check the journal"), query.lastError());
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return sqlError(tr("Cannot check the journal"), query.lastError());
    while (query.next()) {
        // Tables without row ids (participant, contact_day) report no row number.
        problems << (query.isNull(1) ? tr("a row of %1 refers to a missing row of %2").arg(query.value(0).toString(), query.value(2).toString())
                                     : tr("row %1 of %2 refers to a missing row of %3")
                                           .arg(query.value(1).toString(), query.value(0).toString(), query.value(2).toString()));
    }
    if (!quick) {
        // Derived tables must equal what the entries say, or every figure is off.
        auto drift = storage::aggregateDrift(m_db);
        if (!drift)
            return drift.error();
        problems << *drift;
    }
    return problems;
}

} // namespace rapport::core
