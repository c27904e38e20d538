#include "GratitudeOverview.h"

#include "JournalQuery.h"

namespace rapport::core {

Result<std::vector<ThankPrompt>> unthankedHelp(Database &db, const QDate &today)
{
    storage::GratitudeQueries queries(db);
    const auto rows = queries.unthankedHelp(toDay(today.addDays(1 - kThankWindowDays)), toDay(today));
    if (!rows)
        return rows.error();
    std::vector<ThankPrompt> prompts;
    prompts.reserve(rows->size());
    for (const auto &row : *rows)
        prompts.push_back({row.colleagueId, row.name, fromDay(row.helpedOn)});
    return prompts;
}

Result<GratitudeCounts> monthCounts(Database &db, const QDate &today)
{
    storage::GratitudeQueries queries(db);
    return queries.counts(toDay(QDate(today.year(), today.month(), 1)), toDay(today));
}

Result<QList<storage::ColleagueRef>> GratitudeQuery::colleagues()
{
    return JournalQuery(m_journal).colleagues();
}

} // namespace rapport::core
