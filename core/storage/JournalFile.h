#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

struct sqlite3;

namespace rapport::core::storage {

// Whole journal files through SQLite: copies made with its backup API, which are
// consistent even while a write-ahead log holds committed rows (a copy of the file would
// lose them), and checks of files that come from outside and are not trusted.
class JournalFile final
{
    Q_DECLARE_TR_FUNCTIONS(JournalFile)

public:
    // Pages copied of pages in all; returning false cancels the copy.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    enum class Access {
        ReadOnly, // a file given to restore: nothing is written to it
        Exclusive, // a journal about to be replaced: refused while another connection has it
    };

    // Copies the database open on `source` into `target`, an existing empty file, a few
    // hundred pages per step. The copy is left in rollback-journal mode, so it is one
    // self-contained file. On failure or cancel `target` holds nothing of use (the caller
    // removes it).
    static Status copy(sqlite3 *source, const QString &target, const Progress &progress);
    // The same from the database file at `source`; read-only, it reads an existing -wal
    // beside it and otherwise opens it immutable, leaving nothing beside it.
    static Status copyFile(const QString &source, Access access, const QString &target, const Progress &progress);

    // Why the file at `path` (a private copy: it may be written to) cannot become the
    // journal: not an SQLite database, not a Rapport journal, a newer journal format, a
    // structure that is not the one Rapport made for its format, PRAGMA integrity_check
    // or foreign_key_check not clean. Success when it can.
    static Status checkRestorable(const QString &path);

    static QString cancelled() { return tr("The copy was cancelled."); }
};

} // namespace rapport::core::storage
