// loadInsights and loadProfileSeries (core/services/Insights.h) on a hand-made journal,
// every figure worked out by hand beside it, and the everyone-series against
// computeStats (what `rapport-cli stats` prints) on that journal and on the demo one.

#include "services/Insights.h"

#include "InsightsJournal.h"
#include "TestSupport.h"
#include "services/DemoJournal.h"

#include <gtest/gtest.h>

namespace rapport::core {
namespace {

using test::date;
using test::day;
using test::must;

int kind(const MonthFigures &m, InteractionKind k)
{
    return m.byKind[std::size_t(k)];
}

void expectSameMonths(const std::vector<MonthFigures> &a, const std::vector<MonthFigures> &b)
{
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        SCOPED_TRACE(monthKey(a[i].first).toStdString());
        EXPECT_EQ(a[i].first, b[i].first);
        EXPECT_EQ(a[i].last, b[i].last);
        EXPECT_EQ(a[i].interactions, b[i].interactions);
        EXPECT_EQ(a[i].byKind, b[i].byKind);
        EXPECT_EQ(a[i].gratitudeGiven, b[i].gratitudeGiven);
        EXPECT_EQ(a[i].gratitudeReceived, b[i].gratitudeReceived);
        EXPECT_EQ(a[i].consistency, b[i].consistency);
        EXPECT_EQ(a[i].promiseReliability, b[i].promiseReliability);
        EXPECT_EQ(a[i].breadth, b[i].breadth);
    }
}

// The hand-made journal of tests/support/InsightsJournal.h; today is 2025-03-15.
class InsightsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const test::InsightsJournal ids = test::fillInsightsJournal(journal.journal());
        ana = ids.ana;
        ben = ids.ben;
        cleo = ids.cleo;
    }

    InsightsSeries load(int months, std::optional<Id> colleague = {})
    {
        return must(
            loadInsights(journal.db(), { date("2025-03-15"), months, colleague, kInsightsBalanceLimit }), "insights");
    }

    test::TempJournal journal { date("2025-03-15") };
    Id ana = 0;
    Id ben = 0;
    Id cleo = 0;
};

