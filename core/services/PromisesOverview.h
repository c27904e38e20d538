#pragma once

#include "Journal.h"
#include "storage/ColleagueRepository.h"
#include "storage/CommitmentQueries.h"

#include <QDate>
#include <QList>

#include <optional>

namespace rapport::core {

using CommitmentFilter = storage::CommitmentFilter;
using CommitmentListRow = storage::CommitmentListRow;
using PromiseState = storage::PromiseState;

// Promise reliability (DESIGN section 2) of my promises closed in one window.
struct ReliabilityWindow
{
    QDate first; // inclusive
    QDate last;  // inclusive: today
    int keptOnTime = 0;
    int closed = 0;
    // keptOnTime / closed; none when nothing closed.
    std::optional<double> ratio() const
    {
        return closed > 0 ? std::optional<double>(double(keptOnTime) / closed) : std::nullopt;
    }
};

struct PromiseReliability
{
    ReliabilityWindow thisMonth;    // the first of today's month to today
    ReliabilityWindow twelveMonths; // the 12 calendar months ending with today's month, to today
};

// The 12 months are calendar months, as in the monthly reliability of Stats, so that the
// year figure is exactly the twelve monthly bars together; a promise closed after today
// counts in neither window.
Result<PromiseReliability> reliability(Database &db, const QDate &today);

// The reads behind the Promises page, so that the widgets reach the journal through
// services rather than storage.
class PromisesOverview final
{
public:
    explicit PromisesOverview(Journal &journal) : m_journal(journal), m_queries(journal.database()) {}

    QDate today() const { return m_journal.clock().today(); }
    Result<QList<CommitmentListRow>> list(const CommitmentFilter &filter) { return m_queries.list(filter, today()); }
    Result<PromiseReliability> reliability() { return core::reliability(m_journal.database(), today()); }
    // Colleagues one can promise something to: the tracked ones (not archived), by name.
    Result<QList<storage::ColleagueRef>> colleagues();

private:
    Journal &m_journal;
    storage::CommitmentQueries m_queries;
};

} // namespace rapport::core
