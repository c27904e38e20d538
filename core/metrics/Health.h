#pragma once

#include "Ratios.h"
#include "Timeline.h"

#include <optional>
#include <span>

namespace rapport::core::metrics {

inline constexpr int kHealthDefaultCadence = 30;
inline constexpr int kHealthConsistencyDays = 90;
inline constexpr int kHealthWindowDays = 180;

inline constexpr double kWeightRecency = 0.35;
inline constexpr double kWeightConsistency = 0.30;
inline constexpr double kWeightWarmth = 0.15;
inline constexpr double kWeightBalance = 0.10;
inline constexpr double kWeightPromises = 0.10;

// What the health score needs beyond the timeline, each over the 180 days ending today.
struct HealthInputs
{
    Ratings ratings;                           // rated interactions with c
    SupportCounts support;                     // help given / received with c
    std::span<const PromiseOutcome> promises;  // direction mine, closed in the window
};

// The health score and its parts (DESIGN.md section 2); parts are in 0..1.
struct HealthParts
{
    int cadenceUsed = kHealthDefaultCadence; // k, or 30 when the cadence is 0
    int daysSinceAnchor = 0;                 // s = today - A(c, today)
    double recency = 0;                      // R
    double consistency = 1;                  // C (1 when c has no tracked day in the 90 days)
    std::optional<double> warmth;            // W
    std::optional<double> supportBalance;    // the balance itself, 0..1
    std::optional<double> balance;           // B = 1 - 2|balance - 0.5|
    std::optional<double> promises;          // P
    int score = 0;                           // 0..100
};

HealthParts health(const ColleagueTimeline &c, Day today, const HealthInputs &inputs);

} // namespace rapport::core::metrics
