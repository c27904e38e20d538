// rapport-cli export and import: JSON and CSV out and in through the real binary, the
// exit statuses of DESIGN.md section 6 (1 for a bad file, 2 for a malformed command line),
// nothing but errors on stderr when it is not a terminal, and a larger journal exported and
// imported within the memory every command may use.

#include "CliRunner.h"
#include "MemoryBounds.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace rapport::test {
namespace {

using namespace Qt::StringLiterals;

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *arg : list)
        out << QString::fromUtf8(arg);
    return out;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray withoutExportedAt(QByteArray json)
{
    QList<QByteArray> lines = json.split('\n');
    lines.removeIf([](const QByteArray &line) { return line.startsWith("  \"exported_at\": "); });
    return lines.join('\n');
}

class CliTransferTest : public CliTest
{
protected:
    void SetUp() override { ok(args({ "demo", "--seed", "3", "--date" }) << kDemoDate); }

    // rapport-cli ARGS --db JOURNAL, expecting exit 0 and an empty stderr.
    QString okOn(const QString &journal, QStringList command) const
    {
        const CliRun r = run(command << u"--db"_s << journal);
        EXPECT_EQ(r.exitCode, 0) << command.join(u' ').toStdString() << "\n" << r.err.toStdString();
        EXPECT_EQ(r.err, QString()) << command.join(u' ').toStdString();
        return r.out;
    }

    // Expects exit status `status` and exactly `message` on stderr.
    void fails(const QStringList &command, int status, const QString &message) const
    {
        const CliRun r = runDb(command);
        EXPECT_EQ(r.exitCode, status) << command.join(u' ').toStdString() << "\n" << r.err.toStdString();
        EXPECT_EQ(r.err, message) << command.join(u' ').toStdString();
        EXPECT_EQ(r.out, QString());
    }
};

TEST_F(CliTransferTest, JsonExportToStdoutOrFileAndImportIntoANewJournal)
{
    const QString file = path(u"journal.json"_s);
    const QByteArray toStdout = ok(args({ "export", "--format", "json" })).toUtf8();
    EXPECT_EQ(ok(args({ "export", "--format", "json", "--output" }) << file), u"exported to %1\n"_s.arg(file));
    EXPECT_EQ(withoutExportedAt(contents(file)), withoutExportedAt(toStdout));
    EXPECT_EQ(QFileInfo(file).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());

    // Into a journal that does not exist yet: made, filled with the same ids.
    const QString restored = path(u"restored.rapport"_s);
    EXPECT_EQ(okOn(restored, args({ "import", "--format", "json" }) << file),
        u"imported %1: 12 colleagues, 20 facts, 547 interactions, 67 thanks, 44 promises, 9 follow-ups, 9 reflections\n"
        "into an empty journal: every record kept its id\n"_s.arg(file));
    EXPECT_EQ(okOn(restored, args({ "check" })), u"journal is clean\n"_s);
    EXPECT_EQ(withoutExportedAt(okOn(restored, args({ "export", "--format", "json" })).toUtf8()),
        withoutExportedAt(toStdout));

    // Into one with records: merged, with new ids.
    const QString out = okOn(restored, args({ "import", "--format", "json" }) << file);
    EXPECT_TRUE(out.endsWith(u"merged into a journal that had records: every record got a new id\n"_s))
        << out.toStdString();
    EXPECT_EQ(okOn(restored, args({ "check" })), u"journal is clean\n"_s);
}

TEST_F(CliTransferTest, BadFileExitsOneAndChangesNothing)
{
    const QString before = ok(args({ "export", "--format", "csv", "--list", "interactions" }));
    const QString bad = QStringLiteral(RAPPORT_IO_FIXTURES) + u"/json/unknown-participant.json"_s;
    fails(args({ "import", "--format", "json" }) << bad, 1,
        u"rapport-cli: %1: interactions[1], field \"participants\" (line 8): There is no colleague #99.\n"_s.arg(bad));
    EXPECT_EQ(ok(args({ "export", "--format", "csv", "--list", "interactions" })), before);

    // A journal made for the import goes again when the import fails.
    const QString fresh = path(u"fresh.rapport"_s);
    const CliRun r = run(args({ "import", "--format", "json" }) << bad << u"--db"_s << fresh);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_FALSE(QFileInfo::exists(fresh));

    const QString badCsv = QStringLiteral(RAPPORT_IO_FIXTURES) + u"/csv/bad-email.csv"_s;
    fails(args({ "import", "--format", "csv" }) << badCsv, 1,
        u"rapport-cli: %1: line 2, field \"email\" (column 2, \"email\"): \"ana@\" is not an email address.\n"_s.arg(
            badCsv));
    fails(args({ "import", "--format", "json", "missing.json" }), 1,
        u"rapport-cli: missing.json: there is no such file\n"_s);
}

