#pragma once

#include "Database.h"
#include "domain/Records.h"

#include <memory>
#include <optional>

namespace rapport::core::storage {

class BulkWriter;

// Writes imported interactions, thanks and promises, the entries that come by the ten or
// hundred thousand, on SQLite's own API inside the caller's transaction (through the
// repositories, each row would prepare its statement again). Other records go through the
// repositories.
class ImportWriter final
{
public:
    explicit ImportWriter(Database &db);
    ~ImportWriter();
    ImportWriter(const ImportWriter &) = delete;
    ImportWriter &operator=(const ImportWriter &) = delete;

    Status ready() const;

    // Around the writes of a large import, inside its transaction. For an empty journal the
    // secondary indexes and triggers go while the rows go in and come back afterwards,
    // with contact days and daily counts rebuilt from the entries (as BulkWriter does for
    // generated journals): far quicker than keeping a dozen B-trees in step row by row.
    // Into a journal with records the triggers keep everything, as for any write. Either
    // way the page cache is larger meanwhile, within the memory a command may use, and the
    // schema's CHECK constraints rest: the import has validated every value already, and
    // their IN lists cost an ephemeral table a row.
    Status beginWrites(bool emptyJournal);
    Status endWrites();
    // With the record's id when it is set, else a new one; returns the id written.
    Result<Id> insert(const Interaction &interaction);
    Result<Id> insert(const Gratitude &gratitude);
    Result<Id> insert(const Commitment &commitment);

private:
    struct Statements;
    Database &m_db;
    std::unique_ptr<Statements> m_s;
    std::unique_ptr<BulkWriter> m_bulk;
    std::optional<qint64> m_cacheSize; // to restore, while writes are under way
};

} // namespace rapport::core::storage
