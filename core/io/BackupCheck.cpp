#include "BackupCheck.h"

#include "storage/JournalFile.h"
#include "storage/MemoryJournal.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace rapport::core::io {

Status BackupCheck::check(const QString &backupPath)
{
    if (!QFileInfo(backupPath).isFile())
        return Error { tr("There is no backup at %1.").arg(backupPath) };
    auto memory = storage::MemoryJournal::readFile(backupPath, {});
    if (!memory)
        return memory.error();
    return storage::JournalFile::checkRestorable((*memory)->handle());
}

QDate BackupCheck::rollingDay(const QString &backupPath)
{
    static const QRegularExpression pattern(QStringLiteral("-(\\d{4}-\\d{2}-\\d{2})\\.rapport$"));
    const auto match = pattern.match(QFileInfo(backupPath).fileName());
    return match.hasMatch() ? QDate::fromString(match.captured(1), Qt::ISODate) : QDate();
}

} // namespace rapport::core::io
