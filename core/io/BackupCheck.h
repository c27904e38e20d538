#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace rapport::core::io {

// Whether a plain backup could be restored, without restoring it: the same checks a
// restore runs first (Backup::restore), on a copy in memory.
class BackupCheck final
{
    Q_DECLARE_TR_FUNCTIONS(BackupCheck)

public:
    static Status check(const QString &backupPath);
    // The day in a rolling backup's name ("<stem>-YYYY-MM-DD.rapport"); invalid otherwise.
    static QDate rollingDay(const QString &backupPath);
};

} // namespace rapport::core::io
