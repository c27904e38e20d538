// generate: a reproducible synthetic journal for benchmarks, with progress on stderr.

#include "CliContext.h"
#include "domain/Day.h"
#include "services/SyntheticJournal.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <spdlog/spdlog.h>

#include <limits>
#include <unistd.h>

namespace rapport::cli {
namespace {

constexpr qint64 kMaxColleagues = 1'000'000;
constexpr qint64 kMaxInteractions = 100'000'000;
constexpr quint64 kDefaultSeed = 1;
// A terminal's progress line is redrawn at most this often; a log or pipe gets a plain
// line at most this often.
constexpr qint64 kRedrawMs = 100;
constexpr qint64 kPlainLineMs = 2'000;

// 1234567 -> "1,234,567": the same in every locale, so scripts can read it.
QString grouped(qint64 number)
{
    QString digits = QString::number(number < 0 ? -number : number);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return number < 0 ? QLatin1Char('-') + digits : digits;
}

// Progress of the interactions written: one line redrawn with \r on a terminal, an
// occasional plain line when stderr is a file or a pipe.
class ProgressDisplay final
{
public:
    explicit ProgressDisplay(QTextStream &err)
        : m_err(err)
        , m_terminal(::isatty(STDERR_FILENO) == 1)
    {
        m_sinceShown.start();
    }

    bool operator()(qint64 done, qint64 total)
    {
        const bool finished = done >= total;
        const qint64 elapsed = m_sinceShown.elapsed();
        if (m_terminal) {
            if (!finished && elapsed < kRedrawMs)
                return true;
            m_err << '\r' << line(done, total);
            m_lineOpen = true;
        } else {
            if (finished || elapsed < kPlainLineMs)
                return true; // the summary says the rest
            m_err << line(done, total) << '\n';
        }
        m_err.flush();
        m_sinceShown.restart();
        return true;
    }

    // Ends the terminal's line, so what follows starts on a line of its own.
    void finish()
    {
        if (m_lineOpen)
            m_err << '\n';
        m_lineOpen = false;
        m_err.flush();
    }

private:
    static QString line(qint64 done, qint64 total)
    {
        const qint64 percent = total > 0 ? done * 100 / total : 100;
        return tr("generating: %1 / %2 interactions (%3 %)")
            .arg(grouped(done), grouped(total), QString::number(percent));
    }

    QTextStream &m_err;
    const bool m_terminal;
    bool m_lineOpen = false;
    QElapsedTimer m_sinceShown;
};

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
    ProgressDisplay progress(ctx.err());
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
