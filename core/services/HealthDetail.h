#pragma once

#include "Journal.h"
#include "Stats.h"

#include <optional>

namespace rapport::core {

// A colleague's figures with the counts behind each part of the health score, so the
// profile card can explain the score in words ("on track 80 of 90 days").
struct HealthDetail
{
    ColleagueFigures figures;
    QDate today;
    Day anchor = 0; // A(c, today)
    // Consistency over the 90 days ending today, with the cadence the score used.
    qint64 onTrackDays = 0;
    qint64 trackedDays = 0;
    // Over the 180 days ending today.
    qint64 ratedInteractions = 0;
    std::optional<double> meanQuality; // 1..5
    int helpGiven = 0;
    int helpReceived = 0;
    int promisesKept = 0;   // mine, done on or before their due date
    int promisesClosed = 0; // mine, done or dropped
};

Result<HealthDetail> healthDetail(Journal &journal, Id colleagueId);

} // namespace rapport::core
