// rapport_schema_fixture: writes a journal of an older schema version, for the crash
// harness (crash-harness.py) to kill rapport-cli while it migrates one.
//
//   rapport_schema_fixture --schema N --colleagues C --interactions M --date D --output PATH
//
// The structure comes from schema::migrateTo (as in tests/core/MigrationTest.cpp), the
// records from raw SQL with only the columns version 1 already had, so the same rows fit
// every version; the triggers of that version keep its derived tables. Besides the
// interactions (dated over the two years before D, each with one or two colleagues) it
// writes a thank for every tenth interaction and a promise for every twentieth. It prints
// the counts as "colleagues=C interactions=M participants=P gratitude=G commitments=K".
#include "TestSupport.h"
#include "domain/Day.h"
#include "storage/Schema.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>
#include <exception>
#include <utility>

namespace {

using namespace rapport;

struct Counts
{
    qint64 colleagues = 0;
    qint64 interactions = 0;
    qint64 participants = 0;
    qint64 gratitude = 0;
    qint64 commitments = 0;
};

// Set-based inserts over a counter: one statement per table keeps a fixture of tens of
// thousands of rows under a second. Days, kinds and people come from multiplicative
// hashes of the row number, so the same numbers give the same journal.
Counts fill(test::RawConnection &raw, qint64 colleagues, qint64 interactions, core::Day today)
{
    const core::Day first = today - 730;
    const auto numbers = [](qint64 count) {
        return QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 WHERE %1 > 0 UNION ALL SELECT i + 1 FROM n WHERE i < %1) ")
            .arg(count);
    };
    raw.exec(numbers(colleagues)
             + QStringLiteral("INSERT INTO colleague (id, name, name_key, email, team, tracked_since, cadence_days) "
                              "SELECT i, 'Fixture Colleague ' || i, 'fixture colleague ' || i, "
                              "'colleague' || i || '@example.org', 'Team ' || (i % 7), %1, 7 * (1 + i % 4) FROM n")
                   .arg(first - 30));
    raw.exec(numbers(interactions)
             + QStringLiteral("INSERT INTO interaction (id, day, kind, quality) SELECT i, %1 + (i * 7919) % 731, "
                              "CASE i % 10 WHEN 0 THEN 'coffee' WHEN 1 THEN 'touchbase' WHEN 2 THEN 'meal' "
                              "WHEN 3 THEN 'collaboration' WHEN 4 THEN 'help_given' WHEN 5 THEN 'help_received' "
                              "WHEN 6 THEN 'feedback_given' WHEN 7 THEN 'shared_info' WHEN 8 THEN 'celebration' "
                              "ELSE 'other' END, NULLIF((i * 13) % 6, 0) FROM n")
                   .arg(first));
    // Everyone has a first colleague; every third interaction a second, different one.
    raw.exec(QStringLiteral("INSERT INTO participant (interaction_id, colleague_id, day, kind, quality) "
                            "SELECT id, 1 + (id * 104729) % %1, day, kind, quality FROM interaction")
                 .arg(colleagues));
    if (colleagues > 1) {
        raw.exec(QStringLiteral("INSERT INTO participant (interaction_id, colleague_id, day, kind, quality) "
                                "SELECT id, 1 + ((id * 104729) % %1 + 1) % %1, day, kind, quality FROM interaction "
                                "WHERE id % 3 = 0")
                     .arg(colleagues));
    }
    raw.exec(QStringLiteral("INSERT INTO gratitude (colleague_id, day, direction, what) "
                            "SELECT 1 + (id * 104729) % %1, day, CASE WHEN id % 20 = 0 THEN 'received' ELSE 'given' END, "
                            "'the help with item ' || id FROM interaction WHERE id % 10 = 0")
                 .arg(colleagues));
    raw.exec(QStringLiteral("INSERT INTO commitment (colleague_id, what, direction, made_on, due_on, status, closed_on) "
                            "SELECT 1 + (id * 104729) % %1, 'send the notes of ' || id, 'mine', day, day + 14, "
                            "CASE WHEN day > %2 THEN 'open' ELSE 'done' END, CASE WHEN day > %2 THEN NULL ELSE day + 10 END "
                            "FROM interaction WHERE id % 20 = 0")
                 .arg(colleagues)
                 .arg(today - 60));
    Counts counts;
    for (auto [table, count] : {std::pair{"colleague", &counts.colleagues}, std::pair{"interaction", &counts.interactions},
                                std::pair{"participant", &counts.participants}, std::pair{"gratitude", &counts.gratitude},
                                std::pair{"commitment", &counts.commitments}})
        *count = raw.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toLongLong();
    return counts;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "rapport_schema_fixture: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    for (const char *name : {"schema", "colleagues", "interactions", "date", "output"})
        parser.addOption(QCommandLineOption(QString::fromLatin1(name), QString(), QStringLiteral("VALUE")));
    parser.process(app);
    bool ok = true;
    const int schema = parser.value(QStringLiteral("schema")).toInt(&ok);
    if (!ok || schema < 1 || schema > core::schema::latestVersion())
        return fail(QStringLiteral("--schema must be 1 to %1").arg(core::schema::latestVersion()));
    const qint64 colleagues = parser.value(QStringLiteral("colleagues")).toLongLong(&ok);
    if (!ok || colleagues < 1)
        return fail(QStringLiteral("--colleagues must be at least 1"));
    const qint64 interactions = parser.value(QStringLiteral("interactions")).toLongLong(&ok);
    if (!ok || interactions < 0)
        return fail(QStringLiteral("--interactions must be 0 or more"));
    const auto today = core::parseIsoDate(parser.value(QStringLiteral("date")));
    if (!today)
        return fail(QStringLiteral("--date must be YYYY-MM-DD"));
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty() || QFileInfo::exists(output))
        return fail(QStringLiteral("--output must name a file that does not exist yet"));

    try {
        test::RawConnection raw(output);
        raw.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        test::must(core::schema::migrateTo(raw.db(), schema), "build the schema");
        raw.exec(QStringLiteral("BEGIN"));
        const Counts counts = fill(raw, colleagues, interactions, core::toDay(*today));
        raw.exec(QStringLiteral("COMMIT"));
        std::printf("colleagues=%lld interactions=%lld participants=%lld gratitude=%lld commitments=%lld\n",
                    counts.colleagues, counts.interactions, counts.participants, counts.gratitude, counts.commitments);
    } catch (const std::exception &error) {
        return fail(QString::fromUtf8(error.what()));
    }
    return 0;
}
