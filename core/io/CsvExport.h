#pragma once

#include "Transfer.h"
#include "domain/Result.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class QIODevice;

namespace rapport::core::io {

// The lists a CSV export writes, one file each.
enum class CsvList { Colleagues, Interactions, Gratitude, Commitments, FollowUps, Facts, Reflections };

// Each list of the journal as CSV (RFC 4180, UTF-8, a header row; see CsvWriter for the
// neutralisation of cells that begin like a formula), for spreadsheets. Columns are named
// after the JSON format's fields; records that name colleagues carry their names too, and
// a list of several values (tags, participants, earlier due dates) is one cell joined
// with "; ". Written as it is read, by id.
class CsvExport final
{
    Q_DECLARE_TR_FUNCTIONS(CsvExport)

public:
    // "colleagues", "interactions", "gratitude", "commitments", "follow_ups", "facts", "reflections".
    static QString key(CsvList list);
    static std::optional<CsvList> fromKey(QStringView key);
    static QStringList keys();
    // The header row of a list.
    static QStringList columns(CsvList list);

    static Status write(Database &db, CsvList list, QIODevice &device, const Progress &progress = {});
    // Through a temporary file, owner-only; nothing is left on an error or a cancel.
    static Status writeFile(Database &db, CsvList list, const QString &path, const Progress &progress = {});
    // Every list into `folder` (made when missing) as KEY.csv: all files or none.
    static Status writeFolder(Database &db, const QString &folder, const Progress &progress = {});
};

} // namespace rapport::core::io
