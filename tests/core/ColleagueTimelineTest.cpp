// The profile card's reads: a colleague's timeline (order and titles), what deleting them
// takes along, and the counts that explain the health score.

#include "TestSupport.h"

#include "services/ColleagueTimeline.h"
#include "services/HealthDetail.h"

#include <gtest/gtest.h>

#include <QLocale>

namespace rapport::core {
namespace {

using test::date;
using test::must;
using Type = TimelineEntry::Type;

class ColleagueTimelineTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // Titles carry dates; pin the locale so "12 Mar 2025" reads the same everywhere.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        ana = must(j().addColleague(test::makeColleague(QStringLiteral("Ana Silva"), 14)));
        ben = must(j().addColleague(test::makeColleague(QStringLiteral("Ben Okafor"), 7)));
        shared = must(j().logInteraction(test::makeInteraction("2025-03-01", {ana, ben}, InteractionKind::Coffee, 4)));
        Interaction help = test::makeInteraction("2025-03-03", {ana}, InteractionKind::HelpGiven, 5);
        help.notes = QStringLiteral("Debugged the build <b>together</b>");
        sole = must(j().logInteraction(help));
        Gratitude thanks = test::makeGratitude(ana, "2025-03-03", GratitudeDirection::Given,
                                               QStringLiteral("the careful review"));
        thanks.where = GratitudeWhere::Public;
        thanked = must(j().addGratitude(thanks));
        thankedBack = must(j().addGratitude(test::makeGratitude(ana, "2025-03-03", GratitudeDirection::Received,
                                                                QStringLiteral("the intro"))));
        promise = must(j().addCommitment(test::makeCommitment(ana, "2025-03-03", "2025-03-12", CommitmentDirection::Mine,
                                                              QStringLiteral("send the slides"))));
        must(j().closeCommitment(promise, CommitmentStatus::Done, date("2025-03-11")));
        fact = must(j().addFact(test::makeFact(ana, "2025-03-05", QStringLiteral("Trip to Lisbon"), date("2025-03-20"))));
        // Ben's own entries never show on Ana's card.
        must(j().addGratitude(test::makeGratitude(ben, "2025-03-04")));
        must(j().addFact(test::makeFact(ben, "2025-03-04", QStringLiteral("Runs marathons"))));
    }

    Journal &j() { return journal.journal(); }

    test::TempJournal journal;
    Id ana = 0, ben = 0, shared = 0, sole = 0, thanked = 0, thankedBack = 0, promise = 0, fact = 0;
};

TEST_F(ColleagueTimelineTest, NewestFirstThenTypeThenIdDescending)
{
    const auto entries = must(colleagueTimeline(j(), ana));
    ASSERT_EQ(entries.size(), 7u);
    const std::vector<std::pair<Type, QDate>> expected{
        {Type::FollowUp, date("2025-03-20")},    {Type::Fact, date("2025-03-05")},
        {Type::Interaction, date("2025-03-03")}, {Type::Gratitude, date("2025-03-03")},
        {Type::Gratitude, date("2025-03-03")},   {Type::Commitment, date("2025-03-03")},
        {Type::Interaction, date("2025-03-01")},
    };
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(entries[i].type, expected[i].first) << i;
        EXPECT_EQ(entries[i].date, expected[i].second) << i;
    }
    EXPECT_EQ(entries[2].id, sole);
    EXPECT_EQ(entries[3].id, thankedBack); // same day, same type: the newer id first
    EXPECT_EQ(entries[4].id, thanked);
    EXPECT_EQ(entries[5].id, promise);
    EXPECT_EQ(entries[6].id, shared);
    EXPECT_EQ(entries[1].id, fact);
}

TEST_F(ColleagueTimelineTest, TitlesAndDetailsAreReadable)
{
    const auto entries = must(colleagueTimeline(j(), ana));
    EXPECT_EQ(entries[0].title, QStringLiteral("Follow up: Trip to Lisbon (due 20 Mar 2025)"));
    EXPECT_EQ(entries[1].title, QStringLiteral("Remembered: Trip to Lisbon"));
    EXPECT_EQ(entries[1].detail, QStringLiteral("Follow up on 20 Mar 2025"));
    EXPECT_EQ(entries[2].title, QStringLiteral("Help given with Ana Silva"));
    EXPECT_EQ(entries[2].detail, QStringLiteral("Debugged the build <b>together</b>")); // as typed
    EXPECT_EQ(entries[3].title, QStringLiteral("Thanked you: the intro"));
    EXPECT_EQ(entries[4].title, QStringLiteral("Thanked: the careful review"));
    EXPECT_EQ(entries[4].detail, QStringLiteral("In public"));
    EXPECT_EQ(entries[5].title, QStringLiteral("Promised: send the slides (due 12 Mar 2025, done 11 Mar 2025)"));
    EXPECT_EQ(entries[6].title, QStringLiteral("Coffee chat with Ana Silva and Ben Okafor"));
}

