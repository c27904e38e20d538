// rapport-cli: the journal without a display. Links rapport_core alone, never a widget.

#include "CommandLine.h"
#include "TerminalText.h"

#include <QCoreApplication>
#include <QTextStream>

#include <spdlog/spdlog.h>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rapport-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RAPPORT_VERSION));

    // Every line a command prints passes through a TerminalDevice (TerminalText.h).
    rapport::cli::TerminalDevice stdoutDevice(stdout);
    rapport::cli::TerminalDevice stderrDevice(stderr);
    QTextStream out(&stdoutDevice);
    QTextStream err(&stderrDevice);
    const int status = rapport::cli::runCommandLine(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    spdlog::shutdown();
    return status;
}