TEST_F(InsightsTest, EveryoneOverThreeMonths)
{
    const InsightsSeries s = load(3);
    ASSERT_EQ(s.months.size(), 3u);
    const MonthFigures &jan = s.months[0];
    const MonthFigures &feb = s.months[1];
    const MonthFigures &mar = s.months[2];
    EXPECT_EQ(jan.first, day("2025-01-01"));
    EXPECT_EQ(mar.last, day("2025-03-15"));

    // January: coffee, meal (one interaction with two people), help given.
    EXPECT_EQ(jan.interactions, 3);
    EXPECT_EQ(kind(jan, InteractionKind::Coffee), 1);
    EXPECT_EQ(kind(jan, InteractionKind::Meal), 1);
    EXPECT_EQ(kind(jan, InteractionKind::HelpGiven), 1);
    EXPECT_EQ(jan.gratitudeGiven + jan.gratitudeReceived, 0);
    // Only Ana counts (Ben has no cadence): anchor 01-01 (the December contacts are
    // before tracked since), so on track Jan 1-8, 10-17, 20-27: 24 of 31 days.
    EXPECT_DOUBLE_EQ(*jan.consistency, 24.0 / 31.0);
    EXPECT_DOUBLE_EQ(*jan.promiseReliability, 1.0);
    EXPECT_EQ(jan.breadth, 2);

    // February: help given twice, help received twice (one with archived Cleo).
    EXPECT_EQ(feb.interactions, 4);
    EXPECT_EQ(kind(feb, InteractionKind::HelpGiven), 2);
    EXPECT_EQ(kind(feb, InteractionKind::HelpReceived), 2);
    EXPECT_EQ(feb.gratitudeGiven, 1);
    EXPECT_EQ(feb.gratitudeReceived, 0);
    // Ana: anchor Jan 20 until Feb 5, then Feb 6: on track Feb 5-13, 9 of 28.
    EXPECT_DOUBLE_EQ(*feb.consistency, 9.0 / 28.0);
    EXPECT_DOUBLE_EQ(*feb.promiseReliability, 0.0);
    EXPECT_EQ(feb.breadth, 3); // archived Cleo counts in breadth

    // March to the 15th: coffee and help received with Ben; the 20th is after today.
    EXPECT_EQ(mar.interactions, 2);
    EXPECT_EQ(kind(mar, InteractionKind::Coffee), 1);
    EXPECT_EQ(mar.gratitudeGiven, 1);
    EXPECT_EQ(mar.gratitudeReceived, 1);
    // Ana: anchor Feb 6 until Mar 14: on track Mar 14-15, 2 of 15.
    EXPECT_DOUBLE_EQ(*mar.consistency, 2.0 / 15.0);
    EXPECT_DOUBLE_EQ(*mar.promiseReliability, 0.5); // one dropped, one on time
    EXPECT_EQ(mar.breadth, 2);

    // Support over Jan 1 - Mar 15: Ana 1 given, 1 received (December's is outside);
    // Ben 2 given, 1 received; archived Cleo left out.
    ASSERT_EQ(s.balances.size(), 2u);
    EXPECT_EQ(s.balancesTotal, 2);
    EXPECT_EQ(s.balances[0].id, ana);
    EXPECT_EQ(s.balances[0].name, QStringLiteral("Ana Silva"));
    EXPECT_DOUBLE_EQ(s.balances[0].balance, 0.5);
    EXPECT_EQ(s.balances[1].id, ben);
    EXPECT_EQ(s.balances[1].given, 2);
    EXPECT_EQ(s.balances[1].received, 1);
    EXPECT_DOUBLE_EQ(s.balances[1].balance, 2.0 / 3.0);

    EXPECT_EQ(s.activeColleagues, 2);
    EXPECT_EQ(s.cadencedColleagues, 1);
    EXPECT_FALSE(s.empty());
}

TEST_F(InsightsTest, AllStartsWithTheMonthOfTheEarliestEntry)
{
    const InsightsSeries s = load(kInsightsAllMonths);
    ASSERT_EQ(s.months.size(), 4u);
    const MonthFigures &dec = s.months[0];
    EXPECT_EQ(dec.first, day("2024-12-01"));
    EXPECT_EQ(dec.interactions, 1);
    EXPECT_EQ(dec.gratitudeReceived, 1);
    EXPECT_FALSE(dec.consistency); // Ana is not tracked yet; Ben has no cadence
    EXPECT_FALSE(dec.promiseReliability);
    EXPECT_EQ(dec.breadth, 1);
    // Over Dec 1 - Mar 15 Ana has 2 given and 1 received, like Ben: a tie, by id.
    ASSERT_EQ(s.balances.size(), 2u);
    EXPECT_EQ(s.balances[0].id, ana);
    EXPECT_DOUBLE_EQ(s.balances[0].balance, 2.0 / 3.0);
    EXPECT_EQ(s.balances[1].id, ben);
    // The months that both cover are the same.
    const InsightsSeries three = load(3);
    expectSameMonths(std::vector<MonthFigures>(s.months.begin() + 1, s.months.end()), three.months);
}

