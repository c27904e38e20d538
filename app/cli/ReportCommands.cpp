// due, stats, check: reading the journal, for people (tables) and scripts (--json).

#include "CliContext.h"
#include "JsonOutput.h"
#include "domain/Day.h"

#include <QIODevice>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace rapport::cli {
namespace {

const QString kNone = QStringLiteral("-");

void declareDate(QCommandLineParser &parser)
{
    addOption(parser, "date", QT_TRANSLATE_NOOP("Cli", "Take this day as today (YYYY-MM-DD; default today)."),
        QT_TRANSLATE_NOOP("Cli", "D"));
    addOption(
        parser, "json", QT_TRANSLATE_NOOP("Cli", "Print JSON for scripts (DESIGN.md section 6) instead of text."));
}

// The JSON is UTF-8 already: written to the stream's device as it is, not decoded and
// encoded again (a due list of thousands of items is a megabyte).
void writeJson(Context &ctx, const QByteArray &json)
{
    QTextStream &out = ctx.out();
    out.flush();
    if (QIODevice *device = out.device())
        device->write(json);
    else
        out << QString::fromUtf8(json);
}

QString overdueText(const core::DueItem &item, core::Day today)
{
    if (item.type == core::DueType::Birthday || item.dueOn > today)
        return {};
    if (item.overdueDays == 0)
        return tr(" (due today)");
    if (item.overdueDays == 1)
        return tr(" (1 day overdue)");
    return tr(" (%1 days overdue)").arg(item.overdueDays);
}

int runDue(Context &ctx)
{
    if (auto bad = ctx.checkShape(0, 0))
        return *bad;
    auto today = ctx.today();
    if (!today)
        return ctx.fail(today.error());
    auto journal = ctx.openJournal(Context::Open::Existing, *today);
    if (!journal)
        return ctx.fail(journal.error());
    auto items = core::dueItems((*journal)->database(), *today);
    if (!items)
        return ctx.fail(items.error());
    spdlog::info("due: {} item(s)", items->size());
    if (ctx.isSet("json")) {
        writeJson(ctx, dueJson(*today, *items));
        return kExitOk;
    }
    if (items->isEmpty()) {
        ctx.out() << tr("Nothing is due on %1.").arg(core::isoDate(*today)) << '\n';
        return kExitOk;
    }
    ctx.out() << tr("Due on %1:").arg(core::isoDate(*today)) << '\n';
    for (const core::DueItem &item : std::as_const(*items)) {
        ctx.out() << QStringLiteral("  ") << core::dueTypeKey(item.type).leftJustified(11)
                  << QStringLiteral("#%1").arg(item.id).leftJustified(6) << item.title
                  << overdueText(item, core::toDay(*today)) << '\n';
    }
    return kExitOk;
}

void declareStats(QCommandLineParser &parser)
{
    declareDate(parser);
    addOption(parser, "months",
        QT_TRANSLATE_NOOP("Cli", "How many calendar months, ending with this one (default 12)."),
        QT_TRANSLATE_NOOP("Cli", "N"));
}

QString percent(std::optional<double> ratio)
{
    return ratio ? QString::number(*ratio * 100.0, 'f', 1) + QLatin1Char('%') : kNone;
}

QString dateOrNone(std::optional<core::Day> day)
{
    return day ? core::isoDate(*day) : kNone;
}

// One row of a plain-text table: the first column left-aligned, the others right-aligned.
QString row(const QStringList &cells, const QList<int> &widths)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += QStringLiteral("  ");
        line += i == 0 ? cells[i].leftJustified(widths[i]) : cells[i].rightJustified(widths[i]);
    }
    return line;
}

