#pragma once

#include "Transfer.h"
#include "domain/Result.h"
#include "services/Journal.h"
#include "storage/JournalReader.h"

#include <QCoreApplication>

namespace rapport::core::io {

struct ImportSummary
{
    storage::JournalCounts added; // records written, by kind
    bool merged = false; // into a journal that had records: new ids, references remapped
};

// Reads a rapport-journal file (DESIGN.md section 7) into a journal, in three passes over
// the file, so that its size does not matter: the structure (well-formed JSON, format,
// version, where each list is), then every record parsed and validated with the core
// Validator and every reference checked against the file's own ids, then everything
// written in one transaction. Into an empty journal the records keep their ids, so an
// export imported there exports again to the same text; into one with records they get
// new ids and the references follow. Fields the format does not know are ignored; a newer
// version is refused. A bad file changes nothing, and the error names the file and the
// line and column (syntax) or the record ("interactions[41]"), the field and its line.
// The import is not undoable; the undo stack is cleared, since no command of it may
// refer to ids the import has taken.
class JsonImport final
{
    Q_DECLARE_TR_FUNCTIONS(JsonImport)

public:
    static Result<ImportSummary> read(Journal &journal, const QString &path, const Progress &progress = {});

    // Limits against hostile files; real ones are far smaller.
    static constexpr qint64 kMaxFileBytes = qint64(4) << 30;
    static constexpr qint64 kMaxRecords = 20'000'000; // in each list
    static constexpr int kMaxDepth = 16;
};

} // namespace rapport::core::io
