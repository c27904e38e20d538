#pragma once

#include "IoTestSupport.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace rapport::test {

// Runs the sqlite3 command-line shell (Debian's sqlite3 package) with `options` on `file`
// with `args`; its stdout, or a test failure when it does not exit 0.
QString sqliteShell(const QString &file, const QStringList &args, const QStringList &options = {});
// What `sqlite3 FILE "PRAGMA integrity_check"` prints: "ok\n" for a sound file.
QString sqliteIntegrity(const QString &file);
// Every row of every table, as the sqlite3 shell's .dump writes them (read-only).
QString sqliteDump(const QString &file);

// The permission bits of a file or folder (0600, 0700 ...).
unsigned modeOf(const QString &path);
// Every entry of a folder, hidden ones too, sorted; empty when it does not exist.
QStringList entriesOf(const QString &folder);
// The rows of a closed journal or backup file, opened through Qt's driver.
QStringList dumpFile(const QString &path);

// Fills an open journal with a synthetic history large enough that a copy takes several
// steps of 256 pages.
void fillLargeJournal(core::Database &db);

} // namespace rapport::test
