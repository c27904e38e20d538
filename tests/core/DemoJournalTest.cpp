// The demo journal (rapport-cli demo, "Explore the demo journal") holds every kind of record,
// is reproducible from its seed, never dates anything after today but due dates, and its
// figures and reminders tell the story it promises, whatever the day and the seed.

#include "services/DemoJournal.h"
#include "services/DueList.h"
#include "services/Stats.h"

#include "TestSupport.h"

#include <gtest/gtest.h>

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <memory>
#include <ostream>
#include <string>

namespace rapport::core {
namespace {

using test::date;
using test::must;

qint64 count(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        throw test::Failed("count " + sql.toStdString() + ": " + query.lastError().text().toStdString());
    return query.value(0).toLongLong();
}

// One demo journal, filled for `today` from `seed`.
struct Demo
{
    Demo(const QDate &day, quint32 seed) : journal(day), today(day)
    {
        must(fillDemoJournal(journal.journal(), seed), "fill demo journal");
    }
    Database &db() { return journal.db(); }
    // `sql` may name today's day number as %1.
    qint64 count(const char *sql)
    {
        QString text = QString::fromLatin1(sql);
        if (text.contains(QLatin1String("%1")))
            text = text.arg(toDay(today));
        return rapport::core::count(db(), text);
    }

