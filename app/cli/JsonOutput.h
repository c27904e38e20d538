#pragma once

#include "services/DueList.h"
#include "services/Stats.h"

#include <QByteArray>
#include <QDate>

namespace rapport::cli {

// `due --json` and `stats --json` exactly as DESIGN.md section 6 shows them: keys in the
// documented order, one record per line, ratios as the shortest text that reads back as
// the same double, null for "none". UTF-8, ending with a newline.
QByteArray dueJson(const QDate &today, const QList<core::DueItem> &items);
QByteArray statsJson(const core::StatsReport &report);

} // namespace rapport::cli
