// rapport-cli's contract: exit status 0 / 1 / 2, messages on stderr, help, journals.

#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace rapport::test {
namespace {

const QStringList kCommands = { QStringLiteral("init"), QStringLiteral("demo"), QStringLiteral("generate"),
    QStringLiteral("add-colleague"), QStringLiteral("archive"), QStringLiteral("log"), QStringLiteral("thank"),
    QStringLiteral("promise"), QStringLiteral("close-promise"), QStringLiteral("follow-up"), QStringLiteral("due"),
    QStringLiteral("stats"), QStringLiteral("check"), QStringLiteral("export"), QStringLiteral("import"),
    QStringLiteral("backup"), QStringLiteral("restore") };

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *arg : list)
        out << QString::fromUtf8(arg);
    return out;
}

// A journal with Ana Silva (#1) in it.
class CliUsageTest : public CliTest
{
protected:
    void SetUp() override
    {
        ok({ QStringLiteral("init") });
        EXPECT_EQ(ok(args({ "add-colleague", "Ana Silva", "--since", "2024-01-01", "--cadence", "7" })),
            QStringLiteral("added colleague #1 Ana Silva\n"));
    }

    // Expects `status` and exactly `message` on stderr, nothing on stdout.
    void fails(const QStringList &command, int status, const QString &message)
    {
        const CliRun r = runDb(command);
        EXPECT_EQ(r.exitCode, status) << command.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString();
        EXPECT_EQ(r.err, message) << command.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(r.out, QString());
    }
    static QString usage(const QString &message, const char *command)
    {
        return QStringLiteral("rapport-cli: %1\nTry \"rapport-cli %2 --help\".\n").arg(message, QLatin1String(command));
    }
};

TEST_F(CliUsageTest, UsageErrorsExitTwo)
{
    const CliRun none = run({});
    EXPECT_EQ(none.exitCode, 2);
    EXPECT_TRUE(none.err.startsWith(QStringLiteral("rapport-cli: no command given\n"))) << none.err.toStdString();

    for (const char *unknown : { "frobnicate" }) {
        const CliRun r = runDb({ QString::fromLatin1(unknown) });
        EXPECT_EQ(r.exitCode, 2) << unknown;
        EXPECT_EQ(r.err,
            QStringLiteral("rapport-cli: unknown command \"%1\"; see rapport-cli --help\n")
                .arg(QLatin1String(unknown)));
    }

    fails(args({ "due", "--frobnicate" }), 2, usage(QStringLiteral("Unknown option 'frobnicate'."), "due"));
    const CliRun missingValue = run(args({ "due", "--db", db().toUtf8().constData(), "--date" }));
    EXPECT_EQ(missingValue.exitCode, 2);
    EXPECT_EQ(missingValue.err, usage(QStringLiteral("Missing value after '--date'."), "due"));

    fails(args({ "log", "coffee" }), 2, usage(QStringLiteral("log needs KIND WHO..."), "log"));
    fails(args({ "add-colleague" }), 2, usage(QStringLiteral("add-colleague needs NAME"), "add-colleague"));
    fails(args({ "archive", "Ana", "Silva" }), 2,
        usage(QStringLiteral("unexpected argument \"Silva\" (put a name with spaces in quotes)"), "archive"));
    fails(args({ "due", "today" }), 2, usage(QStringLiteral("due takes no arguments, but got \"today\""), "due"));
    fails(args({ "thank", "Ana Silva" }), 2, usage(QStringLiteral("thank needs --for"), "thank"));
    fails(args({ "promise", "Ana Silva", "--what", "a draft" }), 2,
        usage(QStringLiteral("promise needs --due"), "promise"));
    fails(args({ "follow-up", "Ana Silva", "--due", "2024-03-01" }), 2,
        usage(QStringLiteral("follow-up needs --what"), "follow-up"));
    const QString oneOf
        = usage(QStringLiteral("close-promise needs exactly one of --done and --dropped"), "close-promise");
    fails(args({ "close-promise", "1" }), 2, oneOf);
    fails(args({ "close-promise", "1", "--done", "--dropped" }), 2, oneOf);
}

