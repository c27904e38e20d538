#pragma once

// export --format ics (CalendarCommand.cpp): the export command's calendar part.

#include "CliContext.h"

#include <QCommandLineParser>

#include <optional>

namespace rapport::cli {

// --alarm, --days and --date, which only the calendar takes.
void declareCalendarOptions(QCommandLineParser &parser);
// A usage error when one of those options is given with another format; nullopt otherwise.
std::optional<int> rejectCalendarOptions(Context &ctx);
// What is coming up as iCalendar, to --output or stdout.
int exportIcs(Context &ctx);

} // namespace rapport::cli
