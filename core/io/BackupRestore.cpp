// Backup::restore: a backup is input from outside. It is read into a private staging
// file beside the journal, checked whole, and only then does the journal it replaces get
// kept and the staging file take its place, in one rename.

#include "Backup.h"
#include "io/BackupFiles.h"
#include "io/EncryptedFile.h"
#include "storage/JournalFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace rapport::core::io {
namespace {

using storage::JournalFile;

// The parts of the progress from 0 to kSteps: reading the backup, checking it, keeping
// the journal it replaces.
constexpr qint64 kPart = 1'000;
constexpr qint64 kSteps = 3 * kPart;
constexpr char kSqliteMagic[] = "SQLite format 3";

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Reports one part's progress as its share of the whole and remembers a cancel.
class Parts final
{
public:
    explicit Parts(const Progress &progress)
        : m_progress(progress)
    {
    }

    bool cancelled() const { return m_cancelled; }
    bool report(qint64 value)
    {
        m_cancelled = m_cancelled || (m_progress && !m_progress(value, kSteps));
        return !m_cancelled;
    }
    // A Progress for part `index` (0, 1, 2) that maps its done/total into the part.
    Progress part(int index)
    {
        return [this, index](qint64 done, qint64 total) {
            return report(index * kPart + (total > 0 ? done * kPart / total : kPart));
        };
    }

private:
    const Progress &m_progress;
    bool m_cancelled = false;
};

// Quick refusals that need no SQLite: an empty file, or one that is neither kind of backup.
Status checkShape(const QString &backupPath, bool encrypted)
{
    if (QFileInfo(backupPath).size() == 0)
        return Error { Backup::tr("The file is empty.") };
    if (encrypted)
        return {};
    QFile file(backupPath);
    if (!file.open(QIODevice::ReadOnly))
        return Error { Backup::tr("Cannot read it: %1.").arg(file.errorString()) };
    if (file.read(sizeof kSqliteMagic) != QByteArray(kSqliteMagic, sizeof kSqliteMagic))
        return Error { Backup::tr("This is not a Rapport backup: it is neither a journal nor an encrypted backup.") };
    return {};
}

// "<stem>-before-restore-YYYY-MM-DD-HHMMSS.rapport" in `folder`, with "-2", "-3" ... when
// one of that second is there already.
QString keptName(const QString &journalPath, const QString &folder, const QDateTime &now)
{
    const QString base = QFileInfo(journalPath).completeBaseName() + QStringLiteral("-before-restore-")
        + now.toString(QStringLiteral("yyyy-MM-dd-HHmmss"));
    const QString suffix = QStringLiteral(".rapport");
    QString path = QDir(folder).filePath(base + suffix);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(folder).filePath(base + u'-' + QString::number(n) + suffix);
    return path;
}

// The journal at `journalPath` copied through SQLite into `folder`; refused while it is open.
Result<QString> keepJournal(const QString &journalPath, const QString &folder, const QDateTime &now,
    const Progress &progress, const Parts &parts)
{
    const auto fail = [&](const QString &why) {
        return Error { Backup::tr("Cannot keep the journal %1 before restoring: %2").arg(shown(journalPath), why) };
    };
    if (auto made = BackupFiles::makePrivateFolder(folder); !made)
        return fail(made.error().message);
    const QString kept = keptName(journalPath, folder, now);
    TempFile temp(kept);
    if (!temp.created())
        return fail(temp.created().error().message);
    if (auto copied = JournalFile::copyFile(journalPath, JournalFile::Access::Exclusive, temp.path(), progress);
        !copied) {
        if (parts.cancelled())
            return Error { Backup::tr("The restore was cancelled; the journal was left as it was.") };
        return fail(copied.error().message);
    }
    if (auto placed = BackupFiles::replace(temp.path(), kept); !placed)
        return fail(placed.error().message);
    temp.release();
    return kept;
}

} // namespace

Result<QString> Backup::restore(const QString &backupPath, const QString &journalPath, const QByteArray &passphrase,
    const QString &keepFolder, const QDateTime &now, const Progress &progress)
{
    const QString journal = QFileInfo(journalPath).absoluteFilePath();
    const auto refuse = [&](const QString &why) { return Error { tr("%1: %2").arg(shown(backupPath), why) }; };
    const auto cancelled = [] { return Error { tr("The restore was cancelled; the journal was left as it was.") }; };
    if (QFileInfo(journal).isDir())
        return Error { tr("%1 is a folder, not a journal.").arg(shown(journal)) };
    const QFileInfo backup(backupPath);
    if (!backup.exists())
        return Error { tr("There is no backup at %1.").arg(shown(backupPath)) };
    if (backup.isDir())
        return Error { tr("%1 is a folder, not a backup.").arg(shown(backupPath)) };
    const bool encrypted = isEncrypted(backupPath);
    if (auto shape = checkShape(backupPath, encrypted); !shape)
        return refuse(shape.error().message);
    if (backup.canonicalFilePath() == QFileInfo(journal).canonicalFilePath())
        return Error { tr("%1 is the journal itself; restore from a backup of it.").arg(shown(backupPath)) };
    if (encrypted && passphrase.isEmpty())
        return refuse(tr("This backup is encrypted; give the passphrase it was made with."));

    // 1. The backup, read into a private file beside the journal.
    if (auto made = BackupFiles::makePrivateFolder(QFileInfo(journal).absolutePath()); !made)
        return made.error();
    TempFile staging(journal);
    if (!staging.created())
        return staging.created().error();
    Parts parts(progress);
    if (encrypted) {
        if (auto opened = EncryptedFile::open(backupPath, staging.path(), passphrase, parts.part(0)); !opened)
            return parts.cancelled() ? cancelled() : refuse(opened.error().message);
    } else if (auto copied
               = JournalFile::copyFile(backupPath, JournalFile::Access::ReadOnly, staging.path(), parts.part(0));
               !copied) {
        return parts.cancelled() ? cancelled()
                                 : refuse(tr("It is damaged or not a journal: %1.").arg(copied.error().message));
    }

    // 2. Checked whole, before anything of the journal changes.
    if (auto restorable = JournalFile::checkRestorable(staging.path()); !restorable)
        return refuse(restorable.error().message);
    if (auto synced = BackupFiles::sync(staging.path()); !synced)
        return synced.error();
    if (!parts.report(2 * kPart))
        return cancelled();

    // 3. The journal it replaces, kept; then the restored one in its place.
    QString kept;
    if (QFileInfo::exists(journal)) {
        auto keptPath = keepJournal(journal, keepFolder, now, parts.part(2), parts);
        if (!keptPath)
            return keptPath.error();
        kept = *keptPath;
    }
    // The kept copy holds everything of the old write-ahead log, which must not be
    // replayed into the restored journal.
    for (const char *suffix : { "-wal", "-shm", "-journal" })
        QFile::remove(journal + QLatin1String(suffix));
    if (auto placed = BackupFiles::replace(staging.path(), journal); !placed)
        return placed.error();
    staging.release();
    parts.report(kSteps);
    return kept;
}

} // namespace rapport::core::io