TEST_F(CliUsageTest, BadValuesExitOneNamingTheOption)
{
    fails(args({ "log", "coffee", "Ana Silva", "--date", "2024-13-01" }), 1,
        QStringLiteral("rapport-cli: --date: 2024-13-01 is not a date (YYYY-MM-DD)\n"));
    fails(args({ "promise", "Ana Silva", "--what", "x", "--due", "2024-02-30" }), 1,
        QStringLiteral("rapport-cli: --due: 2024-02-30 is not a date (YYYY-MM-DD)\n"));
    fails(args({ "promise", "Ana Silva", "--what", "x", "--due", "2024-03-01", "--made", "yesterday" }), 1,
        QStringLiteral("rapport-cli: --made: yesterday is not a date (YYYY-MM-DD)\n"));
    fails(args({ "add-colleague", "Ben", "--since", "01/02/2024" }), 1,
        QStringLiteral("rapport-cli: --since: 01/02/2024 is not a date (YYYY-MM-DD)\n"));
    fails(args({ "add-colleague", "Ben", "--birthday=--13-01" }), 1,
        QStringLiteral("rapport-cli: --birthday: --13-01 is not a birthday (YYYY-MM-DD or --MM-DD)\n"));
    fails(args({ "add-colleague", "Ben", "--cadence", "400" }), 1,
        QStringLiteral("rapport-cli: --cadence: 400 is not between 0 and 365\n"));
    fails(args({ "add-colleague", "Ben", "--work-mode", "beach" }), 1,
        QStringLiteral("rapport-cli: --work-mode: \"beach\" is not one of: office, hybrid, remote\n"));
    fails(args({ "log", "coffee", "Ana Silva", "--quality", "7" }), 1,
        QStringLiteral("rapport-cli: --quality: 7 is not between 1 and 5\n"));
    fails(args({ "log", "coffee", "Ana Silva", "--quality", "warm" }), 1,
        QStringLiteral("rapport-cli: --quality: warm is not a whole number\n"));
    fails(args({ "log", "coffee", "Ana Silva", "--time", "25:00" }), 1,
        QStringLiteral("rapport-cli: --time: 25:00 is not a time of day (HH:MM)\n"));
    fails(args({ "log", "coffee", "Ana Silva", "--channel", "pigeon" }), 1,
        QStringLiteral("rapport-cli: --channel: \"pigeon\" is not one of: in_person, video, call, chat, email\n"));
    fails(
        args({ "stats", "--months", "0" }), 1, QStringLiteral("rapport-cli: --months: 0 is not between 1 and 1200\n"));
    fails(args({ "close-promise", "twelve", "--done" }), 1,
        QStringLiteral("rapport-cli: \"twelve\" is not a promise id; write it as 12 or #12\n"));
    fails(args({ "log", "lunch", "Ana Silva" }), 1,
        QStringLiteral("rapport-cli: unknown kind \"lunch\"; use one of: coffee, touchbase, meal, greeting, "
                       "collaboration, help_given, help_received, feedback_given, feedback_received, shared_info, "
                       "asked_opinion, celebration, introduction, tension, other\n"));
    // Errors from the journal itself.
    fails(args({ "log", "coffee", "Nobody" }), 1,
        QStringLiteral("rapport-cli: There is no colleague named \"Nobody\".\n"));
    fails(args({ "archive", "#99" }), 1, QStringLiteral("rapport-cli: There is no colleague #99.\n"));
    fails(args({ "close-promise", "5", "--done" }), 1, QStringLiteral("rapport-cli: There is no promise #5.\n"));
    fails(args({ "promise", "Ana Silva", "--what", "x", "--made", "2024-03-02", "--due", "2024-03-01" }), 1,
        QStringLiteral("rapport-cli: The due date 2024-03-01 is before the promise was made (2024-03-02).\n"));
    // Nothing was written by any of them.
    EXPECT_EQ(ok(args({ "due", "--date", "2024-01-02" })), QStringLiteral("Nothing is due on 2024-01-02.\n"));
}