    test::TempJournal journal;
    QDate today;
};

const ColleagueFigures *figuresOf(const StatsReport &report, const QString &name)
{
    const auto found = std::find_if(report.colleagues.begin(), report.colleagues.end(),
                                    [&name](const ColleagueFigures &f) { return f.name == name; });
    return found == report.colleagues.end() ? nullptr : &*found;
}

struct Case
{
    const char *today;
    quint32 seed;
};

void PrintTo(const Case &c, std::ostream *out)
{
    *out << c.today << " seed " << c.seed;
}

class DemoStoryTest : public ::testing::TestWithParam<Case>
{
protected:
    void SetUp() override { demo = std::make_unique<Demo>(date(GetParam().today), GetParam().seed); }
    std::unique_ptr<Demo> demo;
};

TEST_P(DemoStoryTest, TeamOfAboutTwelveInFourDepartments)
{
    const auto all = must(demo->journal.repos().colleagues.list(true), "list");
    EXPECT_GE(all.size(), 10);
    EXPECT_LE(all.size(), 14);
    QSet<QString> departments, workModes, pronouns, zones;
    QSet<int> cadences;
    int archived = 0, fullBirthdays = 0, monthDayBirthdays = 0;
    for (const Colleague &c : all) {
        departments << c.department;
        workModes << (c.workMode ? keyOf(*c.workMode) : QString());
        pronouns << c.pronouns;
        zones << c.timeZone;
        cadences << c.cadenceDays;
        archived += c.archived ? 1 : 0;
        if (c.birthday)
            (c.birthday->year ? fullBirthdays : monthDayBirthdays)++;
        EXPECT_TRUE(c.startDate.has_value()) << c.name.toStdString();
        EXPECT_FALSE(c.role.isEmpty()) << c.name.toStdString();
    }
    EXPECT_EQ(departments.size(), 4);
    EXPECT_EQ(workModes, (QSet<QString>{QStringLiteral("office"), QStringLiteral("hybrid"), QStringLiteral("remote")}));
    EXPECT_GE(pronouns.size(), 3);
    EXPECT_GE(zones.size(), 5);
    EXPECT_TRUE(cadences.contains(0) && cadences.contains(7) && cadences.contains(14) && cadences.contains(30)
                && cadences.contains(90));
    EXPECT_EQ(archived, 1);
    EXPECT_GE(fullBirthdays, 1);
    EXPECT_GE(monthDayBirthdays, 1);
    EXPECT_EQ(must(demo->journal.repos().reflections.aboutMe(), "about me").capacity, 12);
}

TEST_P(DemoStoryTest, EveryKindOfRecordIsThere)
{
    EXPECT_EQ(demo->count("SELECT COUNT(DISTINCT kind) FROM interaction"), kInteractionKindCount);
    EXPECT_GT(demo->count("SELECT COUNT(*) FROM interaction"), 300);
    EXPECT_GT(demo->count("SELECT COUNT(*) FROM interaction i WHERE kind = 'meal' AND "
                          "(SELECT COUNT(*) FROM participant p WHERE p.interaction_id = i.id) >= 3"),
              0);
    EXPECT_GT(demo->count("SELECT COUNT(*) FROM interaction WHERE quality IS NOT NULL"), 0);
    EXPECT_GT(demo->count("SELECT COUNT(*) FROM interaction WHERE quality IS NULL"), 0);
    EXPECT_EQ(demo->count("SELECT COUNT(DISTINCT channel) FROM interaction"), 5);
    EXPECT_EQ(demo->count("SELECT COUNT(DISTINCT initiated_by) FROM interaction"), 2);
    EXPECT_GT(demo->count("SELECT COUNT(*) FROM interaction WHERE notes <> ''"), 0);

    // Gratitude both ways, in private and in public.
    EXPECT_EQ(demo->count("SELECT COUNT(DISTINCT direction || place) FROM gratitude"), 4);

    // Promises mine and theirs: kept on time, kept late, dropped, moved, still open.
    EXPECT_EQ(demo->count("SELECT COUNT(DISTINCT direction) FROM commitment"), 2);
    EXPECT_GT(demo->count("SELECT COUNT(*) FROM commitment WHERE status = 'done' AND closed_on <= due_on"), 0);
    EXPECT_GT(demo->count("SELECT COUNT(*) FROM commitment WHERE status = 'done' AND closed_on > due_on"), 0);
    EXPECT_GT(demo->count("SELECT COUNT(*) FROM commitment WHERE status = 'dropped'"), 0);
    EXPECT_GT(demo->count("SELECT COUNT(*) FROM commitment WHERE status = 'open'"), 0);
    EXPECT_GT(demo->count("SELECT COUNT(*) FROM renegotiation"), 0);
    EXPECT_EQ(demo->count("SELECT COUNT(*) FROM commitment WHERE status = 'open' AND direction = 'mine' AND "
                          "due_on = %1 + 1"),
              1);
    EXPECT_GT(demo->count("SELECT COUNT(*) FROM commitment WHERE status = 'open' AND direction = 'mine' AND "
                          "due_on < %1"),
              0);

    // Facts, the follow-ups they create (one due today, some done), reflections.
    EXPECT_GT(demo->count("SELECT COUNT(*) FROM fact WHERE follow_up_on IS NULL"), 0);
    EXPECT_GT(demo->count("SELECT COUNT(*) FROM follow_up f JOIN fact ON fact.id = f.fact_id "
                          "WHERE f.due_on = fact.follow_up_on"),
              2);
    EXPECT_EQ(demo->count("SELECT COUNT(*) FROM follow_up WHERE done_on IS NULL AND due_on = %1"), 1);
    EXPECT_GT(demo->count("SELECT COUNT(*) FROM follow_up WHERE done_on IS NOT NULL"), 1);
    EXPECT_GT(demo->count("SELECT COUNT(*) FROM reflection WHERE prompt <> ''"), 3);
}

TEST_P(DemoStoryTest, NothingIsDatedAfterTodayButDueDates)
{
    const char *const afterToday[] = {
        "SELECT COUNT(*) FROM interaction WHERE day > %1",
        "SELECT COUNT(*) FROM participant WHERE day > %1",
        "SELECT COUNT(*) FROM gratitude WHERE day > %1",
        "SELECT COUNT(*) FROM colleague WHERE tracked_since > %1 OR start_date > %1",
        "SELECT COUNT(*) FROM fact WHERE noted_on > %1",
        "SELECT COUNT(*) FROM fact WHERE follow_up_on > %1 AND NOT EXISTS "
        "(SELECT 1 FROM follow_up f WHERE f.fact_id = fact.id AND f.done_on IS NULL)",
        "SELECT COUNT(*) FROM commitment WHERE made_on > %1 OR closed_on > %1",
        "SELECT COUNT(*) FROM commitment WHERE due_on > %1 AND status <> 'open'",
        "SELECT COUNT(*) FROM renegotiation WHERE on_day > %1",
        "SELECT COUNT(*) FROM follow_up WHERE done_on > %1",
        "SELECT COUNT(*) FROM follow_up WHERE due_on > %1 AND done_on IS NOT NULL",
        "SELECT COUNT(*) FROM reflection WHERE day > %1",
    };
    for (const char *sql : afterToday)
        EXPECT_EQ(demo->count(sql), 0) << sql;
    // Open promises and follow-ups may be due later, and some are.
    EXPECT_GT(demo->count("SELECT COUNT(*) FROM commitment WHERE due_on > %1"), 0);
    // Eighteen months of history, not more.
    EXPECT_EQ(demo->count("SELECT COUNT(*) FROM interaction WHERE day < %1 - 560"), 0);
    EXPECT_GT(demo->count("SELECT COUNT(*) FROM interaction WHERE day < %1 - 500"), 0);
}

TEST_P(DemoStoryTest, FiguresTellTheStory)
{
    const QDate today = demo->today;
    const StatsReport stats = must(computeStats(demo->db(), today, 18), "stats");
    for (const MonthFigures &month : stats.months) {
        // Today's month may have begun a day or two ago; every month before it has its history.
        if (month.last == toDay(today))
            continue;
        EXPECT_GT(month.interactions, 0) << monthKey(month.first).toStdString();
        EXPECT_GE(month.breadth, 2) << monthKey(month.first).toStdString();
        EXPECT_TRUE(month.consistency.has_value()) << monthKey(month.first).toStdString();
    }
    EXPECT_EQ(stats.colleagues.size(), 11u); // the one who left is archived

    // Jonas drifted away: his touchbase is weeks overdue. Ana and I keep a weekly coffee.
    const ColleagueFigures *jonas = figuresOf(stats, QStringLiteral("Jonas Weber"));
    ASSERT_NE(jonas, nullptr);
    EXPECT_GE(jonas->overdueDays, 30);
    const ColleagueFigures *ana = figuresOf(stats, QStringLiteral("Ana Silva"));
    ASSERT_NE(ana, nullptr);
    EXPECT_GE(ana->streak, 4);
    EXPECT_EQ(ana->overdueDays, 0);
    // Only Jonas is overdue: everyone else is kept up by their rhythm.
    for (const ColleagueFigures &f : stats.colleagues)
        EXPECT_TRUE(f.overdueDays == 0 || f.id == jonas->id) << f.name.toStdString();

    // Help flows one way with someone.
    EXPECT_TRUE(std::any_of(stats.colleagues.begin(), stats.colleagues.end(), [](const ColleagueFigures &f) {
        return f.supportBalance && std::abs(*f.supportBalance - 0.5) >= 0.3;
    }));

    // A department with tracked colleagues and no contact in 60 days; a new hire not met yet.
    const auto colleagues = must(demo->journal.repos().colleagues.list(false), "list");
    QHash<QString, bool> quiet;
    bool newHireNotMet = false;
    for (const Colleague &c : colleagues) {
        const ColleagueFigures *f = figuresOf(stats, c.name);
        ASSERT_NE(f, nullptr) << c.name.toStdString();
        const bool silent = !f->lastContact || *f->lastContact <= toDay(today) - 60;
        quiet[c.department] = quiet.value(c.department, true) && silent;
        if (c.startDate && *c.startDate >= today.addDays(-14) && !f->lastContact)
            newHireNotMet = true;
    }
    EXPECT_EQ(std::count(quiet.cbegin(), quiet.cend(), true), 1);
    EXPECT_TRUE(newHireNotMet);

    // Help received in the last 14 days with no thanks since: something to do today.
    EXPECT_GT(demo->count("SELECT COUNT(*) FROM participant p WHERE p.kind = 'help_received' AND p.day >= %1 - 14 "
                          "AND NOT EXISTS (SELECT 1 FROM gratitude g WHERE g.colleague_id = p.colleague_id "
                          "AND g.direction = 'given' AND g.day >= p.day)"),
              0);
}

TEST_P(DemoStoryTest, SomethingIsDueToday)
{
    const QDate today = demo->today;
    const auto items = must(dueItems(demo->db(), today), "due");
    ASSERT_FALSE(items.isEmpty());
    EXPECT_EQ(items.first().type, DueType::Touchbase);
    EXPECT_EQ(items.first().colleagueName, QStringLiteral("Jonas Weber"));
    const auto has = [&items](DueType type, auto &&what) {
        return std::any_of(items.begin(), items.end(), [&](const DueItem &i) { return i.type == type && what(i); });
    };
    EXPECT_TRUE(has(DueType::FollowUp, [&](const DueItem &i) { return i.dueOn == toDay(today); }));
    EXPECT_TRUE(has(DueType::Commitment, [&](const DueItem &i) { return i.dueOn == toDay(today) + 1; }));
    EXPECT_TRUE(has(DueType::Commitment, [](const DueItem &i) { return i.overdueDays > 0; }));
    EXPECT_TRUE(has(DueType::Birthday, [](const DueItem &) { return true; }));
}

TEST_P(DemoStoryTest, JournalIsSoundAndNotUndoableStepByStep)
{
    EXPECT_EQ(must(demo->db().integrityProblems(false), "integrity"), QStringList());
    EXPECT_EQ(test::contactDayRows(demo->db()), test::recomputedContactDays(demo->db()));
    EXPECT_FALSE(demo->journal->undoStack().canUndo());
    EXPECT_EQ(demo->journal->undoStack().count(), 0u);
}

INSTANTIATE_TEST_SUITE_P(DaysAndSeeds, DemoStoryTest,
                         ::testing::Values(Case{"2025-03-15", 1}, Case{"2024-02-29", 42}, Case{"2026-01-04", 7},
                                           Case{"2025-08-31", 4294967295u}, Case{"2025-06-02", 0}));

TEST(DemoJournalTest, SameSeedGivesTheSameJournal)
{
    Demo first(date("2025-05-20"), 2024);
    Demo second(date("2025-05-20"), 2024);
    Demo other(date("2025-05-20"), 2025);
    const QStringList dump = test::dumpJournal(first.db());
    EXPECT_EQ(first.count("SELECT COUNT(*) FROM interaction"), second.count("SELECT COUNT(*) FROM interaction"));
    EXPECT_EQ(must(first.journal.repos().colleagues.find(1), "find"),
              must(second.journal.repos().colleagues.find(1), "find"));
    EXPECT_EQ(must(first.journal.repos().interactions.find(100), "find"),
              must(second.journal.repos().interactions.find(100), "find"));
    EXPECT_EQ(dump, test::dumpJournal(second.db()));
    EXPECT_NE(dump, test::dumpJournal(other.db()));
}

TEST(DemoJournalTest, OnlyAnEmptyJournalIsFilled)
{
    Demo demo(date("2025-05-20"), 1);
    const QStringList before = test::dumpJournal(demo.db());
    const Status again = fillDemoJournal(demo.journal.journal(), 1);
    EXPECT_FALSE(again.ok());
    EXPECT_FALSE(again.error().message.isEmpty());
    EXPECT_EQ(test::dumpJournal(demo.db()), before);
}

TEST(DemoJournalTest, OneChangeSignalForTheWholeFill)
{
    test::TempJournal journal(date("2025-05-20"));
    int changes = 0;
    QObject::connect(&journal.journal(), &Journal::changed, &journal.journal(), [&changes] { ++changes; });
    must(fillDemoJournal(journal.journal(), 3), "fill");
    EXPECT_EQ(changes, 1);
}

} // namespace
} // namespace rapport::core
