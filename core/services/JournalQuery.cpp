#include "JournalQuery.h"

namespace rapport::core {

Result<QList<storage::ColleagueRef>> JournalQuery::colleagues()
{
    auto all = m_journal.repositories().colleagues.list(true);
    if (!all)
        return all.error();
    QList<storage::ColleagueRef> refs;
    refs.reserve(all->size());
    for (const Colleague &c : std::as_const(*all))
        refs.append({c.id, c.name, c.archived});
    return refs;
}

} // namespace rapport::core