TEST_F(CliUsageTest, AmbiguousNamesListTheMatchesAndIdsResolve)
{
    const CliRun second = runDb(args({ "add-colleague", "ana silva", "--since", "2024-01-01" }));
    EXPECT_EQ(second.exitCode, 0);
    EXPECT_EQ(second.out, QStringLiteral("added colleague #2 ana silva\n"));
    EXPECT_EQ(second.err, QStringLiteral("note: 2 colleagues are named \"ana silva\"; refer to this one as #2\n"));

    fails(args({ "log", "coffee", "ANA SILVA", "--date", "2024-01-05" }), 1,
        QStringLiteral("rapport-cli: \"ANA SILVA\" could mean several colleagues: #1 Ana Silva, #2 ana silva. "
                       "Use the id, e.g. #1.\n"));
    EXPECT_EQ(ok(args({ "log", "coffee", "#2", "--date", "2024-01-05" })),
        QStringLiteral("logged interaction #1: coffee with ana silva on 2024-01-05\n"));
    EXPECT_EQ(ok(args({ "archive", "#2" })), QStringLiteral("archived #2 ana silva\n"));
    EXPECT_EQ(ok(args({ "archive", "#2" })), QStringLiteral("#2 ana silva was already archived\n"));
    // Archived colleagues still count as matches: history stays history.
    fails(args({ "thank", "Ana Silva", "--for", "x" }), 1,
        QStringLiteral(
            "rapport-cli: \"Ana Silva\" could mean several colleagues: #1 Ana Silva, #2 ana silva (archived). "
            "Use the id, e.g. #1.\n"));
}

TEST_F(CliUsageTest, OnlyInitAndDemoCreateJournals)
{
    const QString missing = path(QStringLiteral("nowhere/missing.rapport"));
    for (const QStringList &command : { args({ "due" }), args({ "stats" }), args({ "check" }),
             args({ "add-colleague", "Ben" }), args({ "log", "coffee", "Ben" }), args({ "archive", "Ben" }) }) {
        const CliRun r = run(QStringList(command) << QStringLiteral("--db") << missing);
        EXPECT_EQ(r.exitCode, 1) << command.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(
            r.err, QStringLiteral("rapport-cli: no journal at %1; create one with rapport-cli init\n").arg(missing));
    }
    EXPECT_FALSE(QFileInfo::exists(missing));

    // init refuses an existing journal and leaves it alone.
    fails(args({ "init" }), 1, QStringLiteral("rapport-cli: a journal already exists at %1\n").arg(db()));
    EXPECT_EQ(ok(args({ "stats", "--date", "2024-01-01", "--months", "1" })).count(QStringLiteral("Ana Silva")), 1);

    // A file that is not a journal is bad input, not a crash.
    const QString text = path(QStringLiteral("notes.txt"));
    QFile file(text);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    const CliRun r = run(args({ "due", "--db" }) << text);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("rapport-cli: "))) << r.err.toStdString();
    const CliRun empty = run(args({ "due", "--db", "" }));
    EXPECT_EQ(empty.exitCode, 1);
    EXPECT_EQ(empty.err, QStringLiteral("rapport-cli: --db: the path is empty\n"));
}

