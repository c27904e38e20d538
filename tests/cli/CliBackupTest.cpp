// rapport-cli backup and restore through the real binary: plain and encrypted backups to
// the backups folder or --output, restoring into a new journal or over one (which is kept),
// the passphrase read from a file, and the exit statuses of DESIGN.md section 6.

#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace rapport::test {
namespace {

using namespace Qt::StringLiterals;

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

class CliBackupTest : public CliTest
{
protected:
    void SetUp() override { ok({ u"demo"_s, u"--seed"_s, u"3"_s, u"--date"_s, kDemoDate }); }

    QString backups() const { return QDir(dataHome()).filePath(u"rapport/backups"_s); }

    // rapport-cli ARGS --db JOURNAL, expecting exit 0 and an empty stderr.
    QString okOn(const QString &journal, QStringList command) const
    {
        const CliRun r = run(command << u"--db"_s << journal);
        EXPECT_EQ(r.exitCode, 0) << command.join(u' ').toStdString() << "\n" << r.err.toStdString();
        EXPECT_EQ(r.err, QString()) << command.join(u' ').toStdString();
        return r.out;
    }
    // The whole journal as JSON, without the moment of the export.
    QString exported(const QString &journal) const
    {
        QStringList lines = okOn(journal, { u"export"_s, u"--format"_s, u"json"_s }).split(u'\n');
        lines.removeIf([](const QString &line) { return line.startsWith(u"  \"exported_at\": "_s); });
        return lines.join(u'\n');
    }
    // Expects exit status `status` and exactly `message` on stderr.
    void fails(const QStringList &command, int status, const QString &message) const
    {
        const CliRun r = runDb(command);
        EXPECT_EQ(r.exitCode, status) << command.join(u' ').toStdString() << "\n" << r.err.toStdString();
        EXPECT_EQ(r.err, message) << command.join(u' ').toStdString();
        EXPECT_EQ(r.out, QString());
    }
    static QString usage(const QString &message, const char *command)
    {
        return u"rapport-cli: %1\nTry \"rapport-cli %2 --help\".\n"_s.arg(message, QLatin1String(command));
    }
};

TEST_F(CliBackupTest, ABackupGoesToTheBackupsFolderAndRestoresIntoANewJournal)
{
    const QString out = ok({ u"backup"_s });
    const auto match = QRegularExpression(u"^backed up to (%1/journal-\\d{4}-\\d{2}-\\d{2}-\\d{6}\\.rapport)\n$"_s.arg(
                                              QRegularExpression::escape(backups())))
                           .match(out);
    ASSERT_TRUE(match.hasMatch()) << out.toStdString();
    const QString backup = match.captured(1);
    EXPECT_EQ(
        QFileInfo(backup).permissions() & ~(QFile::ReadUser | QFile::WriteUser | QFile::ReadOwner | QFile::WriteOwner),
        QFile::Permissions());
    EXPECT_TRUE(contents(backup).startsWith("SQLite format 3"));

    const QString restored = path(u"restored.rapport"_s);
    EXPECT_EQ(okOn(restored, { u"restore"_s, backup }),
        u"restored %1 into %2\nthere was no journal there before\n"_s.arg(backup, restored));
    EXPECT_EQ(okOn(restored, { u"check"_s }), u"journal is clean\n"_s);
    EXPECT_EQ(exported(restored), exported(db()));
}

TEST_F(CliBackupTest, RestoreReplacesTheJournalAndKeepsTheOneItReplaced)
{
    const QString backup = path(u"saved.rapport"_s);
    EXPECT_EQ(ok({ u"backup"_s, u"--output"_s, backup }), u"backed up to %1\n"_s.arg(backup));
    const QString atBackup = exported(db());
    ok({ u"add-colleague"_s, u"Zoe Walker"_s });
    const QString withZoe = exported(db());

    const QString out = ok({ u"restore"_s, backup });
    const auto match = QRegularExpression(
        u"^restored %1 into %2\nthe journal it replaced was kept as (%3/"
        "journal-before-restore-\\d{4}-\\d{2}-\\d{2}-\\d{6}\\.rapport)\n$"_s.arg(QRegularExpression::escape(backup),
            QRegularExpression::escape(db()), QRegularExpression::escape(backups())))
                           .match(out);
    ASSERT_TRUE(match.hasMatch()) << out.toStdString();
    EXPECT_EQ(exported(db()), atBackup);
    EXPECT_EQ(exported(match.captured(1)), withZoe);
}

TEST_F(CliBackupTest, AnEncryptedBackupNeedsItsPassphraseToRestore)
{
    const QString passphrase = path(u"passphrase.txt"_s);
    write(passphrase, "two words\r\nand a second line that is not part of it\n");
    const QString out = ok({ u"backup"_s, u"--passphrase-file"_s, passphrase });
    const auto match = QRegularExpression(
        u"^backed up to (%1/journal-[-\\d]+\\.rapport-encrypted)\n$"_s.arg(QRegularExpression::escape(backups())))
                           .match(out);
    ASSERT_TRUE(match.hasMatch()) << out.toStdString();
    const QString backup = match.captured(1);
    EXPECT_TRUE(contents(backup).startsWith("RAPPORT-ENCRYPTED-BACKUP"));
    EXPECT_FALSE(contents(backup).contains("SQLite format 3"));
    const QByteArray journalBefore = contents(db());

    fails({ u"restore"_s, backup }, 2,
        usage(u"%1 is an encrypted backup; give its passphrase with --passphrase-file FILE"_s.arg(backup), "restore"));
    const QString wrong = path(u"wrong.txt"_s);
    write(wrong, "two words and more\n");
    fails({ u"restore"_s, backup, u"--passphrase-file"_s, wrong }, 1,
        u"rapport-cli: %1: The passphrase is not the one this backup was made with.\n"_s.arg(backup));
    EXPECT_EQ(contents(db()), journalBefore);

    const QString restored = path(u"restored.rapport"_s);
    okOn(restored, { u"restore"_s, backup, u"--passphrase-file"_s, passphrase });
    EXPECT_EQ(exported(restored), exported(db()));
}

TEST_F(CliBackupTest, UsageAndInputErrors)
{
    const QString empty = path(u"empty.txt"_s);
    write(empty, "\n");
    fails({ u"backup"_s, u"--passphrase-file"_s, empty }, 2,
        usage(u"--passphrase-file: the first line of %1 is empty; it must hold the passphrase"_s.arg(empty), "backup"));
    const QString missing = path(u"missing.txt"_s);
    fails({ u"backup"_s, u"--passphrase-file"_s, missing }, 1,
        u"rapport-cli: --passphrase-file: cannot read %1: No such file or directory\n"_s.arg(missing));
    fails({ u"backup"_s, u"now"_s }, 2, usage(u"backup takes no arguments, but got \"now\""_s, "backup"));
    fails({ u"backup"_s, u"--output"_s, u""_s }, 2, usage(u"--output: the path is empty"_s, "backup"));
    fails({ u"restore"_s }, 2, usage(u"restore needs PATH [--passphrase-file FILE]"_s, "restore"));
    EXPECT_FALSE(QFileInfo::exists(backups()));

    // A bad backup is bad input, and the journal stays as it was.
    const QByteArray before = contents(db());
    const QString text = path(u"notes.txt"_s);
    write(text, "not a backup\n");
    fails({ u"restore"_s, text }, 1,
        u"rapport-cli: %1: This is not a Rapport backup: it is neither a journal nor an encrypted backup.\n"_s.arg(
            text));
    fails({ u"restore"_s, path(u"nothing.rapport"_s) }, 1,
        u"rapport-cli: There is no backup at %1.\n"_s.arg(path(u"nothing.rapport"_s)));
    EXPECT_EQ(contents(db()), before);

    const QString help = ok({ u"--help"_s });
    EXPECT_TRUE(help.contains(u"\n  backup "_s)) << help.toStdString();
    EXPECT_TRUE(help.contains(u"\n  restore "_s)) << help.toStdString();
}

} // namespace
} // namespace rapport::test
