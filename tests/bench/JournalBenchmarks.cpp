// The in-process benchmarks: what the app does on a large journal, one operation each.

#include "JournalBenchmarks.h"

#include "BenchSession.h"
#include "domain/Clock.h"
#include "services/DueList.h"
#include "services/Journal.h"
#include "services/Stats.h"
#include "services/Suggestions.h"

#include <benchmark/benchmark.h>

#include <atomic>
#include <string>

namespace rapport::bench {
namespace {

std::atomic<int> g_failures { 0 };

// Skips the benchmark with the message; main() then exits non-zero.
void fail(benchmark::State &state, const QString &message)
{
    ++g_failures;
    state.SkipWithError(message.toStdString().c_str());
}

// The shared reading connection, or a skipped benchmark.
core::Database *readerOrFail(benchmark::State &state)
{
    auto reader = BenchSession::instance().reader();
    if (!reader) {
        fail(state, reader.error().message);
        return nullptr;
    }
    return *reader;
}

void profileCard(benchmark::State &state, bool mostContacted)
{
    const JournalInfo &info = BenchSession::instance().info();
    core::Database *db = readerOrFail(state);
    if (!db)
        return;
    const core::Id id = mostContacted ? info.mostContacted : info.median;
    for (auto _ : state) {
        auto figures = core::computeColleagueFigures(*db, id, info.today);
        if (!figures) {
            fail(state, figures.error().message);
            return;
        }
        benchmark::DoNotOptimize(figures->health.score);
    }
    const qint64 contacts = mostContacted ? info.mostContactedCount : info.medianCount;
    const qint64 days = mostContacted ? info.mostContactedDays : info.medianDays;
    state.SetLabel("colleague #" + std::to_string(id) + ": " + std::to_string(contacts) + " contacts on "
        + std::to_string(days) + " days");
}

void stats24Months(benchmark::State &state)
{
    const JournalInfo &info = BenchSession::instance().info();
    core::Database *db = readerOrFail(state);
    if (!db)
        return;
    for (auto _ : state) {
        auto report = core::computeStats(*db, info.today, 24);
        if (!report) {
            fail(state, report.error().message);
            return;
        }
        benchmark::DoNotOptimize(report->colleagues.size());
    }
}

void due(benchmark::State &state)
{
    const JournalInfo &info = BenchSession::instance().info();
    core::Database *db = readerOrFail(state);
    if (!db)
        return;
    qsizetype count = 0;
    for (auto _ : state) {
        auto items = core::dueItems(*db, info.today);
        if (!items) {
            fail(state, items.error().message);
            return;
        }
        // DoNotOptimize on the mutable counter itself left garbage in it here (benchmark
        // 1.7.1, GCC 12, -O3); a const copy is read correctly.
        const qsizetype size = items->size();
        benchmark::DoNotOptimize(size);
        count = size;
    }
    state.SetLabel(std::to_string(count) + " items");
}

// The Today page's "one small action today" suggestions.
void suggestions(benchmark::State &state)
{
    const JournalInfo &info = BenchSession::instance().info();
    core::Database *db = readerOrFail(state);
    if (!db)
        return;
    qsizetype count = 0;
    for (auto _ : state) {
        auto found = core::suggestions(*db, info.today);
        if (!found) {
            fail(state, found.error().message);
            return;
        }
        const qsizetype size = found->size();
        benchmark::DoNotOptimize(size);
        count = size;
    }
    state.SetLabel(std::to_string(count) + " suggestions");
}

// One add through the journal, as the app logs it: validation, the undoable command, the
// contact-day aggregates and the commit (synchronous=FULL). Only the add is timed; the
// undo that puts the journal back runs with the timer paused.
void addInteraction(benchmark::State &state)
{
    BenchSession &session = BenchSession::instance();
    auto copy = session.privateCopy();
    if (!copy) {
        fail(state, copy.error().message);
        return;
    }
    const core::FixedClock clock(session.info().today);
    auto journal = core::Journal::open(*copy, core::Database::OpenMode::MustExist, clock);
    if (!journal) {
        fail(state, journal.error().message);
        return;
    }
    const core::Interaction interaction = benchInteraction(session.info());
    for (auto _ : state) {
        auto added = (*journal)->logInteraction(interaction);
        state.PauseTiming();
        if (!added) {
            fail(state, added.error().message);
            return;
        }
        if (auto undone = (*journal)->undoStack().undo(); !undone) {
            fail(state, undone.error().message);
            return;
        }
        state.ResumeTiming();
    }
}

// Database::open (MustExist) and close on a journal that was closed cleanly.
void openClean(benchmark::State &state)
{
    auto copy = BenchSession::instance().privateCopy();
    if (!copy) {
        fail(state, copy.error().message);
        return;
    }
    for (auto _ : state) {
        auto db = core::Database::open(*copy, core::Database::OpenMode::MustExist);
        if (!db) {
            fail(state, db.error().message);
            return;
        }
        if ((*db)->openedAfterUncleanShutdown()) {
            fail(state, QStringLiteral("a clean journal was opened as after a crash"));
            return;
        }
        db->reset();
    }
}

// The same after a crash: a non-empty -wal, which SQLite replays; no whole-file check runs
// on open (the app checks in the background, DESIGN.md section 9). The -wal is
// put back, untimed, before each open (closing checkpoints and removes it).
void openUnclean(benchmark::State &state)
{
    auto copy = BenchSession::instance().uncleanCopy();
    if (!copy) {
        fail(state, copy.error().message);
        return;
    }
    for (auto _ : state) {
        auto db = core::Database::open(copy->path, core::Database::OpenMode::MustExist);
        if (!db) {
            fail(state, db.error().message);
            return;
        }
        if (!(*db)->openedAfterUncleanShutdown()) {
            fail(state, QStringLiteral("the open did not see the unclean shutdown"));
            return;
        }
        db->reset();
        state.PauseTiming();
        if (auto restored = restoreUncleanWal(*copy); !restored) {
            fail(state, restored.error().message);
            return;
        }
        state.ResumeTiming();
    }
}

} // namespace

void registerJournalBenchmarks()
{
    const auto add = [](const char *name, auto function) {
        benchmark::RegisterBenchmark(name, function)->Unit(benchmark::kMillisecond)->UseRealTime();
    };
    add("profile_card/most_contacted", [](benchmark::State &state) { profileCard(state, true); });
    add("profile_card/median", [](benchmark::State &state) { profileCard(state, false); });
    add("add_interaction", addInteraction);
    add("stats/24_months", stats24Months);
    add("due", due);
    add("suggestions", suggestions);
    add("open/clean", openClean);
    add("open/unclean", openUnclean);
}

int failedBenchmarks()
{
    return g_failures.load();
}

} // namespace rapport::bench
