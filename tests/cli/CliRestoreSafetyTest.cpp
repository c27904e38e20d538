// What DESIGN.md section 9 asks of backups and restore, tried with real processes:
// restores while another rapport-cli keeps logging lose no entry it acknowledged, and a
// backup or restore killed at any moment leaves no plain copy of the journal on disk and
// a journal that passes `check`.

#include "CliRunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QThread>

namespace rapport::test {
namespace {

using namespace Qt::StringLiterals;

constexpr int kRestores = 20;
constexpr int kWaitMs = 60'000;

// The notes of the entries the writers made ("w1", "w2" ..., "s1", "s2" ...) in a journal file.
QStringList writerNotes(const QString &file)
{
    QProcess shell;
    shell.start(
        u"sqlite3"_s, { u"-readonly"_s, file, u"SELECT notes FROM interaction WHERE notes GLOB '[ws][0-9]*'"_s });
    EXPECT_TRUE(shell.waitForFinished(kWaitMs));
    EXPECT_EQ(shell.exitCode(), 0) << file.toStdString() << ": " << shell.readAllStandardError().toStdString();
    return QString::fromUtf8(shell.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

// Every file directly in `folder` (hidden ones too) but `journal` that begins as an SQLite
// database does: a plain copy of the journal.
QStringList plainCopies(const QString &folder, const QString &journal)
{
    QStringList found;
    const QDir dir(folder);
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden | QDir::System)) {
        if (dir.filePath(name) == journal)
            continue;
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3", 16))
            found << name;
    }
    return found;
}

class CliRestoreSafetyTest : public CliTest
{
protected:
    void SetUp() override
    {
        ok({ u"demo"_s, u"--seed"_s, u"3"_s });
        QFile file(passphrase());
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("correct horse battery staple\n");
    }

    QString passphrase() const { return path(u"passphrase.txt"_s); }

