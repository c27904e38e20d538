// export --format ics: the touchbases, follow-ups and promises coming up, as an iCalendar
// file for any calendar app (DESIGN.md section 7).

#include "CalendarCommand.h"

#include "ExportOutput.h"
#include "io/CalendarExport.h"
#include "services/Settings.h"

#include <QTime>

#include <spdlog/spdlog.h>

namespace rapport::cli {
namespace {

const char *const kCalendarOptions[] = { "alarm", "days", "date" };

// --alarm HH:MM or none; without it, the app's reminder time, so the calendar reminds at
// the same hour as the tray does.
core::Result<QTime> alarmTime(const Context &ctx)
{
    if (!ctx.isSet("alarm"))
        return core::Settings().reminderTime();
    const QString text = ctx.value("alarm");
    if (text == QLatin1String("none"))
        return QTime();
    const QTime time = QTime::fromString(text, QStringLiteral("H:mm"));
    if (!time.isValid())
        return core::Error { tr("--alarm: %1 is not a time (HH:MM) or none").arg(text) };
    return time;
}

} // namespace

void declareCalendarOptions(QCommandLineParser &parser)
{
    addOption(parser, "alarm",
        QT_TRANSLATE_NOOP("Cli",
            "With ics, when each event's alarm goes off on its day, or none (default: the reminder time "
            "set in the app, else 09:00)."),
        QT_TRANSLATE_NOOP("Cli", "HH:MM"));
    addOption(parser, "days", QT_TRANSLATE_NOOP("Cli", "With ics, how many days ahead to list (default 365)."),
        QT_TRANSLATE_NOOP("Cli", "N"));
    addOption(parser, "date", QT_TRANSLATE_NOOP("Cli", "With ics, the day taken as today (YYYY-MM-DD; default today)."),
        QT_TRANSLATE_NOOP("Cli", "D"));
}

std::optional<int> rejectCalendarOptions(Context &ctx)
{
    for (const char *option : kCalendarOptions) {
        if (ctx.isSet(option))
            return ctx.usageError(tr("--%1 goes with --format ics").arg(QLatin1String(option)));
    }
    return std::nullopt;
}

int exportIcs(Context &ctx)
{
    if (ctx.isSet("list"))
        return ctx.usageError(tr("--list goes with --format csv"));
    auto today = ctx.today();
    if (!today)
        return ctx.fail(today.error());
    auto alarm = alarmTime(ctx);
    if (!alarm)
        return ctx.fail(alarm.error());
    auto days = ctx.integer("days", 0, core::io::CalendarOptions::kMaxHorizonDays);
    if (!days)
        return ctx.fail(days.error());
    auto journal = ctx.openJournal(Context::Open::Existing, *today);
    if (!journal)
        return ctx.fail(journal.error());
    core::Database &db = (*journal)->database();

    core::io::CalendarOptions options;
    options.alarmAt = *alarm;
    if (*days)
        options.horizonDays = int(**days);
    // DTSTAMP is the moment of the export, on the day --date names.
    const core::FixedClock clock(QDateTime(*today, QTime::currentTime()));
    ProgressDisplay progress = progressFor(ctx, QT_TRANSLATE_NOOP("Cli", "exporting"));
    const auto report = [&progress](qint64 done, qint64 total) { return progress(done, total); };
    const int status = writeOut(
        ctx, progress,
        [&](const QString &path) { return core::io::CalendarExport::writeFile(db, path, clock, options, report); },
        [&](QIODevice &device) { return core::io::CalendarExport::write(db, device, clock, options, report); });
    spdlog::info("export ics: exit {}", status);
    return status;
}

} // namespace rapport::cli
