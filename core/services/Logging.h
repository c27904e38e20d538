#pragma once

#include <QString>

namespace rapport::core {

// Logging for both programs: a rotating file in the data folder (rapport.log, 1 MB x 3)
// and, with `verbose`, the console (stderr). Qt's own messages are routed into it.
// Never log what a user wrote (notes, facts, thanks): ids and counts only.
void setupLogging(const QString &program, bool verbose);
// The same with the log in `folder`, rotated at `maxFileBytes`. Every log file is
// owner-only (0600) from its first byte, rotated ones too, whatever the umask.
void setupLogging(const QString &program, bool verbose, const QString &folder, qint64 maxFileBytes);

} // namespace rapport::core
