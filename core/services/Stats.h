#pragma once

#include "domain/Records.h"
#include "metrics/Health.h"
#include "storage/Database.h"

#include <array>
#include <optional>
#include <vector>

namespace rapport::core {

// One calendar month of DESIGN.md section 2's monthly figures.
struct MonthFigures
{
    Day first = 0; // first day of the month
    Day last = 0;  // last day counted: the month's end, or today in today's month
    int interactions = 0;
    std::array<int, kInteractionKindCount> byKind{};
    int gratitudeGiven = 0;
    int gratitudeReceived = 0;
    std::optional<double> consistency;
    std::optional<double> promiseReliability;
    int breadth = 0;
};

// One non-archived colleague's figures as of today.
struct ColleagueFigures
{
    Id id = 0;
    QString name;
    int cadenceDays = 0;
    std::optional<Day> lastContact;
    std::optional<Day> nextDue;
    int overdueDays = 0;
    int streak = 0;
    std::optional<double> supportBalance; // over the 180 days ending today
    metrics::HealthParts health;
};

struct StatsReport
{
    Day asOf = 0;
    std::vector<MonthFigures> months;         // oldest first
    std::vector<ColleagueFigures> colleagues; // by id; archived ones left out
};

inline constexpr int kDefaultStatsMonths = 12;
inline constexpr int kMaxStatsMonths = 1200;

// The figures of DESIGN.md section 2: `months` calendar months ending with today's.
Result<StatsReport> computeStats(Database &db, const QDate &today, int months = kDefaultStatsMonths);
// One colleague's figures, as a profile card shows them; archived colleagues too.
Result<ColleagueFigures> computeColleagueFigures(Database &db, Id colleagueId, const QDate &today);

} // namespace rapport::core
