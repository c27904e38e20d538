#include "Locations.h"

#include <QDir>
#include <QStandardPaths>

namespace rapport::core {

QString dataFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).filePath(QStringLiteral("rapport"));
}

QString defaultJournalPath()
{
    return QDir(dataFolder()).filePath(QStringLiteral("journal.") + QLatin1String(kJournalSuffix));
}

} // namespace rapport::core
