// Version 3 (aggregates for figures at scale) from a version 2 journal with entries.
#include "TestSupport.h"
#include "services/Stats.h"
#include "storage/Aggregates.h"
#include "storage/Database.h"
#include "storage/Schema.h"

#include <gtest/gtest.h>

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

namespace rapport::core {
namespace {

using test::must;

class MigrationTest : public ::testing::Test
{
protected:
    void SetUp() override { test::ensureCoreApplication(); }

    QStringList rows(Database &db, const char *sql)
    {
        QStringList out;
        QSqlQuery query(db.connection());
        EXPECT_TRUE(query.exec(QString::fromLatin1(sql)));
        while (query.next()) {
            QStringList cells;
            for (int i = 0; i < query.record().count(); ++i)
                cells << (query.isNull(i) ? QStringLiteral("null") : query.value(i).toString());
            out << cells.join(QLatin1Char('|'));
        }
        return out;
    }

    // A version 2 journal: Ana (1) and Ben (2), a shared lunch, help both ways, ratings,
    // thanks, on days 20000..20003.
    QString versionTwoJournal()
    {
        const QString path = m_dir.filePath(QStringLiteral("v2.rapport"));
        test::RawConnection raw(path);
        raw.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        must(schema::migrateTo(raw.db(), 2), "build a version 2 journal");
        for (const char *sql : {
                 "INSERT INTO colleague (id, name, name_key, tracked_since, cadence_days) VALUES (1, 'Ana', 'ana', 19990, 7)",
                 "INSERT INTO colleague (id, name, name_key, tracked_since, cadence_days) VALUES (2, 'Ben', 'ben', 19990, 14)",
                 "INSERT INTO interaction (id, day, kind, quality) VALUES (1, 20000, 'help_given', 4)",
                 "INSERT INTO participant (interaction_id, colleague_id, day, kind, quality) VALUES (1, 1, 20000, 'help_given', 4)",
                 "INSERT INTO interaction (id, day, kind, quality) VALUES (2, 20000, 'help_received', 2)",
                 "INSERT INTO participant (interaction_id, colleague_id, day, kind, quality) VALUES (2, 1, 20000, 'help_received', 2)",
                 "INSERT INTO interaction (id, day, kind) VALUES (3, 20002, 'meal')",
                 "INSERT INTO participant (interaction_id, colleague_id, day, kind) VALUES (3, 1, 20002, 'meal')",
                 "INSERT INTO participant (interaction_id, colleague_id, day, kind) VALUES (3, 2, 20002, 'meal')",
                 "INSERT INTO gratitude (id, colleague_id, day, direction, what) VALUES (1, 2, 20003, 'received', 'x')",
                 "INSERT INTO gratitude (id, colleague_id, day, direction, what) VALUES (2, 2, 20003, 'given', 'y')",
             })
            raw.exec(QString::fromLatin1(sql));
        return path;
    }

    QTemporaryDir m_dir;
};

TEST_F(MigrationTest, VersionTwoGainsExactAggregatesAndLastContacts)
{
    const QString path = versionTwoJournal();
    auto db = must(Database::open(path, Database::OpenMode::MustExist), "open version 2");
    EXPECT_EQ(test::pragma(*db, QStringLiteral("user_version")).toInt(), schema::latestVersion());
    // Ana on 20000: two events, one help each way, two ratings (4 + 2). On 20002: the meal.
    // Ben on 20002: the meal; on 20003: two thanks.
    EXPECT_EQ(rows(*db, "SELECT colleague_id, day, events, help_given, help_received, rated, quality_sum FROM contact_day "
                        "ORDER BY colleague_id, day"),
              (QStringList{QStringLiteral("1|20000|2|1|1|2|6"), QStringLiteral("1|20002|1|0|0|0|0"),
                           QStringLiteral("2|20002|1|0|0|0|0"), QStringLiteral("2|20003|2|0|0|0|0")}));
    EXPECT_EQ(rows(*db, "SELECT day, kind, n FROM interaction_day ORDER BY day, kind"),
              (QStringList{QStringLiteral("20000|help_given|1"), QStringLiteral("20000|help_received|1"),
                           QStringLiteral("20002|meal|1")}));
    EXPECT_EQ(rows(*db, "SELECT day, direction, n FROM gratitude_day ORDER BY day, direction"),
              (QStringList{QStringLiteral("20003|given|1"), QStringLiteral("20003|received|1")}));
    EXPECT_EQ(rows(*db, "SELECT id, last_contact FROM colleague ORDER BY id"),
              (QStringList{QStringLiteral("1|20002"), QStringLiteral("2|20003")}));
    EXPECT_TRUE(must(db->integrityProblems(false)).isEmpty());
}

TEST_F(MigrationTest, TriggersKeepTheAggregatesExactAfterEdits)
{
    auto db = must(Database::open(versionTwoJournal(), Database::OpenMode::MustExist), "open version 2");
    QSqlQuery q(db->connection());
    // Re-rate and re-kind the first help, move the meal, drop Ben's thanks, add a late one.
    for (const char *sql : {"UPDATE interaction SET kind = 'coffee', quality = 5 WHERE id = 1",
                            "UPDATE interaction SET day = 20010 WHERE id = 3", "DELETE FROM gratitude WHERE colleague_id = 2",
                            "INSERT INTO gratitude (id, colleague_id, day, direction, what) VALUES (3, 1, 20001, 'given', 'z')"})
        ASSERT_TRUE(q.exec(QString::fromLatin1(sql))) << sql << ": " << q.lastError().text().toStdString();
    EXPECT_EQ(rows(*db, "SELECT colleague_id, day, events, help_given, help_received, rated, quality_sum FROM contact_day "
                        "ORDER BY colleague_id, day"),
              (QStringList{QStringLiteral("1|20000|2|0|1|2|7"), QStringLiteral("1|20001|1|0|0|0|0"),
                           QStringLiteral("1|20010|1|0|0|0|0"), QStringLiteral("2|20010|1|0|0|0|0")}));
    EXPECT_EQ(rows(*db, "SELECT id, last_contact FROM colleague ORDER BY id"),
              (QStringList{QStringLiteral("1|20010"), QStringLiteral("2|20010")}));
    // Taking the latest contact away brings last_contact back to the one before.
    ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM interaction WHERE id = 3")));
    EXPECT_EQ(rows(*db, "SELECT id, last_contact FROM colleague ORDER BY id"),
              (QStringList{QStringLiteral("1|20001"), QStringLiteral("2|null")}));
    EXPECT_TRUE(must(storage::aggregateDrift(db->connection())).isEmpty());
}

TEST_F(MigrationTest, DriftIsReportedByTheFullCheck)
{
    auto db = must(Database::open(versionTwoJournal(), Database::OpenMode::MustExist), "open version 2");
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE contact_day SET quality_sum = 99 WHERE colleague_id = 1 AND day = 20000")));
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE colleague SET last_contact = 1 WHERE id = 2")));
    const QStringList problems = must(db->integrityProblems(false));
    ASSERT_EQ(problems.size(), 2) << problems.join(QStringLiteral("; ")).toStdString();
    EXPECT_TRUE(problems.at(0).startsWith(QStringLiteral("contact_day has 2 row(s)")));
    EXPECT_TRUE(problems.at(1).startsWith(QStringLiteral("colleague.last_contact has 2 row(s)")));
    must(storage::rebuildAggregates(db->connection()), "rebuild");
    EXPECT_TRUE(must(db->integrityProblems(false)).isEmpty());
}

} // namespace
} // namespace rapport::core
