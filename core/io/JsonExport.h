#pragma once

#include "Transfer.h"
#include "domain/Clock.h"
#include "domain/Result.h"
#include "storage/Database.h"

#include <QCoreApplication>

class QIODevice;

namespace rapport::core::io {

// The whole journal as a rapport-journal file, version 1 (DESIGN.md section 7): records
// by id, dates YYYY-MM-DD, times HH:MM, enumerations by key, empty optional fields null,
// exported_at from `clock` with its UTC offset. Written as it is read, so a journal of a
// million interactions takes a fixed amount of memory; the same journal gives the same
// text but for exported_at.
class JsonExport final
{
    Q_DECLARE_TR_FUNCTIONS(JsonExport)

public:
    // Writes to an open device. On an error or a cancel, the device holds a partial file.
    static Status write(Database &db, QIODevice &device, const Clock &clock, const Progress &progress = {});
    // Writes the file at `path` through a temporary one that replaces it only when whole:
    // a failed or cancelled export leaves no file, and an existing one as it was. A new
    // file is owner-only (0600), like the journal itself.
    static Status writeFile(Database &db, const QString &path, const Clock &clock, const Progress &progress = {});

    // "2026-11-21T09:30:00+01:00": ISO 8601 with the offset written out.
    static QString timestamp(const QDateTime &when);
};

} // namespace rapport::core::io
