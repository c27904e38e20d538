#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

class QRegularExpression;

namespace rapport::core::io {

// The file work behind backups and restore: private temporary files beside their
// target, owner-only folders, and putting a finished file in place atomically.
class BackupFiles final
{
    Q_DECLARE_TR_FUNCTIONS(BackupFiles)

public:
    // Creates every missing folder on the way to `folder` owner-only (0700), whatever
    // the umask; folders that exist are left as they are.
    static Status makePrivateFolder(const QString &folder);
    // Renames `from` over `to` (one atomic step on the same file system) and makes the
    // rename durable.
    static Status replace(const QString &from, const QString &to);
    // Flushes a file's data to the disk.
    static Status sync(const QString &path);
    // Removes what killed runs left in `folder`: TempFile's hidden staging files beside a
    // target whose name matches `targetNames` (".NAME.XXXXXX", and any -journal, -wal or
    // -shm SQLite made beside one), when older than this process and held by no running
    // one. Nothing else is touched.
    static void removeStale(const QString &folder, const QRegularExpression &targetNames);
    // The same for the staging files beside `target`.
    static void removeStale(const QString &target);
};

// A new, empty, owner-only (0600) file with a hidden name beside `beside`, removed when
// this goes (with any -journal, -wal or -shm SQLite left beside it) unless released. It
// is locked (flock) while this lives, so BackupFiles::removeStale leaves it alone.
class TempFile final
{
public:
    explicit TempFile(const QString &beside);
    ~TempFile();
    Q_DISABLE_COPY_MOVE(TempFile)

    // Whether the file could be made, and why not.
    const Status &created() const { return m_created; }
    const QString &path() const { return m_path; }
    // After the file was renamed into place: nothing is left to remove.
    void release();

private:
    QString m_path;
    Status m_created;
    int m_lock = -1;
};

} // namespace rapport::core::io
