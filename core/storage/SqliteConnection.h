#pragma once

// Raw SQLite connections for whole-file work (JournalFile, MemoryJournal); private to storage.

#include "domain/Result.h"

#include <QString>

#include <functional>

struct sqlite3;

namespace rapport::core::storage {

// A raw connection, closed when it goes.
class SqliteConnection final
{
public:
    SqliteConnection() = default;
    ~SqliteConnection();
    Q_DISABLE_COPY_MOVE(SqliteConnection)

    // SQLite's own message when it cannot open the file.
    Status open(const QString &path, int flags);
    // An existing database file for reading only: a -wal beside it is read; without one it
    // is opened immutable, which takes no lock and leaves no -wal or -shm beside a file
    // that may be on read-only media (a journal's header says WAL even when no log is left).
    Status openForReading(const QString &path);
    sqlite3 *get() const { return m_db; }
    QString message() const;
    Status exec(const char *sql);

private:
    sqlite3 *m_db = nullptr;
};

// How long whole-file work waits in all for a database that another connection holds.
inline constexpr int kBusyWaitMs = 5'000;

// What backupPages does beside copying.
struct BackupSteps
{
    // Pages copied of pages in all, after each step but the one that finishes (and, for a
    // destination that is not new, commits); false cancels.
    std::function<bool(qint64 done, qint64 total)> progress;
    QString cancelled; // the error when progress cancels
    QString busy; // the error when the source or destination stays locked
    // Runs once the destination's write lock is held, before any page is copied; an error
    // ends the copy with nothing written.
    std::function<Status()> whileLocked;
    int busyWaitMs = kBusyWaitMs;
};

// sqlite3_backup_* from `source` into `dest` ("main" to "main"), a few hundred pages a step.
// The first step copies nothing: it takes the destination's write lock (waiting a bounded
// time while another connection writes), which is held until the copy is committed or,
// on an error or cancel, rolled back with the destination as it was. Other errors carry
// SQLite's words for the result code.
Status backupPages(sqlite3 *dest, sqlite3 *source, const BackupSteps &steps);

} // namespace rapport::core::storage
