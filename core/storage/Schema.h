#pragma once

#include "domain/Result.h"

class QSqlDatabase;

namespace rapport::core::schema {

// The schema version this build writes; kept in PRAGMA user_version.
int latestVersion();
// 'Rapp', in PRAGMA application_id, so a Rapport journal is told from other SQLite files.
inline constexpr int kApplicationId = 0x52617070;

// An error when the journal was written by a newer version of Rapport. Reads only, so
// a newer journal can be refused before anything is written to it.
Status checkNotNewer(QSqlDatabase &db);
// Brings the journal from its version to latestVersion() in one transaction that rolls
// back on any error. A journal written by a newer version is refused.
Status migrate(QSqlDatabase &db);
// Migrates only up to `version` (for tests that build fixtures of earlier versions).
Status migrateTo(QSqlDatabase &db, int version);

} // namespace rapport::core::schema
