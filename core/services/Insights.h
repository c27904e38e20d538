#pragma once

#include "Stats.h"
#include "metrics/Health.h"
#include "storage/ColleagueRepository.h"

#include <optional>
#include <vector>

namespace rapport::core {

// The series behind the Insights charts (DESIGN.md section 5), read from the journal and
// computed by core/metrics; the widgets only draw them.
//
// Everyone: each month is exactly the month of computeStats() for the same day (and so
// of `rapport-cli stats`): interactions by kind, gratitude given and received, monthly
// consistency, promise reliability and breadth.
//
// One colleague c: each monthly figure of DESIGN.md section 2 restricted to c:
// - interactions: those c took part in, by kind;
// - gratitude given and received: the thanks with c;
// - consistency: the consistency of c over the month's days with c's current cadence;
//   none when c has no cadence, is archived, or is not tracked in the month;
// - promise reliability: my commitments (`mine`) to c closed in the month;
// - breadth: 1 when c has a contact day in the month, else 0.
//
// Support balance per colleague: given / (given + received) over the whole range (the
// first day of its first month through today); none (left out) when both are 0.
// Everyone: non-archived colleagues only; one colleague: theirs, archived or not.

// 0 months: all of them, from the month of the earliest entry (an interaction, a
// thanks, or a commitment closed; with one colleague, theirs) through today's.
inline constexpr int kInsightsAllMonths = 0;
// How many support balances the chart shows at most: the ones that lean the most.
inline constexpr int kInsightsBalanceLimit = 30;

struct InsightsRequest
{
    QDate today;
    int months = kDefaultStatsMonths; // calendar months ending with today's; kInsightsAllMonths for all
    std::optional<Id> colleague; // none: everyone
    int balanceLimit = kInsightsBalanceLimit;

    friend bool operator==(const InsightsRequest &, const InsightsRequest &) = default;
};

struct BalanceEntry
{
    Id id = 0;
    QString name;
    int given = 0; // help_given interactions with them in the range
    int received = 0; // help_received
    double balance = 0;
};

struct InsightsSeries
{
    InsightsRequest request;
    Day asOf = 0;
    std::vector<MonthFigures> months; // oldest first; the last one ends today
    std::vector<BalanceEntry> balances; // by balance ascending, then by id
    int balancesTotal = 0; // colleagues with a balance, shown or not
    // Everyone: the colleagues who are not archived. One colleague: who they are.
    int activeColleagues = 0;
    int cadencedColleagues = 0;
    QString colleagueName;
    int cadenceDays = 0;
    bool archived = false;

    // No month holds any figure and no one has a balance: nothing to chart.
    bool empty() const;
};

Result<InsightsSeries> loadInsights(Database &db, const InsightsRequest &request);
// Whose figures the page can show: every colleague, archived too, by name; a lean read,
// since the page asks again after every change.
Result<QList<storage::ColleagueRef>> insightsColleagues(Database &db);

inline constexpr int kProfileChartMonths = 12;

// What the profile card draws: distinct contact days in each of the 12 months ending
// with today's, and the parts of the health score as the card shows them (an archived
// colleague as if still tracked).
struct ProfileSeries
{
    std::vector<metrics::DayRange> months; // oldest first
    std::vector<int> contactDays;
    metrics::HealthParts health;
};

Result<ProfileSeries> loadProfileSeries(Database &db, Id colleagueId, const QDate &today);

} // namespace rapport::core
