#pragma once

#include "domain/Result.h"

#include <QStringList>

class QSqlDatabase;
struct sqlite3;

namespace rapport::core::storage {

// contact_day, interaction_day and gratitude_day are derived from the entries and kept
// current by triggers. These recompute them from scratch (after a migration or a bulk
// load) and compare them with a recomputation (for `check` and tests).
Status rebuildAggregates(QSqlDatabase &db);
// One line for each aggregate table that differs from a recomputation; empty when exact.
Result<QStringList> aggregateDrift(QSqlDatabase &db);
// The same on a raw connection (a journal checked before it is restored).
Result<QStringList> aggregateDrift(sqlite3 *db);

} // namespace rapport::core::storage
