#pragma once

// What every export command shares: the progress line and writing to --output or stdout.

#include "CliContext.h"
#include "Progress.h"

#include <QDir>
#include <QFile>

#include <cstdio>

namespace rapport::cli {

// Progress of an export or import on stderr, only on a terminal: a script reading stderr
// wants errors there and nothing else. `verb` is a QT_TRANSLATE_NOOP("Cli", ...) text.
inline ProgressDisplay progressFor(Context &ctx, const char *verb)
{
    const QString what = tr(verb);
    return ProgressDisplay(
        ctx.err(),
        [what](qint64 done, qint64 total) {
            const qint64 percent = total > 0 ? done * 100 / total : 100;
            return tr("%1: %2 / %3 records (%4 %)").arg(what, grouped(done), grouped(total), QString::number(percent));
        },
        ProgressDisplay::Piped::Quiet);
}

// Writes to --output with `toFile(path)`, else to stdout with `toDevice(device)`; both
// return a core::Status. Prints "exported to PATH" after a file.
template<typename ToFile, typename ToDevice>
int writeOut(Context &ctx, ProgressDisplay &progress, ToFile toFile, ToDevice toDevice)
{
    core::Status written;
    if (ctx.isSet("output")) {
        written = toFile(ctx.value("output"));
    } else {
        ctx.out().flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return ctx.inputError(tr("cannot write to the standard output"));
        written = toDevice(out);
        out.flush();
    }
    progress.finish();
    if (!written)
        return ctx.fail(written.error());
    if (ctx.isSet("output"))
        ctx.out() << tr("exported to %1").arg(QDir::toNativeSeparators(ctx.value("output"))) << '\n';
    return kExitOk;
}

} // namespace rapport::cli
