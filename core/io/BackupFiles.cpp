#include "BackupFiles.h"

#include "storage/Database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>
#include <QTemporaryFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rapport::core::io {
namespace {

// Staging files modified before this moment cannot be this process's own.
const QDateTime kProcessStarted = QDateTime::currentDateTimeUtc();

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// fsync on a file or folder by path.
bool syncPath(const QString &path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

} // namespace

Status BackupFiles::makePrivateFolder(const QString &folder)
{
    if (auto made = Database::makePrivateFolders(folder); !made)
        return made;
    if (!QFileInfo(folder).isDir())
        return Error { tr("%1 is not a folder.").arg(QDir::toNativeSeparators(folder)) };
    return {};
}

Status BackupFiles::replace(const QString &from, const QString &to)
{
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return Error { tr("Cannot put %1 in place: %2").arg(QDir::toNativeSeparators(to), systemError()) };
    // The new name survives a power cut only once its folder is on disk too.
    syncPath(QFileInfo(to).absolutePath(), O_RDONLY | O_DIRECTORY);
    return {};
}

Status BackupFiles::sync(const QString &path)
{
    if (!syncPath(path, O_RDONLY))
        return Error { tr("Cannot write %1 to the disk: %2").arg(QDir::toNativeSeparators(path), systemError()) };
    return {};
}

void BackupFiles::removeStale(const QString &folder, const QRegularExpression &targetNames)
{
    const QRegularExpression staging(
        QStringLiteral("^\\.(?:%1)\\.[A-Za-z0-9]{6}(?<sqlite>-journal|-wal|-shm)?$").arg(targetNames.pattern()));
    const QDir dir(folder);
    for (const QFileInfo &file : dir.entryInfoList(QDir::Files | QDir::Hidden | QDir::System)) {
        const auto match = staging.match(file.fileName());
        if (!match.hasMatch() || file.lastModified().toUTC() >= kProcessStarted)
            continue;
        const QString path = file.absoluteFilePath();
        if (const qsizetype suffix = match.capturedLength(u"sqlite"); suffix > 0) {
            // SQLite's file beside a staging file that is gone.
            if (!QFileInfo::exists(path.chopped(suffix)))
                QFile::remove(path);
            continue;
        }
        // A run that is still going holds its lock.
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
        if (fd < 0)
            continue;
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0) {
            for (const char *suffix : { "", "-journal", "-wal", "-shm" })
                QFile::remove(path + QLatin1String(suffix));
        }
        ::close(fd);
    }
}

void BackupFiles::removeStale(const QString &target)
{
    const QFileInfo info(target);
    removeStale(info.absolutePath(), QRegularExpression(QRegularExpression::escape(info.fileName())));
}

TempFile::TempFile(const QString &beside)
{
    const QFileInfo target(beside);
    QTemporaryFile file(target.absoluteDir().filePath(u'.' + target.fileName() + QStringLiteral(".XXXXXX")));
    file.setAutoRemove(false);
    // QTemporaryFile creates its file 0600, whatever the umask.
    if (!file.open()) {
        m_created = Error { BackupFiles::tr("Cannot write in %1: %2")
                                .arg(QDir::toNativeSeparators(target.absolutePath()), file.errorString()) };
        return;
    }
    m_path = file.fileName();
    m_lock = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_CLOEXEC);
    if (m_lock >= 0)
        ::flock(m_lock, LOCK_EX | LOCK_NB);
}

TempFile::~TempFile()
{
    if (!m_path.isEmpty()) {
        for (const char *suffix : { "", "-journal", "-wal", "-shm" })
            QFile::remove(m_path + QLatin1String(suffix));
    }
    release();
}

void TempFile::release()
{
    m_path.clear();
    if (m_lock >= 0)
        ::close(m_lock);
    m_lock = -1;
}

} // namespace rapport::core::io