TEST_F(InsightsTest, OneColleagueIsEachFigureRestrictedToThem)
{
    const InsightsSeries s = load(3, ana);
    EXPECT_EQ(s.colleagueName, QStringLiteral("Ana Silva"));
    EXPECT_EQ(s.cadenceDays, 7);
    ASSERT_EQ(s.months.size(), 3u);
    const MonthFigures &jan = s.months[0];
    const MonthFigures &feb = s.months[1];
    const MonthFigures &mar = s.months[2];
    EXPECT_EQ(jan.interactions, 2); // coffee, and the meal she shared with Ben
    EXPECT_EQ(kind(jan, InteractionKind::Coffee), 1);
    EXPECT_EQ(kind(jan, InteractionKind::Meal), 1);
    EXPECT_DOUBLE_EQ(*jan.consistency, 24.0 / 31.0);
    EXPECT_DOUBLE_EQ(*jan.promiseReliability, 1.0);
    EXPECT_EQ(jan.breadth, 1);
    EXPECT_EQ(feb.interactions, 2);
    EXPECT_EQ(feb.gratitudeGiven, 1);
    EXPECT_DOUBLE_EQ(*feb.consistency, 9.0 / 28.0);
    EXPECT_DOUBLE_EQ(*feb.promiseReliability, 0.0);
    EXPECT_EQ(mar.interactions, 0);
    EXPECT_EQ(mar.gratitudeGiven, 1);
    EXPECT_EQ(mar.gratitudeReceived, 0);
    EXPECT_DOUBLE_EQ(*mar.consistency, 2.0 / 15.0);
    EXPECT_DOUBLE_EQ(*mar.promiseReliability, 1.0); // Ben's dropped promise is not hers
    EXPECT_EQ(mar.breadth, 1);
    ASSERT_EQ(s.balances.size(), 1u);
    EXPECT_DOUBLE_EQ(s.balances[0].balance, 0.5);

    // Ben has no cadence: no consistency; his only promise of mine was dropped in March.
    const InsightsSeries b = load(3, ben);
    EXPECT_EQ(b.months[0].interactions, 2);
    EXPECT_EQ(b.months[1].interactions, 1);
    EXPECT_EQ(b.months[2].interactions, 2);
    EXPECT_EQ(b.months[2].gratitudeReceived, 1);
    for (const MonthFigures &m : b.months) {
        EXPECT_FALSE(m.consistency);
        EXPECT_EQ(m.breadth, 1);
    }
    EXPECT_FALSE(b.months[0].promiseReliability);
    EXPECT_FALSE(b.months[1].promiseReliability);
    EXPECT_DOUBLE_EQ(*b.months[2].promiseReliability, 0.0);

    // Archived Cleo: her entries count, consistency does not, and her balance is shown.
    const InsightsSeries c = load(3, cleo);
    EXPECT_TRUE(c.archived);
    EXPECT_EQ(c.months[1].interactions, 1);
    EXPECT_EQ(kind(c.months[1], InteractionKind::HelpReceived), 1);
    EXPECT_FALSE(c.months[1].consistency);
    EXPECT_EQ((std::vector<int> { c.months[0].breadth, c.months[1].breadth, c.months[2].breadth }),
        (std::vector<int> { 0, 1, 0 }));
    ASSERT_EQ(c.balances.size(), 1u);
    EXPECT_DOUBLE_EQ(c.balances[0].balance, 0.0);
}

TEST_F(InsightsTest, EveryoneEqualsComputeStatsForTheSameDay)
{
    for (const int months : { 1, 3, 12, 24 }) {
        SCOPED_TRACE(months);
        const StatsReport stats = must(computeStats(journal.db(), date("2025-03-15"), months));
        expectSameMonths(load(months).months, stats.months);
    }
}

TEST(InsightsDemoTest, EveryoneEqualsComputeStatsOnTheDemoJournal)
{
    test::TempJournal journal(date("2025-06-18"));
    must(fillDemoJournal(journal.journal(), 7));
    for (const int months : { 6, 12, 24 }) {
        SCOPED_TRACE(months);
        const StatsReport stats = must(computeStats(journal.db(), date("2025-06-18"), months));
        const InsightsSeries series = must(loadInsights(journal.db(), { date("2025-06-18"), months, {}, 1000 }));
        expectSameMonths(series.months, stats.months);
        EXPECT_FALSE(series.empty());
        EXPECT_EQ(series.balancesTotal, int(series.balances.size())); // a limit of 1000 keeps them all
    }
}

