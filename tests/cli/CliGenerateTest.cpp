// rapport-cli generate: a reproducible synthetic journal, written only into a new or
// empty journal, with its options checked like every other command's.

#include "CliRunner.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <utility>

namespace rapport::test {
namespace {

const QString kDate = QStringLiteral("2026-06-30");

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *arg : list)
        out << QString::fromUtf8(arg);
    return out;
}

class CliGenerateTest : public CliTest
{
protected:
    // generate 50 colleagues and 2,000 interactions ending on kDate into `journal`.
    CliRun generate(const QString &journal, const char *seed) const
    {
        return run(args({ "generate", "--colleagues", "50", "--interactions", "2000", "--seed", seed, "--date" })
            << kDate << QStringLiteral("--db") << journal);
    }

    // `stats --json` as of kDate: every figure of the journal, as text.
    QString stats(const QString &journal) const
    {
        const CliRun r = run(args({ "stats", "--json", "--date" }) << kDate << QStringLiteral("--db") << journal);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return r.out;
    }

    // Rows of `table`, read with SQLite directly.
    static qint64 rows(const QString &journal, const QString &table)
    {
        const QString name = QStringLiteral("cli-generate-count");
        qint64 count = -1;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(journal);
            if (raw.open()) {
                QSqlQuery q(raw);
                if (q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next())
                    count = q.value(0).toLongLong();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return count;
    }

    // Expects exit status `status`, exactly `message` on stderr and nothing on stdout.
    void fails(const QStringList &command, int status, const QString &message) const
    {
        const CliRun r = run(command);
        EXPECT_EQ(r.exitCode, status) << command.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString();
        EXPECT_EQ(r.err, message) << command.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(r.out, QString());
    }
};

TEST_F(CliGenerateTest, SameSeedSameJournalOtherSeedOtherJournal)
{
    const QString first = path(QStringLiteral("first.rapport"));
    const QString second = path(QStringLiteral("second.rapport"));
    const QString other = path(QStringLiteral("other.rapport"));
    for (const auto &[journal, seed] :
        { std::pair { first, "3" }, std::pair { second, "3" }, std::pair { other, "4" } }) {
        const CliRun r = generate(journal, seed);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QRegularExpression summary(
            QStringLiteral("^generated %1: 50 colleagues, 2,000 interactions in \\d+\\.\\d s\\n$")
                .arg(QRegularExpression::escape(journal)));
        EXPECT_TRUE(summary.match(r.out).hasMatch()) << r.out.toStdString();
        // Not a terminal: no \r redraws (a plain progress line only on long runs).
        EXPECT_FALSE(r.err.contains(QLatin1Char('\r'))) << r.err.toStdString();
        EXPECT_EQ(run(args({ "check", "--db" }) << journal).out, QStringLiteral("journal is clean\n"));
        EXPECT_EQ(rows(journal, QStringLiteral("colleague")), 50);
        EXPECT_EQ(rows(journal, QStringLiteral("interaction")), 2000);
    }
    const QString figures = stats(first);
    const QJsonObject parsed = QJsonDocument::fromJson(figures.toUtf8()).object();
    EXPECT_EQ(parsed.value(QStringLiteral("as_of")).toString(), kDate);
    EXPECT_EQ(parsed.value(QStringLiteral("months")).toArray().size(), 12);
    // Some of the 50 are archived, and left out.
    EXPECT_GT(parsed.value(QStringLiteral("colleagues")).toArray().size(), 40);
    EXPECT_EQ(stats(second), figures);
    EXPECT_NE(stats(other), figures);
    EXPECT_EQ(rows(first, QStringLiteral("gratitude")), rows(second, QStringLiteral("gratitude")));
    EXPECT_EQ(rows(first, QStringLiteral("commitment")), rows(second, QStringLiteral("commitment")));
}

TEST_F(CliGenerateTest, WritesOnlyIntoANewOrEmptyJournal)
{
    // An empty journal made by init is fine.
    ok({ QStringLiteral("init") });
    EXPECT_EQ(generate(db(), "3").exitCode, 0);
    const QString before = stats(db());

    // A second run would mix two synthetic teams: refused, and nothing changes.
    fails(args({ "generate", "--colleagues", "5", "--interactions", "10", "--db" }) << db(), 1,
        QStringLiteral("rapport-cli: the journal at %1 is not empty; generate writes only into a new or empty "
                       "journal (give a new file with --db)\n")
            .arg(db()));
    EXPECT_EQ(stats(db()), before);

    // So is a journal with only one colleague of one's own.
    const QString own = path(QStringLiteral("own.rapport"));
    EXPECT_EQ(run(args({ "init", "--db" }) << own).exitCode, 0);
    EXPECT_EQ(run(args({ "add-colleague", "Ana Silva", "--db" }) << own).exitCode, 0);
    fails(args({ "generate", "--colleagues", "5", "--interactions", "10", "--db" }) << own, 1,
        QStringLiteral("rapport-cli: the journal at %1 is not empty; generate writes only into a new or empty "
                       "journal (give a new file with --db)\n")
            .arg(own));
    EXPECT_EQ(rows(own, QStringLiteral("colleague")), 1);

    // Zero interactions is a journal of colleagues alone.
    const QString quiet = path(QStringLiteral("quiet.rapport"));
    EXPECT_EQ(run(args({ "generate", "--colleagues", "1", "--interactions", "0", "--db" }) << quiet).exitCode, 0);
    EXPECT_EQ(rows(quiet, QStringLiteral("colleague")), 1);
    EXPECT_EQ(rows(quiet, QStringLiteral("interaction")), 0);
}

TEST_F(CliGenerateTest, BadValuesAndMissingOptions)
{
    const QString target = path(QStringLiteral("never.rapport"));
    const auto generateWith = [&](std::initializer_list<const char *> options) {
        return args({ "generate" }) << args(options) << QStringLiteral("--db") << target;
    };
    const auto bad
        = [](const char *message) { return QStringLiteral("rapport-cli: %1\n").arg(QString::fromUtf8(message)); };
    fails(generateWith({ "--colleagues", "0", "--interactions", "10" }), 1,
        bad("--colleagues: 0 is not between 1 and 1000000"));
    fails(generateWith({ "--colleagues", "1000001", "--interactions", "10" }), 1,
        bad("--colleagues: 1000001 is not between 1 and 1000000"));
    fails(generateWith({ "--colleagues", "many", "--interactions", "10" }), 1,
        bad("--colleagues: many is not a whole number"));
    fails(generateWith({ "--colleagues", "5", "--interactions", "-1" }), 1,
        bad("--interactions: -1 is not between 0 and 100000000"));
    fails(generateWith({ "--colleagues", "5", "--interactions", "100000001" }), 1,
        bad("--interactions: 100000001 is not between 0 and 100000000"));
    fails(generateWith({ "--colleagues", "5", "--interactions", "10", "--seed", "-1" }), 1,
        bad("--seed: -1 is not between 0 and 9223372036854775807"));
    fails(generateWith({ "--colleagues", "5", "--interactions", "10", "--date", "2026-02-30" }), 1,
        bad("--date: 2026-02-30 is not a date (YYYY-MM-DD)"));

    const auto usage = [](const char *message) {
        return QStringLiteral("rapport-cli: %1\nTry \"rapport-cli generate --help\".\n")
            .arg(QString::fromUtf8(message));
    };
    fails(generateWith({ "--interactions", "10" }), 2, usage("generate needs --colleagues"));
    fails(generateWith({ "--colleagues", "5" }), 2, usage("generate needs --interactions"));
    fails(generateWith({ "5000", "--colleagues", "5", "--interactions", "10" }), 2,
        usage("generate takes no arguments, but got \"5000\""));
    fails(generateWith({ "--colleagues", "5", "--interactions", "10", "--fast" }), 2, usage("Unknown option 'fast'."));
    // No command line that was refused left a journal behind.
    EXPECT_FALSE(QFileInfo::exists(target));

    const CliRun help = run(args({ "generate", "--help" }));
    EXPECT_EQ(help.exitCode, 0);
    for (const char *text :
        { "--colleagues <N>", "--interactions <M>", "--seed <S>", "--date <D>", "\nExample:\n  rapport-cli generate " })
        EXPECT_TRUE(help.out.contains(QLatin1String(text))) << text;
}

} // namespace
} // namespace rapport::test