TEST_F(CliTransferTest, MalformedCommandLinesExitTwo)
{
    const auto usage = [](const char *command, const QString &message) {
        return u"rapport-cli: %1\nTry \"rapport-cli %2 --help\".\n"_s.arg(message, QLatin1String(command));
    };
    fails(args({ "export" }), 2, usage("export", u"export needs --format"_s));
    fails(args({ "export", "--format", "xml" }), 2,
        usage("export", u"--format: \"xml\" is not one of: json, csv, ics"_s));
    fails(args({ "export", "--format", "json", "--list", "colleagues" }), 2,
        usage("export", u"--list goes with --format csv"_s));
    fails(args({ "export", "--format", "csv", "--list", "all" }), 2,
        usage("export", u"--list all needs --output FOLDER"_s));
    fails(args({ "export", "--format", "csv", "--list", "people" }), 2,
        usage("export",
            u"--list: \"people\" is not one of: colleagues, interactions, gratitude, commitments, follow_ups, facts, reflections, all"_s));
    fails(args({ "import", "--format", "json" }), 2, usage("import", u"import needs --format json|csv|vcard PATH"_s));
    fails(args({ "import", "a.json" }), 2, usage("import", u"import needs --format"_s));
}

TEST_F(CliTransferTest, CsvListsOutAndColleaguesIn)
{
    const QString colleagues = ok(args({ "export", "--format", "csv" }));
    EXPECT_TRUE(colleagues.startsWith(u"id,name,pronouns,role,team,department,email,"_s));
    EXPECT_EQ(colleagues.count(u"\r\n"_s) >= 13, true);

    const QString folder = path(u"lists"_s);
    EXPECT_EQ(ok(args({ "export", "--format", "csv", "--list", "all", "--output" }) << folder),
        u"exported to %1\n"_s.arg(folder));
    EXPECT_EQ(QDir(folder).entryList(QDir::Files, QDir::Name),
        (QStringList { u"colleagues.csv"_s, u"commitments.csv"_s, u"facts.csv"_s, u"follow_ups.csv"_s,
            u"gratitude.csv"_s, u"interactions.csv"_s, u"reflections.csv"_s }));

    const QString people = path(u"people.csv"_s);
    QFile file(people);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("Full name,E-mail,Shoe size,Team\r\nZoe Park,zoe@example.com,38,Design\r\nYann Roux,,44,\r\n");
    file.close();
    EXPECT_EQ(ok(args({ "import", "--format", "csv" }) << people),
        u"imported %1: 2 colleagues\ncolumns left out (no colleague field has their name): \"Shoe size\"\n"_s.arg(
            people));
    EXPECT_TRUE(ok(args({ "export", "--format", "csv" })).contains(u"\r\n13,Zoe Park,,,Design,,zoe@example.com,"_s));
}

// Every list of a journal is private: the folder --list all makes is the owner's alone
// (0700) and so is each file in it (0600), whatever the umask says.
TEST_F(CliTransferTest, CsvOfEveryListGoesIntoAnOwnerOnlyFolder)
{
    const mode_t umask = ::umask(0);
    const QString folder = path(u"open/lists"_s);
    const CliRun r = runDb(args({ "export", "--format", "csv", "--list", "all", "--output" }) << folder);
    ::umask(umask);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    const auto mode = [](const QString &file) {
        struct stat info
        {
        };
        EXPECT_EQ(::stat(QFile::encodeName(file).constData(), &info), 0) << file.toStdString();
        return info.st_mode & 07777;
    };
    EXPECT_EQ(mode(path(u"open"_s)), 0700u);
    EXPECT_EQ(mode(folder), 0700u);
    const QStringList files = QDir(folder).entryList(QDir::Files);
    EXPECT_EQ(files.size(), 7);
    for (const QString &file : files)
        EXPECT_EQ(mode(QDir(folder).filePath(file)), 0600u) << file.toStdString();
}

// A journal of 50,000 interactions out and back in through the command line, each command
// within 100 MB of resident memory (the million-interaction run is in tests/bench).
TEST_F(CliTransferTest, LargeJournalRoundTripWithinTheMemoryBound)
{
    if (!QFileInfo::exists(u"/usr/bin/time"_s))
        GTEST_SKIP() << "/usr/bin/time (Debian package time) is not installed";
    const QString big = path(u"big.rapport"_s);
    okOn(big,
        args({ "generate", "--colleagues", "300", "--interactions", "50000", "--seed", "5", "--date", "2026-06-30" }));
    const QString json = path(u"big.json"_s);
    const QString restored = path(u"big-restored.rapport"_s);
    const QStringList timed = { u"/usr/bin/time"_s, u"-f"_s, u"peak_rss_kb=%M"_s };
    const auto measured = [&](const QString &journal, QStringList command) {
        QElapsedTimer timer;
        timer.start();
        const CliRun r = run(command << u"--db"_s << journal, timed);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        const qint64 kb = r.err.section(u"peak_rss_kb="_s, 1).trimmed().toLongLong();
        EXPECT_GT(kb, 0);
        if (memoryBoundsApply()) {
            EXPECT_LE(kb, 100 * 1024) << command.join(u' ').toStdString();
        }
        std::cout << "[ measure  ] " << command.first().toStdString() << ": " << timer.elapsed() << " ms, peak "
                  << kb / 1024 << " MB\n";
    };
    measured(big, args({ "export", "--format", "json", "--output" }) << json);
    measured(restored, args({ "import", "--format", "json" }) << json);
    EXPECT_EQ(okOn(restored, args({ "check" })), u"journal is clean\n"_s);
    EXPECT_EQ(withoutExportedAt(okOn(restored, args({ "export", "--format", "json" })).toUtf8()),
        withoutExportedAt(contents(json)));
}

} // namespace
} // namespace rapport::test
