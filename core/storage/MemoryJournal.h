#pragma once

#include "domain/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

struct sqlite3;

namespace rapport::core::storage {

// A whole journal held in memory (SQLite's memdb VFS) and never written to disk: what an
// encrypted backup is sealed from, and what a restore decrypts, checks and then writes
// into the journal. It takes about the journal's size in memory.
class MemoryJournal final
{
    Q_DECLARE_TR_FUNCTIONS(MemoryJournal)

public:
    // Pages (or bytes) done of all; returning false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    ~MemoryJournal();
    Q_DISABLE_COPY_MOVE(MemoryJournal)

    // A consistent copy of the database open on `source`, through the backup API.
    static Result<std::unique_ptr<MemoryJournal>> copyOf(sqlite3 *source, const Progress &progress);
    // The database file at `path`, read-only (a -wal beside it is read too).
    static Result<std::unique_ptr<MemoryJournal>> readFile(const QString &path, const Progress &progress);

    // A database file's bytes given piece by piece, such as a backup as it is decrypted.
    class Builder final
    {
    public:
        Builder() = default;
        ~Builder();
        Q_DISABLE_COPY_MOVE(Builder)

        Status append(QByteArrayView bytes);
        // The database the bytes make; SQLite reads them only when it is used.
        Result<std::unique_ptr<MemoryJournal>> finish();

    private:
        unsigned char *m_data = nullptr;
        qint64 m_size = 0;
        qint64 m_capacity = 0;
    };

    sqlite3 *handle() const { return m_db; }
    // The database as one file in rollback-journal mode, as a backup is kept; valid until
    // the database changes or this goes.
    QByteArrayView image() const;

    static QString cancelled() { return tr("The copy was cancelled."); }

private:
    MemoryJournal() = default;
    // An empty database in memory that can grow.
    static Result<std::unique_ptr<MemoryJournal>> empty();
    void markRollbackJournal();
    void liftSizeLimit();

    sqlite3 *m_db = nullptr;
};

} // namespace rapport::core::storage
