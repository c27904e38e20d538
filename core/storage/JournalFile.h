#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

struct sqlite3;

namespace rapport::core::storage {

// Whole journal files through SQLite: copies made with its backup API, which are
// consistent even while a write-ahead log holds committed rows (a copy of the file would
// lose them), checks of journals that come from outside and are not trusted, and restores
// written into the journal in place.
class JournalFile final
{
    Q_DECLARE_TR_FUNCTIONS(JournalFile)

public:
    // Pages copied of pages in all; returning false cancels the copy.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    // Keeps a copy of the journal, read through `journal`, before a restore writes over it.
    using Keep = std::function<Status(sqlite3 *journal)>;

    // Copies the database open on `source` into `target`, an existing empty file, a few
    // hundred pages per step. The copy is left in rollback-journal mode, so it is one
    // self-contained file. On failure or cancel `target` holds nothing of use (the caller
    // removes it).
    static Status copy(sqlite3 *source, const QString &target, const Progress &progress);

    // Why the database open on `db` (a private copy: it may be written to) cannot become
    // the journal: not an SQLite database, not a Rapport journal, a newer journal format,
    // a structure that is not the one Rapport made for its format, PRAGMA integrity_check
    // or foreign_key_check not clean, or derived tables that differ from the entries (what
    // `rapport-cli check` finds). Success when it can.
    static Status checkRestorable(sqlite3 *db);

    // Writes the database open on `source` into the journal at `journalPath` (created
    // owner-only when missing) with the backup API, never by replacing the file, so that
    // programs that have the journal open read the restored one next and lose nothing they
    // write after it. The first step takes the journal's write lock, waiting up to 10 s for
    // another program's write; while it is held, `keep` gets a second connection that
    // reads the journal as it is, so no write lands between that copy and the restore. The
    // pages are then written and committed as one transaction: an error, or a cancel
    // through `progress` (pages written), leaves the journal as it was. A journal with a
    // write-ahead log takes only a backup of its own page size.
    static Status restore(sqlite3 *source, const QString &journalPath, const Keep &keep, const Progress &progress);

    static QString cancelled() { return tr("The copy was cancelled."); }
};

} // namespace rapport::core::storage
