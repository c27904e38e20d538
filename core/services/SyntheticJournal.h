#pragma once

#include "domain/Records.h"
#include "storage/Database.h"

#include <functional>

namespace rapport::core {

struct SyntheticOptions
{
    int colleagues = 100;
    qint64 interactions = 10'000;
    quint64 seed = 1;
    QDate today;          // the last day of the generated history
    int historyDays = 1095; // three years
};

// Called now and then with the interactions written so far; return false to cancel
// (the journal is then left as it was: everything is written in one transaction).
using SyntheticProgress = std::function<bool(qint64 done, qint64 total)>;

// Fills an empty journal with a reproducible synthetic one for benchmarks: the same
// options give the same journal. Skewed like real life (a few close colleagues get most
// of the contacts), with gratitude (~10 % of interactions), commitments (~5 %), facts,
// follow-ups, reflections and some archived colleagues.
// This one writes into an open journal, in one transaction.
Status generateSyntheticJournal(Database &db, const SyntheticOptions &options, const SyntheticProgress &progress = {});

// The fast way for large journals: builds the journal in a private file beside `path`
// without a rollback journal, then puts it in place with one rename. `path` must not
// exist or be an empty journal. Cancelled or failed, it leaves `path` as it was.
Status generateSyntheticJournalFile(const QString &path, const SyntheticOptions &options,
                                    const SyntheticProgress &progress = {});

} // namespace rapport::core
