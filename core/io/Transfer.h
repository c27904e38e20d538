#pragma once

#include <QtGlobal>

#include <algorithm>
#include <functional>

namespace rapport::core::io {

// Called now and then during a long import or export with how many records are done of
// how many; returning false cancels, and the journal or the file is left as it was.
using Progress = std::function<bool(qint64 done, qint64 total)>;

// Whether to report progress after `done` of `total` records: about 256 times a run, at
// most every 4,096 records, and always at the end.
inline bool progressDue(qint64 done, qint64 total)
{
    const qint64 step = std::clamp<qint64>(total / 256, 1, 4096);
    return done % step == 0 || done == total;
}

// "rapport-journal" version 1 (DESIGN.md section 7).
inline constexpr const char *kJournalFormat = "rapport-journal";
inline constexpr int kJournalVersion = 1;

} // namespace rapport::core::io
