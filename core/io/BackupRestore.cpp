// Backup::restore: a backup is input from outside. It is read into memory (decrypted
// there when sealed), checked whole, and only then written into the journal with the
// backup API, after the journal as it was has been kept under the same write lock.

#include "Backup.h"
#include "io/BackupFiles.h"
#include "io/EncryptedFile.h"
#include "storage/JournalFile.h"
#include "storage/MemoryJournal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace rapport::core::io {
namespace {

using storage::JournalFile;
using storage::MemoryJournal;

// The parts of the progress from 0 to kSteps: reading the backup, checking it, keeping
// the journal it replaces (the first half of the last part) and writing it.
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
    // A Progress that maps its done/total into [from, from + length).
    Progress range(qint64 from, qint64 length)
    {
        return [this, from, length](
                   qint64 done, qint64 total) { return report(from + (total > 0 ? done * length / total : length)); };
    }
    Progress part(int index) { return range(index * kPart, kPart); }

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

// The names keptName gives, for removing what killed restores left in the keep folder.
QRegularExpression keptNames(const QString &journalPath)
{
    return QRegularExpression(QRegularExpression::escape(QFileInfo(journalPath).completeBaseName())
        + QStringLiteral("-before-restore-\\d{4}-\\d{2}-\\d{2}-\\d{6}(?:-\\d+)?\\.rapport"));
}

// The journal, read through `journal`, copied into `folder`: its path.
Result<QString> keepJournal(sqlite3 *journal, const QString &journalPath, const QString &folder, const QDateTime &now,
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
    if (auto copied = JournalFile::copy(journal, temp.path(), progress); !copied) {
        if (parts.cancelled())
            return Error { Backup::tr("The restore was cancelled; the journal was left as it was.") };
        return fail(copied.error().message);
    }
    if (auto placed = BackupFiles::replace(temp.path(), kept); !placed)
        return fail(placed.error().message);
    temp.release();
    return kept;
}

// The backup in memory: decrypted there when sealed, so no plain copy reaches the disk.
Result<std::unique_ptr<MemoryJournal>> readBackup(
    const QString &backupPath, bool encrypted, const QByteArray &passphrase, const Progress &progress)
{
    if (!encrypted)
        return MemoryJournal::readFile(backupPath, progress);
    MemoryJournal::Builder plain;
    if (auto opened = EncryptedFile::open(
            backupPath, passphrase, [&plain](QByteArrayView bytes) { return plain.append(bytes); }, progress);
        !opened)
        return opened.error();
    return plain.finish();
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
    // Earlier versions staged a restore beside the journal; killed runs may have left some.
    BackupFiles::removeStale(journal);
    BackupFiles::removeStale(keepFolder, keptNames(journal));

    // 1. The backup, read into memory.
    Parts parts(progress);
    auto memory = readBackup(backupPath, encrypted, passphrase, parts.part(0));
    if (!memory) {
        if (parts.cancelled())
            return cancelled();
        return refuse(
            encrypted ? memory.error().message : tr("It is damaged or not a journal: %1.").arg(memory.error().message));
    }

    // 2. Checked whole, before anything of the journal changes.
    if (auto restorable = JournalFile::checkRestorable((*memory)->handle()); !restorable)
        return refuse(restorable.error().message);
    if (!parts.report(2 * kPart))
        return cancelled();

    // 3. Under the journal's write lock: the journal as it is kept, then the backup written.
    if (auto made = BackupFiles::makePrivateFolder(QFileInfo(journal).absolutePath()); !made)
        return made.error();
    QString kept;
    bool keepFailed = false;
    const auto keep = [&](sqlite3 *current) -> Status {
        auto keptPath = keepJournal(current, journal, keepFolder, now, parts.range(2 * kPart, kPart / 2), parts);
        keepFailed = !keptPath;
        if (!keptPath)
            return keptPath.error();
        kept = *keptPath;
        return {};
    };
    const Status written
        = JournalFile::restore((*memory)->handle(), journal, keep, parts.range(2 * kPart + kPart / 2, kPart / 2));
    if (!written) {
        // The journal is as it was: a copy of it would only be in the way.
        if (!kept.isEmpty())
            QFile::remove(kept);
        if (parts.cancelled())
            return cancelled();
        if (keepFailed)
            return written.error();
        return Error { tr("Cannot restore into the journal %1: %2").arg(shown(journal), written.error().message) };
    }
    parts.report(kSteps);
    return kept;
}

} // namespace rapport::core::io
