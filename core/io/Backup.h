#pragma once

#include "domain/Result.h"
#include "io/EncryptedFile.h"
#include "io/Transfer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace rapport::core {
class Database;
}

namespace rapport::core::io {

// Backups of the journal (DESIGN.md section 7): made with SQLite's backup API, never by
// copying the live file, optionally sealed with a passphrase (EncryptedFile.h), and
// restored only after the backup was checked.
class Backup final
{
    Q_DECLARE_TR_FUNCTIONS(Backup)

public:
    // A consistent copy of the open journal through sqlite3_backup_* (256 pages per step,
    // Progress in pages, cancel between steps), written to a temporary file beside
    // `target` and renamed into place, owner-only (0600). A missing folder is created
    // owner-only (0700). The copy is one self-contained file (rollback-journal mode).
    // Staging files that killed runs left beside `target` are removed first.
    static Status write(Database &db, const QString &target, const Progress &progress = {});
    // The same, sealed with `passphrase`. The plain copy is made in memory (about the
    // journal's size) and sealed from there: nothing of it is ever written to disk, so a
    // killed backup leaves at most part of the sealed file, hidden beside `target` and
    // removed by the next backup there. Progress counts the pages twice: once copied, once
    // sealed.
    static Status writeEncrypted(Database &db, const QString &target, const QByteArray &passphrase,
        const Progress &progress = {}, KdfCost cost = KdfCost::Moderate);

    // Daily rolling backups of the journal at db.path() in `folder` (created 0700):
    // "<journal file stem>-YYYY-MM-DD.rapport"; writes today's when missing and keeps
    // the newest `keep` of this journal (never touches other files). Returns the path
    // written, or an empty string when today's was there already.
    static Result<QString> rolling(Database &db, const QString &folder, const QDate &today, int keep = 7);
    static QString defaultFolder(); // dataFolder()/backups
    // The rolling backups of the journal at `journalPath` in `folder`, newest first.
    static QStringList rollingBackups(const QString &folder, const QString &journalPath);
    static bool isEncrypted(const QString &path); // by its magic header

    // Reads the backup into memory (about the journal's size; an encrypted one is
    // decrypted there, so no plain copy of it is ever written to disk) and checks it there
    // as `rapport-cli check` would, never trusting it: PRAGMA integrity_check and
    // foreign_key_check clean, a Rapport journal whose structure is the one Rapport makes
    // for its format and whose format this version can open (older ones are migrated when
    // opened later; newer refused), derived figures that match the entries. Only then is it
    // written into the journal at `journalPath` with SQLite's backup API, in one
    // transaction, never by replacing the file: the journal may be open here or in another
    // program, which then reads the restored journal and loses no write made after it.
    // Under the same write lock the journal as it was (when there was one) is first kept
    // in `keepFolder` ("<stem>-before-restore-YYYY-MM-DD-HHMMSS.rapport"), so no write can
    // fall between that copy and the restore. Returns the path of the kept journal (empty
    // when there was none). Any failure or cancel leaves the journal as it was and keeps
    // nothing. Progress runs from 0 to 3,000: the backup read, checked, the journal kept
    // and written. Staging files that killed runs left are removed first.
    static Result<QString> restore(const QString &backupPath, const QString &journalPath, const QByteArray &passphrase,
        const QString &keepFolder, const QDateTime &now, const Progress &progress = {});
};

} // namespace rapport::core::io
