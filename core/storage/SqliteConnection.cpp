#include "SqliteConnection.h"

#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

#include <chrono>

namespace rapport::core::storage {
namespace {

// Enough to report often on a large journal (4 KiB pages: 1 MiB a step) and few enough
// that each step's lock on the source is short.
constexpr int kPagesPerStep = 256;
constexpr int kBusyPauseMs = 20;

bool busy(int rc)
{
    return rc == SQLITE_BUSY || rc == SQLITE_LOCKED;
}

} // namespace

SqliteConnection::~SqliteConnection()
{
    sqlite3_close_v2(m_db);
}

Status SqliteConnection::open(const QString &path, int flags)
{
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK)
        return Error { message() };
    sqlite3_extended_result_codes(m_db, 1);
    return {};
}

Status SqliteConnection::openForReading(const QString &path)
{
    if (QFileInfo::exists(path + QStringLiteral("-wal")))
        return open(path, SQLITE_OPEN_READONLY);
    const QString uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
        + QStringLiteral("?immutable=1");
    return open(uri, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
}

QString SqliteConnection::message() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
}

Status SqliteConnection::exec(const char *sql)
{
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        return Error { message() };
    return {};
}

Status backupPages(sqlite3 *dest, sqlite3 *source, const BackupSteps &steps)
{
    sqlite3_backup *backup = sqlite3_backup_init(dest, "main", source, "main");
    if (!backup)
        return Error { QString::fromUtf8(sqlite3_errmsg(dest)) };
    const auto stop = [backup](const QString &why) {
        sqlite3_backup_finish(backup); // rolls back what the copy wrote
        return Error { why };
    };
    // Another connection holds the source or the destination for a moment: try again,
    // for a bounded time in all (a busy handler may have waited inside a step too).
    const auto start = std::chrono::steady_clock::now();
    const auto waited = [&](int rc) {
        if (!busy(rc) || std::chrono::steady_clock::now() - start >= std::chrono::milliseconds(steps.busyWaitMs))
            return false;
        sqlite3_sleep(kBusyPauseMs);
        return true;
    };
    int rc = SQLITE_OK;
    while (waited(rc = sqlite3_backup_step(backup, 0))) { }
    if (busy(rc))
        return stop(steps.busy.isEmpty() ? QString::fromUtf8(sqlite3_errstr(rc)) : steps.busy);
    if (rc != SQLITE_OK && rc != SQLITE_DONE)
        return stop(QString::fromUtf8(sqlite3_errstr(rc)));
    if (steps.whileLocked) {
        if (auto done = steps.whileLocked(); !done)
            return stop(done.error().message);
    }
    while (rc != SQLITE_DONE) {
        rc = sqlite3_backup_step(backup, kPagesPerStep);
        if (rc == SQLITE_DONE)
            break;
        if (rc != SQLITE_OK && !busy(rc))
            return stop(QString::fromUtf8(sqlite3_errstr(rc)));
        const qint64 total = sqlite3_backup_pagecount(backup);
        if (steps.progress && !steps.progress(total - sqlite3_backup_remaining(backup), total))
            return stop(steps.cancelled);
        if (busy(rc) && !waited(rc))
            return stop(steps.busy.isEmpty() ? QString::fromUtf8(sqlite3_errstr(rc)) : steps.busy);
    }
    if (const int finished = sqlite3_backup_finish(backup); finished != SQLITE_OK)
        return Error { QString::fromUtf8(sqlite3_errstr(finished)) };
    return {};
}

} // namespace rapport::core::storage
