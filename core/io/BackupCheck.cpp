#include "BackupCheck.h"

#include "io/BackupFiles.h"
#include "storage/JournalFile.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace rapport::core::io {

Status BackupCheck::check(const QString &backupPath)
{
    if (!QFileInfo(backupPath).isFile())
        return Error { tr("There is no backup at %1.").arg(backupPath) };
    TempFile copy(backupPath);
    if (!copy.created())
        return copy.created().error();
    if (auto copied = storage::JournalFile::copyFile(backupPath, storage::JournalFile::Access::ReadOnly, copy.path(), {});
        !copied)
        return copied;
    return storage::JournalFile::checkRestorable(copy.path());
}

QDate BackupCheck::rollingDay(const QString &backupPath)
{
    static const QRegularExpression pattern(QStringLiteral("-(\\d{4}-\\d{2}-\\d{2})\\.rapport$"));
    const auto match = pattern.match(QFileInfo(backupPath).fileName());
    return match.hasMatch() ? QDate::fromString(match.captured(1), Qt::ISODate) : QDate();
}

} // namespace rapport::core::io