TEST_F(InsightsTest, ProfileSeriesCountsContactDaysPerMonth)
{
    const ProfileSeries p = must(loadProfileSeries(journal.db(), ana, date("2025-03-15")));
    ASSERT_EQ(p.months.size(), 12u);
    EXPECT_EQ(p.months.front().first, day("2024-04-01"));
    EXPECT_EQ(p.months.back().last, day("2025-03-15"));
    // Dec: 10th and 20th; Jan: 10th and 20th; Feb: 5th (twice) and 6th; Mar: 14th (the 20th is ahead).
    EXPECT_EQ(p.contactDays, (std::vector<int> { 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 2, 1 }));
    const ColleagueFigures figures = must(computeColleagueFigures(journal.db(), ana, date("2025-03-15")));
    EXPECT_EQ(p.health.score, figures.health.score);
    EXPECT_EQ(p.health.recency, figures.health.recency);
    EXPECT_EQ(p.health.consistency, figures.health.consistency);
    EXPECT_EQ(p.health.balance, figures.health.balance);
    EXPECT_EQ(p.health.promises, figures.health.promises);
}

TEST_F(InsightsTest, TheColleagueChoicesAreEveryoneByName)
{
    const Id dee = must(journal->addColleague(test::makeColleague(QStringLiteral("dee Moss"))));
    const auto refs = must(insightsColleagues(journal.db()));
    ASSERT_EQ(refs.size(), 4);
    EXPECT_EQ(refs[0].id, ana);
    EXPECT_EQ(refs[1].id, ben);
    EXPECT_EQ(refs[2].id, cleo);
    EXPECT_TRUE(refs[2].archived); // archived ones too: their history is still there
    EXPECT_EQ(refs[3].id, dee); // by name, ignoring case
    EXPECT_EQ(refs[3].name, QStringLiteral("dee Moss"));
}

TEST(InsightsEmptyTest, AnEmptyJournalHasTodaysMonthAndNothingToChart)
{
    test::TempJournal journal(date("2025-03-15"));
    const InsightsSeries s = must(loadInsights(journal.db(), { date("2025-03-15"), kInsightsAllMonths, {}, 30 }));
    ASSERT_EQ(s.months.size(), 1u);
    EXPECT_EQ(s.months[0].first, day("2025-03-01"));
    EXPECT_TRUE(s.empty());
    EXPECT_EQ(s.activeColleagues, 0);
}

TEST_F(InsightsTest, BadRequestsAreErrors)
{
    EXPECT_FALSE(loadInsights(journal.db(), { date("2025-03-15"), -1, {}, 30 }));
    EXPECT_FALSE(loadInsights(journal.db(), { date("2025-03-15"), kMaxStatsMonths + 1, {}, 30 }));
    const auto missing = loadInsights(journal.db(), { date("2025-03-15"), 3, Id(999), 30 });
    ASSERT_FALSE(missing);
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("999")));
    EXPECT_FALSE(loadProfileSeries(journal.db(), 999, date("2025-03-15")));
}

TEST_F(InsightsTest, ASecondConnectionSeesWhatTheFirstWrote)
{
    // The page computes on a worker with a connection of its own, while the journal's
    // write-ahead log is in use: no crash check, and the latest commit is visible.
    auto other = must(Database::openSecondary(journal.path()));
    EXPECT_FALSE(other->openedAfterUncleanShutdown());
    const int before = must(loadInsights(*other, { date("2025-03-15"), 1, {}, 30 })).months[0].interactions;
    must(journal->logInteraction(test::makeInteraction("2025-03-15", { ana }, InteractionKind::Greeting)));
    EXPECT_EQ(must(loadInsights(*other, { date("2025-03-15"), 1, {}, 30 })).months[0].interactions, before + 1);
    EXPECT_FALSE(Database::openSecondary(journal.folder() + QStringLiteral("/missing.rapport")));
}

} // namespace
} // namespace rapport::core
