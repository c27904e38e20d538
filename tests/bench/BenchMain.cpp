// rapport_bench: Google Benchmark on a large journal. A QCoreApplication comes first (the Qt
// SQL driver needs one), then the journal is found or generated, then the benchmarks run.
//
//   RAPPORT_BENCH_JOURNAL=PATH rapport_bench     a journal of your own (only read; writes go to a copy)
//   rapport_bench                                a generated 500 x 100,000 journal, cached beside the binary
//
// By default each benchmark runs 5 repetitions of at least 0.2 s and reports their mean,
// median, stddev and cv; --benchmark_repetitions=N or any other --benchmark_* flag given
// on the command line overrides that.

#include "BenchSession.h"
#include "JournalBenchmarks.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>
#include <spdlog/spdlog.h>

#include <cstdio>
#include <vector>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The core logs (e.g. the quick_check after an unclean shutdown) would mix with the report.
    spdlog::set_level(spdlog::level::off);

    // Our defaults first: flags given on the command line come later and win.
    char repetitions[] = "--benchmark_repetitions=5";
    char minTime[] = "--benchmark_min_time=0.2";
    char aggregatesOnly[] = "--benchmark_report_aggregates_only=true";
    std::vector<char *> args { argv[0], repetitions, minTime, aggregatesOnly };
    for (int i = 1; i < argc; ++i)
        args.push_back(argv[i]);
    int count = static_cast<int>(args.size());
    args.push_back(nullptr);
    benchmark::Initialize(&count, args.data());
    if (benchmark::ReportUnrecognizedArguments(count, args.data()))
        return 2;

    int status = 0;
    {
        rapport::bench::BenchSession session;
        if (auto prepared = session.prepare(); !prepared) {
            std::fprintf(stderr, "rapport_bench: %s\n", qPrintable(prepared.error().message));
            return 1;
        }
        const rapport::bench::JournalInfo &info = session.info();
        std::fprintf(stderr, "rapport_bench: journal %s, today %s\n", qPrintable(info.path),
            qPrintable(info.today.toString(Qt::ISODate)));
        rapport::bench::registerJournalBenchmarks();
        benchmark::RunSpecifiedBenchmarks();
        benchmark::Shutdown();
        if (const int failed = rapport::bench::failedBenchmarks(); failed > 0) {
            std::fprintf(stderr, "rapport_bench: %d benchmark(s) failed\n", failed);
            status = 1;
        }
    }
    return status;
}