TEST_F(CliUsageTest, DefaultJournalAndLastUsedOne)
{
    // No --db and no settings: the default journal in the data folder.
    const QString defaultJournal = QDir(dataHome()).filePath(QStringLiteral("rapport/journal.rapport"));
    const CliRun created = run(args({ "init" }));
    EXPECT_EQ(created.exitCode, 0) << created.err.toStdString();
    EXPECT_EQ(created.out, QStringLiteral("created journal %1\n").arg(defaultJournal));
    EXPECT_TRUE(QFileInfo::exists(defaultJournal));
    EXPECT_EQ(run(args({ "add-colleague", "Cleo Park" })).out, QStringLiteral("added colleague #1 Cleo Park\n"));

    // The journal the app used last, when it exists, comes first.
    QDir().mkpath(QDir(configHome()).filePath(QStringLiteral("rapport")));
    QFile settings(QDir(configHome()).filePath(QStringLiteral("rapport/rapport.conf")));
    ASSERT_TRUE(settings.open(QIODevice::WriteOnly));
    settings.write(QStringLiteral("[journal]\nlast=%1\n").arg(db()).toUtf8());
    settings.close();
    EXPECT_EQ(run(args({ "add-colleague", "Ben Ode" })).out, QStringLiteral("added colleague #2 Ben Ode\n"));
    EXPECT_TRUE(ok(args({ "stats" })).contains(QStringLiteral("#2 Ben Ode")));
}

TEST_F(CliUsageTest, CheckFindsBrokenForeignKeys)
{
    EXPECT_EQ(ok(args({ "check" })), QStringLiteral("journal is clean\n"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cli-test-raw"));
        raw.setDatabaseName(db());
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO gratitude (colleague_id, day, direction, what) "
                                          "VALUES (99, 19800, 'given', 'x')")))
            << q.lastError().text().toStdString();
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("cli-test-raw"));
    const CliRun r = runDb(args({ "check" }));
    EXPECT_EQ(r.exitCode, 1);
    // The row itself and its copy in the contact-day index (filled by a trigger).
    EXPECT_TRUE(r.out.contains(QStringLiteral("row 1 of gratitude refers to a missing row of colleague\n")))
        << r.out.toStdString();
    EXPECT_EQ(r.out.count(QLatin1Char('\n')), 2);
    EXPECT_EQ(r.err, QStringLiteral("rapport-cli: the journal at %1 has 2 problem(s)\n").arg(db()));
}

TEST_F(CliUsageTest, HelpForEveryCommand)
{
    const CliRun top = run({ QStringLiteral("--help") });
    EXPECT_EQ(top.exitCode, 0);
    EXPECT_TRUE(top.out.startsWith(QStringLiteral("Usage: rapport-cli COMMAND [options]\n")));
    QStringList listed;
    for (const QString &line : top.out.split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral("  ")) && !line.startsWith(QStringLiteral("   ")) && line.at(2).isLetter())
            listed << line.mid(2).section(QLatin1Char(' '), 0, 0);
    }
    EXPECT_EQ(listed, kCommands);

    for (const QString &command : kCommands) {
        for (const QString &flag : { QStringLiteral("--help"), QStringLiteral("-h") }) {
            const CliRun r = run({ command, flag });
            EXPECT_EQ(r.exitCode, 0) << command.toStdString();
            EXPECT_TRUE(r.out.startsWith(QStringLiteral("Usage: rapport-cli %1 ").arg(command))) << r.out.toStdString();
            EXPECT_TRUE(r.out.contains(QStringLiteral("--db <PATH>"))) << r.out.toStdString();
            EXPECT_TRUE(r.out.contains(QStringLiteral("\nExample:\n  rapport-cli %1").arg(command)))
                << r.out.toStdString();
            EXPECT_EQ(r.err, QString());
        }
    }
    const QString log = run(args({ "log", "--help" })).out;
    for (const char *option : { "--date <D>", "--quality <Q>", "--note <TEXT>", "--time <HH:MM>", "--duration <MIN>",
             "--channel <CHANNEL>", "--initiated-by <WHO>", "celebration" })
        EXPECT_TRUE(log.contains(QLatin1String(option))) << option;
    const QString add = run(args({ "add-colleague", "--help" })).out;
    for (const char *option : { "--pronouns", "--role", "--team", "--department", "--email", "--phone", "--chat",
             "--work-mode", "--time-zone", "--start-date", "--birthday", "--how-we-met", "--channel", "--best-time",
             "--working-style", "--cadence", "--tag", "--notes", "--since" })
        EXPECT_TRUE(add.contains(QLatin1String(option))) << option;

    const CliRun version = run({ QStringLiteral("--version") });
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_EQ(version.out, QStringLiteral("rapport-cli " RAPPORT_VERSION "\n"));
}

