#include "PromisesOverview.h"

namespace rapport::core {
namespace {

Result<ReliabilityWindow> window(storage::CommitmentQueries &queries, const QDate &first, const QDate &last)
{
    auto counts = queries.closedMine(toDay(first), toDay(last));
    if (!counts)
        return counts.error();
    return ReliabilityWindow{first, last, counts->keptOnTime, counts->closed};
}

} // namespace

Result<PromiseReliability> reliability(Database &db, const QDate &today)
{
    storage::CommitmentQueries queries(db);
    const QDate monthFirst(today.year(), today.month(), 1);
    auto month = window(queries, monthFirst, today);
    if (!month)
        return month.error();
    auto year = window(queries, monthFirst.addMonths(-11), today);
    if (!year)
        return year.error();
    return PromiseReliability{*month, *year};
}

Result<QList<storage::ColleagueRef>> PromisesOverview::colleagues()
{
    auto all = m_journal.repositories().colleagues.list(false);
    if (!all)
        return all.error();
    QList<storage::ColleagueRef> refs;
    refs.reserve(all->size());
    for (const Colleague &c : std::as_const(*all))
        refs.append({c.id, c.name, c.archived});
    return refs;
}

} // namespace rapport::core
