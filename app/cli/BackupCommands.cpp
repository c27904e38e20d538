// backup, restore: copies of the journal made with SQLite's backup API, plain or sealed with
// a passphrase, and restoring one after checking it (DESIGN.md sections 6 and 7).

#include "CliContext.h"
#include "Progress.h"
#include "io/Backup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <spdlog/spdlog.h>

namespace rapport::cli {
namespace {

using core::io::Backup;

// A percentage on a terminal only, like export and import.
ProgressDisplay progressFor(Context &ctx, const char *verb)
{
    const QString what = tr(verb);
    return ProgressDisplay(
        ctx.err(),
        [what](qint64 done, qint64 total) {
            const qint64 percent = total > 0 ? done * 100 / total : 100;
            return tr("%1: %2 %").arg(what, QString::number(percent));
        },
        ProgressDisplay::Piped::Quiet);
}

// The passphrase is the first line of --passphrase-file, without its line end, so it
// never shows in the process list or the shell's history. Sets the exit status on error.
std::optional<int> readPassphrase(Context &ctx, QByteArray &passphrase)
{
    const QString path = ctx.value("passphrase-file");
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return ctx.inputError(
            tr("--passphrase-file: cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    // A passphrase is a line; a few KiB is more than enough and bounds what is read.
    passphrase = file.readLine(4096);
    while (passphrase.endsWith('\n') || passphrase.endsWith('\r'))
        passphrase.chop(1);
    if (passphrase.isEmpty())
        return ctx.usageError(tr("--passphrase-file: the first line of %1 is empty; it must hold the passphrase")
                                  .arg(QDir::toNativeSeparators(path)));
    return std::nullopt;
}

void declareBackup(QCommandLineParser &parser)
{
    addOption(parser, "output",
        QT_TRANSLATE_NOOP("Cli",
            "The file to write (default: the backups folder in the data folder, named after the journal and the "
            "time). It is readable by you alone."),
        QT_TRANSLATE_NOOP("Cli", "PATH"));
    addOption(parser, "passphrase-file",
        QT_TRANSLATE_NOOP("Cli",
            "Encrypt the backup with the passphrase on the first line of this file (Argon2id and XChaCha20-Poly1305)."),
        QT_TRANSLATE_NOOP("Cli", "FILE"));
}

int runBackup(Context &ctx)
{
    if (auto bad = ctx.checkShape(0, 0))
        return *bad;
    if (ctx.isSet("output") && ctx.value("output").trimmed().isEmpty())
        return ctx.usageError(tr("--output: the path is empty"));
    QByteArray passphrase;
    const bool encrypted = ctx.isSet("passphrase-file");
    if (encrypted) {
        if (auto bad = readPassphrase(ctx, passphrase))
            return *bad;
    }
    auto journal = ctx.openJournal(Context::Open::Existing, core::SystemClock().today());
    if (!journal)
        return ctx.fail(journal.error());
    core::Database &db = (*journal)->database();

    QString output = ctx.value("output");
    if (output.isEmpty()) {
        const QString name = QFileInfo(db.path()).completeBaseName() + u'-'
            + core::SystemClock().now().toString(QStringLiteral("yyyy-MM-dd-HHmmss"))
            + (encrypted ? QStringLiteral(".rapport-encrypted") : QStringLiteral(".rapport"));
        output = QDir(Backup::defaultFolder()).filePath(name);
    }
    ProgressDisplay progress = progressFor(ctx, QT_TRANSLATE_NOOP("Cli", "backing up"));
    const auto report = [&progress](qint64 done, qint64 total) { return progress(done, total); };
    const core::Status written
        = encrypted ? Backup::writeEncrypted(db, output, passphrase, report) : Backup::write(db, output, report);
    progress.finish();
    if (!written)
        return ctx.fail(written.error());
    spdlog::info("backup written{}", encrypted ? " (encrypted)" : "");
    ctx.out() << tr("backed up to %1").arg(QDir::toNativeSeparators(QFileInfo(output).absoluteFilePath())) << '\n';
    return kExitOk;
}

void declareRestore(QCommandLineParser &parser)
{
    addOption(parser, "passphrase-file",
        QT_TRANSLATE_NOOP("Cli", "For an encrypted backup: the passphrase is the first line of this file."),
        QT_TRANSLATE_NOOP("Cli", "FILE"));
}

int runRestore(Context &ctx)
{
    if (auto bad = ctx.checkShape(1, 1))
        return *bad;
    const QString file = ctx.positional().constFirst();
    QByteArray passphrase;
    if (ctx.isSet("passphrase-file")) {
        if (auto bad = readPassphrase(ctx, passphrase))
            return *bad;
    } else if (Backup::isEncrypted(file)) {
        return ctx.usageError(tr("%1 is an encrypted backup; give its passphrase with --passphrase-file FILE")
                                  .arg(QDir::toNativeSeparators(file)));
    }
    auto journal = ctx.journalPath();
    if (!journal)
        return ctx.fail(journal.error());

    ProgressDisplay progress = progressFor(ctx, QT_TRANSLATE_NOOP("Cli", "restoring"));
    auto kept = Backup::restore(file, *journal, passphrase, Backup::defaultFolder(), core::SystemClock().now(),
        [&progress](qint64 done, qint64 total) { return progress(done, total); });
    progress.finish();
    if (!kept)
        return ctx.fail(kept.error());
    spdlog::info("restore: journal replaced, previous one {}", kept->isEmpty() ? "absent" : "kept");
    ctx.out() << tr("restored %1 into %2")
                     .arg(QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath()),
                         QDir::toNativeSeparators(*journal))
              << '\n'
              << (kept->isEmpty() ? tr("there was no journal there before")
                                  : tr("the journal it replaced was kept as %1").arg(QDir::toNativeSeparators(*kept)))
              << '\n';
    return kExitOk;
}

const CommandSpec kCommands[] = {
    { "backup", QT_TRANSLATE_NOOP("Cli", "Back up the journal through SQLite, optionally encrypted with a passphrase."),
        QT_TRANSLATE_NOOP("Cli", "[--output PATH] [--passphrase-file FILE] [options]"),
        "rapport-cli backup --output ~/journal-backup.rapport-encrypted --passphrase-file ~/.rapport-passphrase",
        declareBackup, runBackup },
    { "restore",
        QT_TRANSLATE_NOOP("Cli",
            "Replace the journal with a backup, after checking it; the replaced journal is kept in the backups "
            "folder."),
        QT_TRANSLATE_NOOP("Cli", "PATH [--passphrase-file FILE] [options]"),
        "rapport-cli restore ~/journal-backup.rapport-encrypted --passphrase-file ~/.rapport-passphrase",
        declareRestore, runRestore },
};

} // namespace

std::span<const CommandSpec> backupCommands()
{
    return kCommands;
}

} // namespace rapport::cli
