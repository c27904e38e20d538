// export, import: the journal in and out as JSON, CSV and vCard, and upcoming dates out as
// iCalendar (DESIGN.md section 7).

#include "CalendarCommand.h"
#include "CliContext.h"
#include "ExportOutput.h"
#include "Progress.h"
#include "VCardCommand.h"
#include "io/CsvColleagueImport.h"
#include "io/CsvExport.h"
#include "io/JsonExport.h"
#include "io/JsonImport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <spdlog/spdlog.h>

#include <cstdio>

namespace rapport::cli {
namespace {

// The formats each command knows, in the order --help lists them. A format without a
// handler is planned but not built yet: asking for it is a usage error.
using Handler = int (*)(Context &context);
struct Format
{
    const char *name;
    Handler run;
};

int exportJson(Context &ctx);
int exportCsv(Context &ctx);
int importJson(Context &ctx);
int importCsv(Context &ctx);

const Format kExportFormats[] = { { "json", exportJson }, { "csv", exportCsv }, { "ics", exportIcs } };
const Format kImportFormats[] = { { "json", importJson }, { "csv", importCsv }, { "vcard", importVCard } };

template<std::size_t N> int dispatch(Context &ctx, const char *command, const Format (&formats)[N])
{
    const QString wanted = ctx.value("format");
    QStringList names;
    for (const Format &format : formats) {
        names << QLatin1String(format.name);
        if (wanted != QLatin1String(format.name))
            continue;
        if (!format.run)
            return ctx.usageError(tr("%1 --format %2 is not supported yet").arg(QLatin1String(command), wanted));
        return format.run(ctx);
    }
    return ctx.usageError(tr("--format: \"%1\" is not one of: %2").arg(wanted, names.join(QStringLiteral(", "))));
}

int exportJson(Context &ctx)
{
    if (ctx.isSet("list"))
        return ctx.usageError(tr("--list goes with --format csv"));
    auto journal = ctx.openJournal(Context::Open::Existing, core::SystemClock().today());
    if (!journal)
        return ctx.fail(journal.error());
    core::Database &db = (*journal)->database();
    const core::SystemClock clock; // exported_at is the moment of the export
    ProgressDisplay progress = progressFor(ctx, QT_TRANSLATE_NOOP("Cli", "exporting"));
    const auto report = [&progress](qint64 done, qint64 total) { return progress(done, total); };
    const int status = writeOut(
        ctx, progress, [&](const QString &path) { return core::io::JsonExport::writeFile(db, path, clock, report); },
        [&](QIODevice &device) { return core::io::JsonExport::write(db, device, clock, report); });
    spdlog::info("export json: exit {}", status);
    return status;
}

int exportCsv(Context &ctx)
{
    const QString listKey = ctx.isSet("list") ? ctx.value("list") : QStringLiteral("colleagues");
    const bool all = listKey == QLatin1String("all");
    const auto list = core::io::CsvExport::fromKey(listKey);
    if (!all && !list)
        return ctx.usageError(tr("--list: \"%1\" is not one of: %2, all")
                                  .arg(listKey, core::io::CsvExport::keys().join(QStringLiteral(", "))));
    if (all && !ctx.isSet("output"))
        return ctx.usageError(tr("--list all needs --output FOLDER"));
    auto journal = ctx.openJournal(Context::Open::Existing, core::SystemClock().today());
    if (!journal)
        return ctx.fail(journal.error());
    core::Database &db = (*journal)->database();
    ProgressDisplay progress = progressFor(ctx, QT_TRANSLATE_NOOP("Cli", "exporting"));
    const auto report = [&progress](qint64 done, qint64 total) { return progress(done, total); };
    const int status = writeOut(
        ctx, progress,
        [&](const QString &path) {
            return all ? core::io::CsvExport::writeFolder(db, path, report)
                       : core::io::CsvExport::writeFile(db, *list, path, report);
        },
        [&](QIODevice &device) { return core::io::CsvExport::write(db, *list, device, report); });
    spdlog::info("export csv {}: exit {}", listKey.toStdString(), status);
    return status;
}

// Opens the journal to import into; a journal this command creates is removed again when
// the import fails, so a failed restore into a new file leaves nothing behind.
template<typename Import> int importInto(Context &ctx, Import import)
{
    auto path = ctx.journalPath();
    if (!path)
        return ctx.fail(path.error());
    const bool existed = QFileInfo::exists(*path);
    auto journal = ctx.openJournal(Context::Open::ExistingOrNew, core::SystemClock().today());
    if (!journal)
        return ctx.fail(journal.error());
    const int status = import(**journal);
    if (status != kExitOk && !existed) {
        ctx.closeJournal();
        for (const char *suffix : { "", "-wal", "-shm" })
            QFile::remove(*path + QLatin1String(suffix));
    }
    return status;
}

int importJson(Context &ctx)
{
    const QString file = ctx.positional().constFirst();
    return importInto(ctx, [&](core::Journal &journal) {
        ProgressDisplay progress = progressFor(ctx, QT_TRANSLATE_NOOP("Cli", "importing"));
        auto imported = core::io::JsonImport::read(
            journal, file, [&progress](qint64 done, qint64 total) { return progress(done, total); });
        progress.finish();
        if (!imported)
            return ctx.fail(imported.error());
        const auto &n = imported->added;
        spdlog::info("import json: {} records, merged {}", n.total(), imported->merged);
        ctx.out() << tr("imported %1: %2 colleagues, %3 facts, %4 interactions, %5 thanks, %6 promises, "
                        "%7 follow-ups, %8 reflections")
                         .arg(QDir::toNativeSeparators(file), grouped(n.colleagues), grouped(n.facts),
                             grouped(n.interactions), grouped(n.gratitude), grouped(n.commitments),
                             grouped(n.followUps), grouped(n.reflections))
                  << '\n'
                  << (imported->merged ? tr("merged into a journal that had records: every record got a new id")
                                       : tr("into an empty journal: every record kept its id"))
                  << '\n';
        return int(kExitOk);
    });
}

int importCsv(Context &ctx)
{
    using core::io::CsvColleagueImport;
    const QString file = ctx.positional().constFirst();
    auto preview = CsvColleagueImport::preview(file, 0);
    if (!preview)
        return ctx.fail(preview.error());
    // The command line takes the mapping the header names give.
    const CsvColleagueImport::Mapping mapping = CsvColleagueImport::guessMapping(preview->headers);
    QStringList ignored;
    for (qsizetype i = 0; i < preview->headers.size(); ++i) {
        if (!mapping.value(i))
            ignored << QStringLiteral("\"%1\"").arg(preview->headers[i]);
    }
    return importInto(ctx, [&](core::Journal &journal) {
        ProgressDisplay progress = progressFor(ctx, QT_TRANSLATE_NOOP("Cli", "importing"));
        auto imported = CsvColleagueImport::read(
            journal, file, mapping, [&progress](qint64 done, qint64 total) { return progress(done, total); });
        progress.finish();
        if (!imported)
            return ctx.fail(imported.error());
        spdlog::info("import csv: {} colleagues", *imported);
        ctx.out() << tr("imported %1: %2 colleagues").arg(QDir::toNativeSeparators(file), grouped(*imported)) << '\n';
        if (!ignored.isEmpty())
            ctx.out() << tr("columns left out (no colleague field has their name): %1")
                             .arg(ignored.join(QStringLiteral(", ")))
                      << '\n';
        return int(kExitOk);
    });
}

void declareExport(QCommandLineParser &parser)
{
    addOption(parser, "format",
        QT_TRANSLATE_NOOP("Cli",
            "json (the whole journal), csv (one list; a cell that begins with =, +, -, @ or a tab gets a "
            "leading ' so that spreadsheets show it as text) or ics (upcoming touchbases, follow-ups and "
            "promises as calendar events with alarms; exporting again updates the same events)."),
        QT_TRANSLATE_NOOP("Cli", "FORMAT"));
    addOption(parser, "output",
        QT_TRANSLATE_NOOP("Cli",
            "The file to write (default: the standard output); a folder with --list all. "
            "A new file is readable by you alone."),
        QT_TRANSLATE_NOOP("Cli", "PATH"));
    addOption(parser, "list",
        QT_TRANSLATE_NOOP("Cli",
            "With csv, the list: colleagues (default), interactions, gratitude, commitments, "
            "follow_ups, facts, reflections; or all, one KEY.csv each into the --output folder."),
        QT_TRANSLATE_NOOP("Cli", "NAME"));
    declareCalendarOptions(parser);
}

int runExport(Context &ctx)
{
    if (auto bad = ctx.checkShape(0, 0, { "format" }))
        return *bad;
    if (ctx.value("format") != QLatin1String("ics")) {
        if (auto bad = rejectCalendarOptions(ctx))
            return *bad;
    }
    return dispatch(ctx, "export", kExportFormats);
}

void declareImport(QCommandLineParser &parser)
{
    addOption(parser, "format",
        QT_TRANSLATE_NOOP("Cli",
            "json (a rapport-journal file: into an empty journal with its ids, else merged "
            "with new ids), csv (colleagues, columns matched by their header names) or vcard "
            "(colleagues from an address book's .vcf file)."),
        QT_TRANSLATE_NOOP("Cli", "FORMAT"));
    addOption(parser, "merge",
        QT_TRANSLATE_NOOP("Cli",
            "With vcard, what to do with a card whose colleague is already there (the same email, else the "
            "same name): skip (default) or update (the card's values replace theirs; notes and tags are added)."),
        QT_TRANSLATE_NOOP("Cli", "skip|update"));
}

int runImport(Context &ctx)
{
    if (auto bad = ctx.checkShape(1, 1, { "format" }))
        return *bad;
    if (ctx.isSet("merge") && ctx.value("format") != QLatin1String("vcard"))
        return ctx.usageError(tr("--merge goes with --format vcard"));
    return dispatch(ctx, "import", kImportFormats);
}

const CommandSpec kCommands[] = {
    { "export",
        QT_TRANSLATE_NOOP(
            "Cli", "Export the journal as JSON, one list or all of them as CSV, or what is coming up as iCalendar."),
        QT_TRANSLATE_NOOP("Cli", "--format json|csv|ics [options]"),
        "rapport-cli export --format csv --list all --output ~/rapport-csv", declareExport, runExport },
    { "import",
        QT_TRANSLATE_NOOP("Cli", "Import a JSON journal file, or colleagues from a CSV or vCard file; all or nothing."),
        QT_TRANSLATE_NOOP("Cli", "--format json|csv|vcard PATH [options]"),
        "rapport-cli import --format json backup.json", declareImport, runImport },
};

} // namespace

std::span<const CommandSpec> transferCommands()
{
    return kCommands;
}

int importIntoJournal(Context &ctx, const std::function<int(core::Journal &)> &import)
{
    return importInto(ctx, import);
}

} // namespace rapport::cli
