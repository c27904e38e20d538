#pragma once

namespace rapport::bench {

// Registers the benchmarks of JournalBenchmarks.cpp, every one in milliseconds of wall time.
void registerJournalBenchmarks();
// How many benchmarks stopped with an error in this process.
int failedBenchmarks();

} // namespace rapport::bench
