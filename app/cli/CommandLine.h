#pragma once

#include <QStringList>
#include <QTextStream>

namespace rapport::cli {

// Runs one rapport-cli command line (arguments[0] is the program) and returns its exit
// status: 0 ok, 1 bad input or a journal error, 2 usage error.
int runCommandLine(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace rapport::cli
