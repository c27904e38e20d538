#pragma once

#include "Journal.h"
#include "storage/ColleagueRepository.h"
#include "storage/GratitudeQueries.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace rapport::core {

using GratitudeFilter = storage::GratitudeFilter;
using GratitudeListRow = storage::GratitudeListRow;
using GratitudeKey = storage::GratitudeKey;
using GratitudeSort = storage::GratitudeSort;
using GratitudeCounts = storage::GratitudeCounts;

// "Help received in the last 14 days": today and the 13 days before it.
inline constexpr int kThankWindowDays = 14;

// Someone helped recently and has not been thanked since (DESIGN.md section 4).
struct ThankPrompt
{
    Id colleagueId = 0;
    QString name;
    QDate helpedOn; // the latest help in the window

    friend bool operator==(const ThankPrompt &, const ThankPrompt &) = default;
};

// Colleagues not archived with a help_received interaction in the last kThankWindowDays
// days and no gratitude given to them dated on or after that help (and on or before
// today); the most recent help first.
Result<std::vector<ThankPrompt>> unthankedHelp(Database &db, const QDate &today);

// Gratitude given and received this month, up to and including today.
Result<GratitudeCounts> monthCounts(Database &db, const QDate &today);

// The reads behind the Gratitude page, so that the widgets reach the journal through
// services rather than storage.
class GratitudeQuery final
{
public:
    explicit GratitudeQuery(Journal &journal) : m_journal(journal), m_queries(journal.database()) {}

    // In the sort's order (newest first by default); pass the key of the last row read
    // to continue after it.
    Result<QList<GratitudeListRow>> page(const GratitudeFilter &filter, std::optional<GratitudeKey> after, int limit,
                                         const GratitudeSort &sort = {})
    {
        return m_queries.page(filter, after, limit, sort);
    }
    Result<std::vector<ThankPrompt>> prompts() { return unthankedHelp(m_journal.database(), m_journal.clock().today()); }
    Result<GratitudeCounts> thisMonth() { return monthCounts(m_journal.database(), m_journal.clock().today()); }
    // Every colleague by name, archived ones included (old entries still name them).
    Result<QList<storage::ColleagueRef>> colleagues();

private:
    Journal &m_journal;
    storage::GratitudeQueries m_queries;
};

} // namespace rapport::core
