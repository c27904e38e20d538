#pragma once

#include "Journal.h"
#include "storage/ReflectionQueries.h"

namespace rapport::core {

using ReflectionSort = storage::ReflectionSort;
using ReflectionKey = storage::ListKey;

// The reads behind the Reflection page, so that the widgets reach the journal through
// services rather than storage.
class ReflectionQuery final
{
public:
    explicit ReflectionQuery(Journal &journal) : m_journal(journal), m_queries(journal.database()) {}

    // In the sort's order (newest first by default); pass the key of the last row read to
    // continue after it. `text` matches the prompt or the entry.
    Result<QList<Reflection>> page(const QString &text, std::optional<ReflectionKey> after, int limit,
                                   const ReflectionSort &sort = {})
    {
        return m_queries.page(text, after, limit, sort);
    }
    Result<AboutMe> aboutMe() { return m_journal.repositories().reflections.aboutMe(); }
    // How many relationships the user keeps a cadence for, against the capacity above.
    Result<int> cadencedColleagues() { return m_queries.cadencedColleagues(); }

private:
    Journal &m_journal;
    storage::ReflectionQueries m_queries;
};

} // namespace rapport::core
