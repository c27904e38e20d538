#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <utility>

class QIODevice;

namespace rapport::core::io {

// Writes export files safely: each through a temporary file beside it that replaces the
// real one only when everything was written, so a failed or cancelled export leaves no
// half-written file and an existing one as it was. A new file is owner-only (0600):
// an export holds the same private notes as the journal.
class ExportFile final
{
    Q_DECLARE_TR_FUNCTIONS(ExportFile)

public:
    using Writer = std::function<Status(QIODevice &device)>;

    static Status save(const QString &path, const Writer &write);
    // Several files, all or none: they replace their targets only once every one is whole.
    static Status saveAll(const QList<std::pair<QString, Writer>> &files);
};

} // namespace rapport::core::io
