// generate: a reproducible synthetic journal for benchmarks, with progress on stderr.

#include "CliContext.h"
#include "Progress.h"
#include "domain/Day.h"
#include "services/SyntheticJournal.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <spdlog/spdlog.h>

#include <limits>

namespace rapport::cli {
namespace {

constexpr qint64 kMaxColleagues = 1'000'000;
constexpr qint64 kMaxInteractions = 100'000'000;
constexpr quint64 kDefaultSeed = 1;

QString progressLine(qint64 done, qint64 total)
{
    const qint64 percent = total > 0 ? done * 100 / total : 100;
    return tr("generating: %1 / %2 interactions (%3 %)").arg(grouped(done), grouped(total), QString::number(percent));
}

// Whether the journal holds nothing a synthetic one could collide with or skew.
core::Result<bool> isEmptyJournal(core::Journal &journal)
{
    core::Repositories &repos = journal.repositories();
    auto colleagues = repos.colleagues.count();
    if (!colleagues)
        return colleagues.error();
    auto interactions = repos.interactions.count();
    if (!interactions)
        return interactions.error();
    auto reflections = repos.reflections.list();
    if (!reflections)
        return reflections.error();
    return *colleagues == 0 && *interactions == 0 && reflections->isEmpty();
}

void removeJournalFiles(const QString &path)
{
    for (const char *suffix : { "", "-wal", "-shm" })
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

void declareGenerate(QCommandLineParser &parser)
{
    addOption(parser, "colleagues", QT_TRANSLATE_NOOP("Cli", "How many colleagues (1 to 1000000)."),
        QT_TRANSLATE_NOOP("Cli", "N"));
    addOption(parser, "interactions", QT_TRANSLATE_NOOP("Cli", "How many interactions (0 to 100000000)."),
        QT_TRANSLATE_NOOP("Cli", "M"));
    addOption(parser, "seed",
        QT_TRANSLATE_NOOP("Cli", "Seed (default 1); the same seed and numbers give the same journal."),
        QT_TRANSLATE_NOOP("Cli", "S"));
    addOption(parser, "date",
        QT_TRANSLATE_NOOP("Cli", "The last day of the generated history (YYYY-MM-DD; default today)."),
        QT_TRANSLATE_NOOP("Cli", "D"));
}

int runGenerate(Context &ctx)
{
    if (auto bad = ctx.checkShape(0, 0, { "colleagues", "interactions" }))
        return *bad;
    auto colleagues = ctx.integer("colleagues", 1, kMaxColleagues);
    if (!colleagues)
        return ctx.fail(colleagues.error());
    auto interactions = ctx.integer("interactions", 0, kMaxInteractions);
    if (!interactions)
        return ctx.fail(interactions.error());
    auto seed = ctx.integer("seed", 0, std::numeric_limits<qint64>::max());
    if (!seed)
        return ctx.fail(seed.error());
    auto today = ctx.today();
    if (!today)
        return ctx.fail(today.error());
    auto path = ctx.journalPath();
    if (!path)
        return ctx.fail(path.error());

    const bool existed = QFileInfo::exists(*path);
    auto journal = ctx.openJournal(Context::Open::ExistingOrNew, *today);
    if (!journal)
        return ctx.fail(journal.error());
    auto empty = isEmptyJournal(**journal);
    if (!empty)
        return ctx.fail(empty.error());
    // Synthetic people mixed into real ones would spoil both: only a new or empty journal.
    if (!*empty)
        return ctx.inputError(tr("the journal at %1 is not empty; generate writes only into a new or empty journal "
                                 "(give a new file with --db)")
                                  .arg(*path));

    core::SyntheticOptions options;
    options.colleagues = static_cast<int>(**colleagues);
    options.interactions = **interactions;
    options.seed = static_cast<quint64>(seed->value_or(static_cast<qint64>(kDefaultSeed)));
    options.today = *today;

    // The journal is built in a private file and renamed into place, so it must be closed here.
    ctx.closeJournal();
    QElapsedTimer timer;
    timer.start();
    ProgressDisplay progress(ctx.err(), progressLine, ProgressDisplay::Piped::OccasionalLines);
    const core::Status generated = core::generateSyntheticJournalFile(
        *path, options, [&progress](qint64 done, qint64 total) { return progress(done, total); });
    progress.finish();
    if (!generated) {
        // A journal that this command created and could not fill is not left behind.
        if (!existed)
            removeJournalFiles(*path);
        return ctx.fail(generated.error());
    }
    const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    spdlog::info("generated a synthetic journal: {} colleagues, {} interactions, seed {}, in {:.1f} s",
        options.colleagues, options.interactions, options.seed, seconds);
    ctx.out() << tr("generated %1: %2 colleagues, %3 interactions in %4 s")
                     .arg(*path, grouped(options.colleagues), grouped(options.interactions),
                         QString::number(seconds, 'f', 1))
              << '\n';
    return kExitOk;
}

} // namespace rapport::cli
