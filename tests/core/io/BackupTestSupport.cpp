#include "BackupTestSupport.h"

#include "services/SyntheticJournal.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <gtest/gtest.h>

#include <sys/stat.h>

namespace rapport::test {

QString sqliteShell(const QString &file, const QStringList &args, const QStringList &options)
{
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty()) {
        ADD_FAILURE() << "the sqlite3 shell is missing: install the Debian package sqlite3";
        return {};
    }
    QProcess process;
    process.start(shell, QStringList { QStringLiteral("-batch") } + options + QStringList { file } + args);
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        ADD_FAILURE() << "sqlite3 failed on " << file.toStdString() << ": "
                      << process.readAllStandardError().toStdString();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString sqliteIntegrity(const QString &file)
{
    return sqliteShell(file, { QStringLiteral("PRAGMA integrity_check") });
}

QString sqliteDump(const QString &file)
{
    return sqliteShell(file, { QStringLiteral(".dump") }, { QStringLiteral("-readonly") });
}

unsigned modeOf(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0xFFFFu;
    return unsigned(st.st_mode & 0777);
}

QStringList entriesOf(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

QStringList dumpFile(const QString &path)
{
    RawConnection raw(path);
    return dumpJournal(raw.db());
}

void fillLargeJournal(core::Database &db)
{
    core::SyntheticOptions options;
    options.colleagues = 200;
    options.interactions = 20'000;
    options.seed = 7;
    options.today = date("2025-03-15");
    must(core::generateSyntheticJournal(db, options), "generate");
}

} // namespace rapport::test