void writeStatsText(Context &ctx, const core::StatsReport &report)
{
    QTextStream &out = ctx.out();
    out << tr("Figures as of %1").arg(core::isoDate(report.asOf)) << "\n\n";
    const QStringList monthHeader = { tr("Month"), tr("Interactions"), tr("Thanks given"), tr("Thanks received"),
        tr("Consistency"), tr("Promises kept"), tr("Breadth") };
    QList<int> widths;
    for (const QString &title : monthHeader)
        widths << int(title.size());
    widths[0] = std::max(widths[0], 7); // YYYY-MM
    out << row(monthHeader, widths) << '\n';
    for (const core::MonthFigures &m : report.months) {
        out << row({ core::monthKey(m.first), QString::number(m.interactions), QString::number(m.gratitudeGiven),
                       QString::number(m.gratitudeReceived), percent(m.consistency), percent(m.promiseReliability),
                       QString::number(m.breadth) },
            widths)
            << '\n';
    }
    out << '\n';
    if (report.colleagues.empty()) {
        out << tr("No colleagues yet; add one with rapport-cli add-colleague NAME.") << '\n';
        return;
    }
    const QStringList header = { tr("Colleague"), tr("Cadence"), tr("Last contact"), tr("Next due"), tr("Overdue"),
        tr("Streak"), tr("Give/take"), tr("Health") };
    widths.clear();
    for (const QString &title : header)
        widths << int(title.size());
    widths[2] = widths[3] = std::max<int>(widths[2], 10); // dates
    QList<QStringList> rows;
    for (const core::ColleagueFigures &c : report.colleagues) {
        rows << QStringList { QStringLiteral("#%1 %2").arg(c.id).arg(c.name),
            c.cadenceDays > 0 ? tr("%1 d").arg(c.cadenceDays) : kNone, dateOrNone(c.lastContact), dateOrNone(c.nextDue),
            QString::number(c.overdueDays), QString::number(c.streak), percent(c.supportBalance),
            QString::number(c.health.score) };
        widths[0] = std::max(widths[0], int(rows.last()[0].size()));
    }
    out << row(header, widths) << '\n';
    for (const QStringList &cells : std::as_const(rows))
        out << row(cells, widths) << '\n';
}

int runStats(Context &ctx)
{
    if (auto bad = ctx.checkShape(0, 0))
        return *bad;
    auto today = ctx.today();
    if (!today)
        return ctx.fail(today.error());
    auto months = ctx.integer("months", 1, core::kMaxStatsMonths);
    if (!months)
        return ctx.fail(months.error());
    auto journal = ctx.openJournal(Context::Open::Existing, *today);
    if (!journal)
        return ctx.fail(journal.error());
    auto report = core::computeStats(
        (*journal)->database(), *today, static_cast<int>(months->value_or(core::kDefaultStatsMonths)));
    if (!report)
        return ctx.fail(report.error());
    spdlog::info("stats: {} month(s), {} colleague(s)", report->months.size(), report->colleagues.size());
    if (ctx.isSet("json"))
        writeJson(ctx, statsJson(*report));
    else
        writeStatsText(ctx, *report);
    return kExitOk;
}

void declareNothing(QCommandLineParser &) { }

int runCheck(Context &ctx)
{
    if (auto bad = ctx.checkShape(0, 0))
        return *bad;
    auto journal = ctx.openJournal(Context::Open::Existing, core::SystemClock().today());
    if (!journal)
        return ctx.fail(journal.error());
    auto problems = (*journal)->database().integrityProblems(false);
    if (!problems)
        return ctx.fail(problems.error());
    if (problems->isEmpty()) {
        ctx.out() << tr("journal is clean") << '\n';
        return kExitOk;
    }
    spdlog::warn("check: {} problem(s)", problems->size());
    for (const QString &problem : std::as_const(*problems))
        ctx.out() << problem << '\n';
    return ctx.inputError(
        tr("the journal at %1 has %2 problem(s)").arg((*journal)->path(), QString::number(problems->size())));
}

const CommandSpec kCommands[] = {
    { "due", QT_TRANSLATE_NOOP("Cli", "List what is due: touchbases, follow-ups, promises, birthdays."),
        QT_TRANSLATE_NOOP("Cli", "[options]"), "rapport-cli due --date 2024-03-31 --json", declareDate, runDue },
    { "stats", QT_TRANSLATE_NOOP("Cli", "Show the monthly figures and each colleague's figures."),
        QT_TRANSLATE_NOOP("Cli", "[options]"), "rapport-cli stats --months 6 --json", declareStats, runStats },
    { "check", QT_TRANSLATE_NOOP("Cli", "Check the journal's integrity and foreign keys; exit 0 only when clean."),
        QT_TRANSLATE_NOOP("Cli", "[options]"), "rapport-cli check --db ~/work.rapport", declareNothing, runCheck },
};

} // namespace

std::span<const CommandSpec> reportCommands()
{
    return kCommands;
}

} // namespace rapport::cli
