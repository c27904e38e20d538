#include "Backup.h"

#include "io/BackupFiles.h"
#include "services/Locations.h"
#include "storage/Database.h"
#include "storage/JournalFile.h"
#include "storage/MemoryJournal.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <utility>

namespace rapport::core::io {
namespace {

using storage::JournalFile;
using storage::MemoryJournal;

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// A target that can be written: not a folder, not the journal (renaming over it would
// pull the file from under the open connection), in a folder that exists (made owner-only).
Status prepareTarget(const Database &db, const QString &target)
{
    if (target.trimmed().isEmpty())
        return Error { Backup::tr("Give the name of the file to write the backup to.") };
    const QFileInfo info(target);
    if (info.isDir())
        return Error { Backup::tr("%1 is a folder; give the name of a file to write.").arg(shown(target)) };
    const QFileInfo journal(db.path());
    if (info.absoluteFilePath() == journal.absoluteFilePath()
        || (info.exists() && info.canonicalFilePath() == journal.canonicalFilePath()))
        return Error { Backup::tr("%1 is the journal itself; choose another file for the backup.").arg(shown(target)) };
    return BackupFiles::makePrivateFolder(QFileInfo(target).absolutePath());
}

// The copy of the journal into `temp`, with the backup's own messages.
Status copyJournal(Database &db, const QString &temp, const QString &target, const Progress &progress)
{
    bool cancelled = false;
    const auto pages = [&](qint64 done, qint64 total) {
        cancelled = progress && !progress(done, total);
        return !cancelled;
    };
    if (auto copied = JournalFile::copy(db.handle(), temp, pages); !copied) {
        if (cancelled)
            return Error { Backup::tr("The backup was cancelled.") };
        return Error { Backup::tr("Cannot back up the journal to %1: %2").arg(shown(target), copied.error().message) };
    }
    return {};
}

// The stem that names a journal's rolling backups: "journal" for journal.rapport.
QString stemOf(const QString &journalPath)
{
    return QFileInfo(journalPath).completeBaseName();
}

} // namespace

Status Backup::write(Database &db, const QString &target, const Progress &progress)
{
    if (auto ready = prepareTarget(db, target); !ready)
        return ready;
    BackupFiles::removeStale(target);
    TempFile temp(target);
    if (!temp.created())
        return temp.created();
    if (auto copied = copyJournal(db, temp.path(), target, progress); !copied)
        return copied;
    if (auto placed = BackupFiles::replace(temp.path(), target); !placed)
        return placed;
    temp.release();
    return {};
}

Status Backup::writeEncrypted(
    Database &db, const QString &target, const QByteArray &passphrase, const Progress &progress, KdfCost cost)
{
    if (passphrase.isEmpty())
        return Error { tr("The passphrase is empty.") };
    if (auto ready = prepareTarget(db, target); !ready)
        return ready;
    BackupFiles::removeStale(target);

    // Both halves report in pages, so the bar moves evenly: copied, then sealed.
    qint64 pages = 0;
    bool cancelled = false;
    const auto copying = [&](qint64 done, qint64 total) {
        pages = total;
        cancelled = progress && !progress(done, 2 * total);
        return !cancelled;
    };
    // The plain copy is made in memory, never on disk: a killed backup leaves none.
    auto plain = MemoryJournal::copyOf(db.handle(), copying);
    if (!plain) {
        if (cancelled)
            return Error { tr("The backup was cancelled.") };
        return Error { tr("Cannot back up the journal to %1: %2").arg(shown(target), plain.error().message) };
    }
    TempFile sealed(target);
    if (!sealed.created())
        return sealed.created();
    const auto sealing = [&](qint64 done, qint64 total) {
        const qint64 sealedPages = total > 0 ? done * pages / total : pages;
        return !progress || progress(pages + sealedPages, 2 * pages);
    };
    if (auto encrypted = EncryptedFile::seal((*plain)->image(), sealed.path(), passphrase, cost, sealing); !encrypted) {
        if (encrypted.error().message == EncryptedFile::cancelled())
            return Error { tr("The backup was cancelled.") };
        return encrypted;
    }
    if (auto placed = BackupFiles::replace(sealed.path(), target); !placed)
        return placed;
    sealed.release();
    return {};
}

Result<QString> Backup::rolling(Database &db, const QString &folder, const QDate &today, int keep)
{
    if (!today.isValid())
        return Error { tr("The date of the backup is not valid.") };
    if (auto made = BackupFiles::makePrivateFolder(folder); !made)
        return made.error();
    const QString name = stemOf(db.path()) + u'-' + today.toString(Qt::ISODate) + u'.' + QLatin1String(kJournalSuffix);
    const QString path = QDir(folder).filePath(name);
    QString written;
    if (!QFileInfo::exists(path)) {
        if (auto made = write(db, path); !made)
            return made.error();
        written = path;
    }
    const QStringList all = rollingBackups(folder, db.path());
    for (qsizetype i = std::max(keep, 1); i < all.size(); ++i)
        QFile::remove(all[i]);
    return written;
}

QString Backup::defaultFolder()
{
    return QDir(dataFolder()).filePath(QStringLiteral("backups"));
}

QStringList Backup::rollingBackups(const QString &folder, const QString &journalPath)
{
    const QRegularExpression pattern(u'^' + QRegularExpression::escape(stemOf(journalPath))
        + QStringLiteral("-(\\d{4}-\\d{2}-\\d{2})\\.") + QLatin1String(kJournalSuffix) + u'$');
    std::vector<std::pair<QDate, QString>> found;
    const QDir dir(folder);
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden)) {
        const auto match = pattern.match(name);
        if (!match.hasMatch())
            continue;
        const QDate day = QDate::fromString(match.captured(1), Qt::ISODate);
        if (day.isValid())
            found.emplace_back(day, dir.filePath(name));
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList paths;
    for (const auto &entry : found)
        paths << entry.second;
    return paths;
}

bool Backup::isEncrypted(const QString &path)
{
    return EncryptedFile::hasMagic(path);
}

} // namespace rapport::core::io
