#pragma once

#include "Timeline.h"

#include <optional>
#include <span>

namespace rapport::core::metrics {

// help_given and help_received interactions with one colleague in a window.
struct SupportCounts
{
    int given = 0;
    int received = 0;
};

// given / (given + received); none when both are 0. 0.5 is a two-way street.
std::optional<double> supportBalance(SupportCounts counts);

// A commitment as the reliability figure sees it.
struct PromiseOutcome
{
    CommitmentStatus status = CommitmentStatus::Open;
    Day dueOn = 0;
    std::optional<Day> closedOn;
};

// (done with closed on <= due on) / (done + dropped); open ones do not count; none when
// nothing is closed. The caller picks which commitments (direction, closing window).
// A done one without a closed-on date is counted as closed but not as on time.
std::optional<double> promiseReliability(std::span<const PromiseOutcome> commitments);

// The ratings of a window, as count and sum: all the warmth needs, and what the journal
// keeps per colleague and day.
struct Ratings
{
    qint64 count = 0;
    qint64 sum = 0;
    // A value outside 1..5 is not a rating and is skipped.
    static Ratings of(std::span<const int> qualities);
};

// (mean quality - 1) / 4 over the rated interactions (qualities 1..5); none when empty.
std::optional<double> warmth(Ratings ratings);
std::optional<double> warmth(std::span<const int> qualities);

} // namespace rapport::core::metrics
