#include "BackupFiles.h"

#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QTemporaryFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rapport::core::io {
namespace {

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
}

TempFile::~TempFile()
{
    if (m_path.isEmpty())
        return;
    for (const char *suffix : { "", "-journal", "-wal", "-shm" })
        QFile::remove(m_path + QLatin1String(suffix));
}

} // namespace rapport::core::io