TEST_F(CliUsageTest, EveryColleagueFieldAndNotesNeverLogged)
{
    EXPECT_EQ(
        ok(args({ "add-colleague", "  Bo   Berg ", "--pronouns", "he/him", "--role", "SRE", "--team", "Ops",
            "--department", "Infra", "--email", "bo@example.org", "--phone", "+46 1", "--chat", "@bo", "--work-mode",
            "remote", "--time-zone", "Europe/Stockholm", "--start-date", "2024-03-25", "--birthday", "1990-05-17",
            "--how-we-met", "on-call", "--channel", "video", "--best-time", "morning", "--working-style", "async",
            "--cadence", "30", "--tag", "sre", "--tag", "mentor", "--notes", "likes tea", "--since", "2024-03-25" })),
        QStringLiteral("added colleague #2 Bo Berg\n"));
    const CliRun bad = runDb(args({ "add-colleague", "Cy", "--email", "not-an-email" }));
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_EQ(bad.err, QStringLiteral("rapport-cli: \"not-an-email\" is not an email address.\n"));

    const CliRun verbose = runDb(args({ "log", "coffee", "Ana Silva", "--note", "SECRET-NOTE-TEXT", "--verbose" }));
    EXPECT_EQ(verbose.exitCode, 0) << verbose.err.toStdString();
    EXPECT_TRUE(verbose.err.contains(QStringLiteral("logged interaction #1"))) << verbose.err.toStdString();
    EXPECT_FALSE(verbose.err.contains(QStringLiteral("SECRET"))) << verbose.err.toStdString();
    QFile logFile(QDir(dataHome()).filePath(QStringLiteral("rapport/rapport.log")));
    ASSERT_TRUE(logFile.open(QIODevice::ReadOnly));
    const QByteArray logged = logFile.readAll();
    EXPECT_TRUE(logged.contains("logged interaction #1"));
    EXPECT_FALSE(logged.contains("SECRET"));
}

TEST_F(CliTest, DemoFillsOnlyAnEmptyJournal)
{
    const QString demo = path(QStringLiteral("demo/demo.rapport"));
    const CliRun filled = run(args({ "demo", "--seed", "7", "--date" }) << kDemoDate << QStringLiteral("--db") << demo);
    EXPECT_EQ(filled.exitCode, 0) << filled.err.toStdString();
    EXPECT_TRUE(filled.out.startsWith(QStringLiteral("filled %1 with a demo team of ").arg(demo)))
        << filled.out.toStdString();
    const CliRun again = run(args({ "demo", "--date" }) << kDemoDate << QStringLiteral("--db") << demo);
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.startsWith(QStringLiteral("rapport-cli: the journal at %1 already has colleagues").arg(demo)))
        << again.err.toStdString();
    EXPECT_EQ(run(args({ "check", "--db" }) << demo).out, QStringLiteral("journal is clean\n"));
    const CliRun badSeed = run(args({ "demo", "--seed", "-1", "--db" }) << path(QStringLiteral("other.rapport")));
    EXPECT_EQ(badSeed.exitCode, 1);
    EXPECT_EQ(badSeed.err, QStringLiteral("rapport-cli: --seed: -1 is not between 0 and 4294967295\n"));
}

} // namespace
} // namespace rapport::test
