#pragma once

#include "Journal.h"
#include "storage/ColleagueRepository.h"
#include "storage/InteractionQueries.h"

namespace rapport::core {

using InteractionFilter = storage::InteractionFilter;
using InteractionListRow = storage::InteractionListRow;
using InteractionKey = storage::InteractionKey;

// The reads behind the Journal page, so that the widgets reach the journal through
// services rather than storage.
class JournalQuery final
{
public:
    explicit JournalQuery(Journal &journal) : m_journal(journal), m_queries(journal.database()) {}

    // Newest first; pass the key of the last row read to continue after it.
    Result<QList<InteractionListRow>> page(const InteractionFilter &filter, std::optional<InteractionKey> after,
                                           int limit)
    {
        return m_queries.page(filter, after, limit);
    }
    // nullopt when counting would mean reading every matching interaction.
    Result<std::optional<qint64>> countIfCheap(const InteractionFilter &filter) { return m_queries.countIfCheap(filter); }
    // Every colleague by name, archived ones included (old entries still name them).
    Result<QList<storage::ColleagueRef>> colleagues();

private:
    Journal &m_journal;
    storage::InteractionQueries m_queries;
};

} // namespace rapport::core
