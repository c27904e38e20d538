#pragma once

#include "TestSupport.h"

#include <QByteArray>
#include <QString>

#include <ostream>

// Readable QStrings in failure messages.
inline void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}

namespace rapport::test {

// A file of tests/fixtures/io, e.g. fixture("json/empty.json").
QString fixture(const QString &relative);
QByteArray readAll(const QString &path);
void writeAll(const QString &path, const QByteArray &bytes);

// The process's peak resident memory in KiB since the last reset (VmHWM). Resetting
// works on Linux through /proc/self/clear_refs.
void resetPeakMemory();
qint64 peakMemoryKiB();

// A small journal with one of everything, so "unchanged" means something: two colleagues
// (one with every field), an interaction, thanks, a promise moved once, a fact with its
// follow-up, a reflection and an "about me" card.
void fillSmallJournal(core::Journal &journal);

// Runs Debian's /usr/bin/python3 with `script` and `args`; returns its stdout, or fails the
// test (and returns an empty text) when it does not exit 0.
QByteArray runPython(const QString &script, const QStringList &args);

} // namespace rapport::test
