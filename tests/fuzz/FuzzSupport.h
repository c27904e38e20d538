#pragma once

#include "services/Journal.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

// What every fuzz target shares (tests/fuzz): a process set up once for headless runs,
// scratch files and a journal kept across inputs. The same sources build as libFuzzer
// targets (clang, the fuzz preset) and as plain programs that replay a corpus (any build).
namespace rapport::fuzz {

// Once per process: a QCoreApplication (the SQL driver plugin needs one) and no output from
// Qt or spdlog, which would swamp the fuzzer's own. Fatal Qt messages still abort.
void setUp();

// RAPPORT_FUZZ_VERBOSE set: say what each input gave, to check a seed does what it should.
bool verbose();
void say(const char *target, const QString &text);

// The input as a QByteArray without a copy; valid while libFuzzer's buffer is.
QByteArray view(const std::uint8_t *data, std::size_t size);

// `bytes` written to a file of that name in a private temporary folder, replacing the
// file of the last input; returns its path.
QString scratchFile(const QString &name, const QByteArray &bytes);

// One journal for all inputs of a run, since creating one per input would take most of
// the time. Valid inputs get imported, so it is created anew once imports have added
// kMaxRecords records: a merge into a journal of a few hundred records is still quick.
class ScratchJournal final
{
public:
    static core::Journal &get();
    // After an import: `added` records more.
    static void grew(qint64 added);
    // The journal's record count; aborts when it cannot be read (that would be a finding).
    static qint64 records();

    static constexpr qint64 kMaxRecords = 500;
};

// Aborts with `why` on stderr: a property every input must keep was broken.
[[noreturn]] void broken(const char *target, const QString &why);

} // namespace rapport::fuzz

// libFuzzer's entry point, which each target defines.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);
