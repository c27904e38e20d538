#include "Ratios.h"

namespace rapport::core::metrics {

std::optional<double> supportBalance(SupportCounts counts)
{
    const qint64 total = qint64(counts.given) + counts.received;
    if (total <= 0)
        return std::nullopt;
    return double(counts.given) / double(total);
}

std::optional<double> promiseReliability(std::span<const PromiseOutcome> commitments)
{
    qint64 onTime = 0;
    qint64 closed = 0;
    for (const PromiseOutcome &promise : commitments) {
        switch (promise.status) {
        case CommitmentStatus::Open:
            break;
        case CommitmentStatus::Done:
            ++closed;
            // A done promise without a closing date cannot be shown to be on time.
            if (promise.closedOn && *promise.closedOn <= promise.dueOn)
                ++onTime;
            break;
        case CommitmentStatus::Dropped:
            ++closed;
            break;
        }
    }
    if (closed == 0)
        return std::nullopt;
    return double(onTime) / double(closed);
}

Ratings Ratings::of(std::span<const int> qualities)
{
    Ratings ratings;
    for (const int quality : qualities) {
        // Outside 1..5 is not a rating; skipping it keeps warmth within 0..1.
        if (quality < 1 || quality > 5)
            continue;
        ratings.sum += quality;
        ++ratings.count;
    }
    return ratings;
}

std::optional<double> warmth(Ratings ratings)
{
    if (ratings.count <= 0)
        return std::nullopt;
    return (double(ratings.sum) / double(ratings.count) - 1.0) / 4.0;
}

std::optional<double> warmth(std::span<const int> qualities)
{
    return warmth(Ratings::of(qualities));
}

} // namespace rapport::core::metrics
