#include "Health.h"

#include <algorithm>
#include <cmath>

namespace rapport::core::metrics {

namespace {

// R: full marks within the cadence, then a linear fall to 0 over two more cadences.
double recencyScore(int s, int k)
{
    if (s <= k)
        return 1.0;
    return std::max(0.0, 1.0 - double(s - k) / (2.0 * k));
}

} // namespace

HealthParts health(const ColleagueTimeline &c, Day today, const HealthInputs &inputs)
{
    HealthParts parts;
    const int k = c.cadenceDays > 0 ? c.cadenceDays : kHealthDefaultCadence;
    parts.cadenceUsed = k;
    parts.daysSinceAnchor = today - anchor(c, today);
    parts.recency = recencyScore(parts.daysSinceAnchor, k);
    parts.consistency = consistency(c, k, daysEnding(today, kHealthConsistencyDays), today).value_or(1.0);
    parts.warmth = warmth(inputs.ratings);
    parts.supportBalance = supportBalance(inputs.support);
    if (parts.supportBalance)
        parts.balance = 1.0 - 2.0 * std::abs(*parts.supportBalance - 0.5);
    parts.promises = promiseReliability(inputs.promises);

    double weighted = kWeightRecency * parts.recency + kWeightConsistency * parts.consistency;
    double weights = kWeightRecency + kWeightConsistency;
    const auto add = [&](const std::optional<double> &part, double weight) {
        if (part) {
            weighted += weight * *part;
            weights += weight;
        }
    };
    add(parts.warmth, kWeightWarmth);
    add(parts.balance, kWeightBalance);
    add(parts.promises, kWeightPromises);

    // The weights are not exact in binary, so a true x.5 may land a hair below it; the
    // nudge (far below any real difference between scores) keeps half-way cases rounding up.
    const double exact = 100.0 * weighted / weights;
    parts.score = static_cast<int>(std::round(exact + 1e-9));
    return parts;
}

} // namespace rapport::core::metrics