    // Starts rapport-cli ARGS; the caller waits or kills.
    void start(QProcess &process, const QStringList &args) const
    {
        process.setProcessEnvironment(environment());
        process.setWorkingDirectory(path(QString()));
        process.start(program(), args);
        ASSERT_TRUE(process.waitForStarted(kWaitMs));
    }
    // How long rapport-cli ARGS takes when left alone, in ms; it must succeed.
    qint64 timed(const QStringList &args) const
    {
        QElapsedTimer timer;
        timer.start();
        const CliRun r = run(args);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return timer.elapsed();
    }
    // Runs rapport-cli ARGS and kills it (SIGKILL) after `ms`, or as soon as a hidden file
    // with content appears directly in the temporary folder when `ms` is negative.
    void killed(const QStringList &args, qint64 ms) const
    {
        QProcess process;
        start(process, args);
        QElapsedTimer timer;
        timer.start();
        const QDir dir(path(QString()));
        while (process.state() == QProcess::Running && timer.elapsed() < kWaitMs) {
            if (ms >= 0 && timer.elapsed() >= ms)
                break;
            if (ms < 0) {
                const auto hidden = dir.entryInfoList({ u".*"_s }, QDir::Files | QDir::Hidden);
                if (std::any_of(hidden.begin(), hidden.end(), [](const QFileInfo &f) { return f.size() > 0; }))
                    break;
            }
            QThread::usleep(200);
        }
        process.kill();
        process.waitForFinished(kWaitMs);
    }
    // After a kill: no plain copy of the journal beside it, and the journal is sound.
    void leftNothingPlain(const char *what, qint64 ms) const
    {
        SCOPED_TRACE(std::string(what) + " killed after " + std::to_string(ms) + " ms");
        EXPECT_EQ(plainCopies(path(QString()), db()), QStringList());
        EXPECT_EQ(ok({ u"check"_s }), u"journal is clean\n"_s);
    }
    // Kill moments across a run of `total` ms, the first as soon as a staging file fills.
    static QList<qint64> moments(qint64 total) { return { -1, total / 5, total / 2, total * 4 / 5, total * 95 / 100 }; }
};

// Two other programs write while the journal is restored again and again: rapport-cli log
// in a loop, which opens the journal for each entry, and the sqlite3 shell, which keeps it
// open throughout as the app does. Every entry either was told was saved must be in the
// journal or in the copy that the next restore kept of it, and the journal must pass
// `check`. A restore that renamed a file over the journal lost entries of both (and had
// to refuse while the shell had the journal open).
TEST_F(CliRestoreSafetyTest, RestoresWhileOtherProgramsWriteLoseNoEntryTheyWereToldWasSaved)
{
    const QString backup = path(u"backup.rapport"_s);
    ok({ u"backup"_s, u"--output"_s, backup });

    // The loop logs entries with the notes w1, w2 ... and prints "ack wN" for each one
    // rapport-cli reported with its #id, until the stop file appears.
    const QString stop = path(u"stop"_s);
    QProcess writer;
    QProcessEnvironment env = environment();
    env.insert(u"RAPPORT_CLI"_s, program());
    env.insert(u"JOURNAL"_s, db());
    env.insert(u"STOP"_s, stop);
    writer.setProcessEnvironment(env);
    writer.start(u"/bin/sh"_s, { u"-c"_s, uR"(i=0
while [ ! -e "$STOP" ]; do
  i=$((i+1))
  if out=$("$RAPPORT_CLI" log coffee "#1" --date 2025-03-15 --note "w$i" --db "$JOURNAL" 2>/dev/null); then
    case "$out" in *"#"*) echo "ack w$i" ;; esac
  fi
done)"_s });
    ASSERT_TRUE(writer.waitForStarted(kWaitMs));
    // The shell keeps the journal open and writes s1, s2 ... when asked; "ack sN" follows
    // each commit (an error stops it, so no ack follows a failed write).
    QProcess shell;
    shell.start(u"sqlite3"_s, { u"-bail"_s, db() });
    ASSERT_TRUE(shell.waitForStarted(kWaitMs));
    shell.write(".timeout 10000\n");

    QStringList acknowledged;
    const auto readAcks = [&acknowledged](QProcess &process) {
        while (process.canReadLine()) {
            const QString line = QString::fromUtf8(process.readLine()).trimmed();
            if (line.startsWith(u"ack "_s))
                acknowledged << line.mid(4);
        }
    };
    // Waits until the writers acknowledged `count` entries in all.
    const auto acknowledgedAtLeast = [&](qsizetype count) {
        QElapsedTimer timer;
        timer.start();
        while (acknowledged.size() < count && timer.elapsed() < kWaitMs) {
            writer.waitForReadyRead(50);
            readAcks(writer);
            shell.waitForReadyRead(1);
            readAcks(shell);
        }
        return acknowledged.size() >= count;
    };
    ASSERT_TRUE(acknowledgedAtLeast(1));

    QStringList kept;
    const QRegularExpression keptLine(u"the journal it replaced was kept as (.+)\n"_s);
    for (int i = 1; i <= kRestores; ++i) {
        shell.write(
            u"INSERT INTO interaction (day, kind, notes) VALUES (20162, 'coffee', 's%1'); SELECT 'ack s%1';\n"_s.arg(i)
                .toUtf8());
        const CliRun r = runDb({ u"restore"_s, backup });
        EXPECT_EQ(r.exitCode, 0) << "restore " << i << ": " << r.err.toStdString();
        if (const auto match = keptLine.match(r.out); match.hasMatch())
            kept << match.captured(1);
        // Entries land between restores too.
        ASSERT_TRUE(acknowledgedAtLeast(acknowledged.size() + 1));
    }
    QFile(stop).open(QIODevice::WriteOnly);
    ASSERT_TRUE(writer.waitForFinished(kWaitMs));
    shell.closeWriteChannel();
    ASSERT_TRUE(shell.waitForFinished(kWaitMs));
    readAcks(writer);
    readAcks(shell);

    // Each acknowledged entry is in the journal, or in the copy a later restore kept of it.
    QSet<QString> found;
    const QStringList journals = QStringList(kept) << db();
    for (const QString &file : journals) {
        for (const QString &note : writerNotes(file))
            found.insert(note);
    }
    QStringList lost;
    for (const QString &note : acknowledged) {
        if (!found.contains(note))
            lost << note;
    }
    EXPECT_EQ(lost, QStringList()) << "of " << acknowledged.size() << " acknowledged";
    EXPECT_GE(acknowledged.filter(QRegularExpression(u"^s"_s)).size(), kRestores / 2);
    EXPECT_EQ(kept.size(), kRestores);
    EXPECT_EQ(ok({ u"check"_s }), u"journal is clean\n"_s);
}

TEST_F(CliRestoreSafetyTest, AKilledEncryptedBackupLeavesNoPlainCopy)
{
    const QString target = path(u"backup.rapport-encrypted"_s);
    const QStringList args
        = { u"backup"_s, u"--output"_s, target, u"--passphrase-file"_s, passphrase(), u"--db"_s, db() };
    const qint64 total = timed(args);
    QFile::remove(target);
    for (const qint64 ms : moments(total)) {
        killed(args, ms);
        leftNothingPlain("backup", ms);
    }
}

TEST_F(CliRestoreSafetyTest, AKilledRestoreOfAnEncryptedBackupLeavesNoPlainCopyAndASoundJournal)
{
    const QString backup = path(u"backup.rapport-encrypted"_s);
    ok({ u"backup"_s, u"--output"_s, backup, u"--passphrase-file"_s, passphrase() });
    ok({ u"add-colleague"_s, u"Zoe Walker"_s });
    const QStringList args = { u"restore"_s, backup, u"--passphrase-file"_s, passphrase(), u"--db"_s, db() };
    const qint64 total = timed(args);
    for (const qint64 ms : moments(total)) {
        killed(args, ms);
        leftNothingPlain("restore", ms);
    }
}

} // namespace
} // namespace rapport::test