TEST_F(ColleagueTimelineTest, DoneFollowUpsAndRenegotiatedPromisesSaySo)
{
    const Id followUp = must(j().repositories().facts.followUpsForColleague(ana)).value(0).id;
    must(j().completeFollowUp(followUp, date("2025-03-14")));
    const Id theirs = must(j().addCommitment(test::makeCommitment(ana, "2025-02-01", "2025-02-10",
                                                                  CommitmentDirection::Theirs, QStringLiteral("review"))));
    must(j().renegotiateCommitment(theirs, date("2025-02-20"), date("2025-02-09")));
    const auto entries = must(colleagueTimeline(j(), ana));
    EXPECT_EQ(entries.front().title, QStringLiteral("Follow up: Trip to Lisbon (due 20 Mar 2025, done 14 Mar 2025)"));
    EXPECT_EQ(entries.back().title, QStringLiteral("They promised: review (due 20 Feb 2025)"));
    EXPECT_EQ(entries.back().detail, QStringLiteral("Moved 1 time(s); last from 10 Feb 2025 to 20 Feb 2025."));
}

TEST_F(ColleagueTimelineTest, DeletionImpactCountsWhatGoesAndWhatStays)
{
    const DeletionImpact impact = must(deletionImpact(j(), ana));
    EXPECT_EQ(impact.soleInteractions, 1);
    EXPECT_EQ(impact.sharedInteractions, 1);
    EXPECT_EQ(impact.gratitude, 2);
    EXPECT_EQ(impact.commitments, 1);
    EXPECT_EQ(impact.facts, 1);
    EXPECT_EQ(impact.followUps, 1);

    // The counts agree with what deleting actually removes.
    must(j().deleteColleague(ana));
    EXPECT_EQ(must(j().repositories().interactions.count()), 1);
    EXPECT_TRUE(must(j().repositories().interactions.find(shared)).has_value());
}

TEST_F(ColleagueTimelineTest, UnknownColleagueIsAnError)
{
    EXPECT_FALSE(colleagueTimeline(j(), 999).ok());
    EXPECT_FALSE(deletionImpact(j(), 999).ok());
    EXPECT_FALSE(healthDetail(j(), 999).ok());
}

TEST_F(ColleagueTimelineTest, HealthDetailExplainsTheParts)
{
    must(j().logInteraction(test::makeInteraction("2025-03-06", {ana}, InteractionKind::HelpReceived, 3)));
    must(j().logInteraction(test::makeInteraction("2025-03-07", {ana}, InteractionKind::HelpGiven)));
    const HealthDetail d = must(healthDetail(j(), ana));
    const ColleagueFigures figures = must(computeColleagueFigures(j().database(), ana, date("2025-03-15")));
    EXPECT_EQ(d.figures.health.score, figures.health.score);
    EXPECT_EQ(d.today, date("2025-03-15"));
    EXPECT_EQ(d.anchor, test::day("2025-03-07"));
    EXPECT_EQ(d.trackedDays, 90);
    EXPECT_DOUBLE_EQ(static_cast<double>(d.onTrackDays) / static_cast<double>(d.trackedDays),
                     figures.health.consistency);
    EXPECT_EQ(d.ratedInteractions, 3);
    ASSERT_TRUE(d.meanQuality.has_value());
    EXPECT_DOUBLE_EQ(*d.meanQuality, 4.0); // (4 + 5 + 3) / 3
    EXPECT_EQ(d.helpGiven, 2);
    EXPECT_EQ(d.helpReceived, 1);
    EXPECT_EQ(d.promisesKept, 1);
    EXPECT_EQ(d.promisesClosed, 1);
}

} // namespace
} // namespace rapport::core
