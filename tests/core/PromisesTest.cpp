// The Promises page's reads: every state filter (open, due soon, overdue, done, dropped,
// all), direction, colleague and text, their order, renegotiation counts, and promise
// reliability this month and over 12 calendar months against hand-computed cases.

#include "TestSupport.h"
#include "services/PromisesOverview.h"

#include <gtest/gtest.h>

namespace rapport::core {
namespace {

using test::date;
using test::must;

class PromisesTest : public ::testing::Test
{
protected:
    // Today is 2025-03-15 (TempJournal's clock).
    void SetUp() override
    {
        ana = must(journal->addColleague(test::makeColleague(QStringLiteral("Ana Silva"))));
        ben = must(journal->addColleague(test::makeColleague(QStringLiteral("Ben Okafor"))));
    }

    Id promise(Id who, const char *made, const char *due, CommitmentDirection direction = CommitmentDirection::Mine,
               const QString &what = QStringLiteral("send the notes"))
    {
        return must(journal->addCommitment(test::makeCommitment(who, made, due, direction, what)), "add");
    }
    Id closed(Id who, const char *made, const char *due, CommitmentStatus status, const char *on,
              CommitmentDirection direction = CommitmentDirection::Mine)
    {
        const Id id = promise(who, made, due, direction);
        must(journal->closeCommitment(id, status, date(on)), "close");
        return id;
    }
    QList<Id> ids(const CommitmentFilter &filter)
    {
        QList<Id> out;
        for (const CommitmentListRow &row : must(PromisesOverview(journal.journal()).list(filter)))
            out.append(row.id);
        return out;
    }

    test::TempJournal journal;
    Id ana = 0;
    Id ben = 0;
};

TEST_F(PromisesTest, ReliabilityCountsMyClosedPromisesInEachWindow)
{
    using enum CommitmentStatus;
    closed(ana, "2025-02-20", "2025-03-05", Done, "2025-03-04");    // kept on time, this month
    closed(ana, "2025-02-20", "2025-03-05", Done, "2025-03-10");    // kept late
    closed(ben, "2025-02-20", "2025-03-20", Dropped, "2025-03-12"); // dropped
    closed(ben, "2025-02-20", "2025-03-01", Done, "2025-03-01", CommitmentDirection::Theirs); // theirs: ignored
    promise(ana, "2025-02-20", "2025-03-01");                        // open: ignored
    closed(ana, "2024-04-01", "2024-04-10", Done, "2024-04-10"); // on the due day: on time; April 2024 is month 1 of 12
    closed(ana, "2024-03-01", "2024-03-31", Done, "2024-03-31"); // March 2024: before the 12 months
    closed(ana, "2025-01-01", "2025-02-28", Dropped, "2025-02-28"); // February: year only

    const PromiseReliability r = must(reliability(journal.db(), date("2025-03-15")));
    EXPECT_EQ(r.thisMonth.first, date("2025-03-01"));
    EXPECT_EQ(r.thisMonth.last, date("2025-03-15"));
    EXPECT_EQ(r.thisMonth.keptOnTime, 1);
    EXPECT_EQ(r.thisMonth.closed, 3);
    EXPECT_DOUBLE_EQ(*r.thisMonth.ratio(), 1.0 / 3.0);
    EXPECT_EQ(r.twelveMonths.first, date("2024-04-01"));
    EXPECT_EQ(r.twelveMonths.keptOnTime, 2);
    EXPECT_EQ(r.twelveMonths.closed, 5);
    EXPECT_DOUBLE_EQ(*r.twelveMonths.ratio(), 2.0 / 5.0);

    // A day earlier: the promises closed on the 12th and later are not yet closed.
    const PromiseReliability before = must(reliability(journal.db(), date("2025-03-11")));
    EXPECT_EQ(before.thisMonth.keptOnTime, 1);
    EXPECT_EQ(before.thisMonth.closed, 2);
    // In April 2025 March 2024 and April 2024 have left the twelve months.
    const PromiseReliability april = must(reliability(journal.db(), date("2025-04-02")));
    EXPECT_EQ(april.thisMonth.closed, 0);
    EXPECT_FALSE(april.thisMonth.ratio());
    EXPECT_EQ(april.twelveMonths.first, date("2024-05-01"));
    EXPECT_EQ(april.twelveMonths.keptOnTime, 1);
    EXPECT_EQ(april.twelveMonths.closed, 4);
}

TEST_F(PromisesTest, ReliabilityIsNoneWithoutClosedPromises)
{
    promise(ana, "2025-03-01", "2025-03-10");
    closed(ben, "2025-03-01", "2025-03-10", CommitmentStatus::Done, "2025-03-02", CommitmentDirection::Theirs);
    const PromiseReliability r = must(reliability(journal.db(), date("2025-03-15")));
    EXPECT_FALSE(r.thisMonth.ratio());
    EXPECT_FALSE(r.twelveMonths.ratio());
    EXPECT_EQ(r.twelveMonths.closed, 0);
}

TEST_F(PromisesTest, StatesDirectionsAndOrder)
{
    constexpr auto Done = CommitmentStatus::Done;
    constexpr auto Dropped = CommitmentStatus::Dropped;
    const Id overdue = promise(ana, "2025-03-01", "2025-03-14");
    const Id overdueOlder = promise(ben, "2025-02-01", "2025-02-10");
    const Id dueToday = promise(ana, "2025-03-01", "2025-03-15");
    const Id soonLast = promise(ben, "2025-03-01", "2025-03-22"); // today + 7: still soon
    const Id later = promise(ana, "2025-03-01", "2025-03-23");
    const Id theirs = promise(ben, "2025-03-01", "2025-03-16", CommitmentDirection::Theirs);
    const Id doneEarly = closed(ana, "2025-01-01", "2025-01-20", Done, "2025-01-19");
    const Id doneLate = closed(ben, "2025-01-01", "2025-03-01", Done, "2025-03-10");
    const Id dropped = closed(ana, "2025-01-01", "2025-03-01", Dropped, "2025-03-05", CommitmentDirection::Theirs);

    EXPECT_EQ(ids({.state = PromiseState::Open}), (QList<Id>{overdueOlder, overdue, dueToday, theirs, soonLast, later}));
    EXPECT_EQ(ids({.state = PromiseState::DueSoon}), (QList<Id>{dueToday, theirs, soonLast}));
    EXPECT_EQ(ids({.state = PromiseState::Overdue}), (QList<Id>{overdueOlder, overdue}));
    EXPECT_EQ(ids({.state = PromiseState::Done}), (QList<Id>{doneLate, doneEarly}));
    EXPECT_EQ(ids({.state = PromiseState::Dropped}), (QList<Id>{dropped}));
    EXPECT_EQ(ids({.state = PromiseState::All}),
              (QList<Id>{overdueOlder, overdue, dueToday, theirs, soonLast, later, doneLate, dropped, doneEarly}));

    EXPECT_EQ(ids({.direction = CommitmentDirection::Theirs, .state = PromiseState::All}), (QList<Id>{theirs, dropped}));
    EXPECT_EQ(ids({.direction = CommitmentDirection::Mine, .state = PromiseState::DueSoon}), (QList<Id>{dueToday, soonLast}));
    EXPECT_EQ(ids({.state = PromiseState::Overdue, .colleagueId = ana}), (QList<Id>{overdue}));
}

TEST_F(PromisesTest, RowsCarryNamesAndRenegotiations)
{
    const Id id = promise(ben, "2025-03-01", "2025-03-10", CommitmentDirection::Mine, QStringLiteral("Review the ÄRGER draft"));
    must(journal->renegotiateCommitment(id, date("2025-03-20"), date("2025-03-08")), "move");
    must(journal->renegotiateCommitment(id, date("2025-03-25"), date("2025-03-15")), "move again");
    promise(ana, "2025-03-01", "2025-03-10");

    const auto rows = must(PromisesOverview(journal.journal()).list({.text = QStringLiteral("ärger")}));
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].id, id);
    EXPECT_EQ(rows[0].colleagueName, QStringLiteral("Ben Okafor"));
    EXPECT_EQ(rows[0].what, QStringLiteral("Review the ÄRGER draft"));
    EXPECT_EQ(rows[0].direction, CommitmentDirection::Mine);
    EXPECT_EQ(rows[0].madeOn, date("2025-03-01"));
    EXPECT_EQ(rows[0].dueOn, date("2025-03-25"));
    EXPECT_EQ(rows[0].status, CommitmentStatus::Open);
    EXPECT_FALSE(rows[0].closedOn);
    EXPECT_EQ(rows[0].renegotiations, 2);
    // The text matches the colleague's name too.
    EXPECT_EQ(ids({.text = QStringLiteral("silva")}).size(), 1);
    EXPECT_TRUE(ids({.text = QStringLiteral("nothing like it")}).isEmpty());
}

TEST_F(PromisesTest, ColleaguesToPromiseLeaveArchivedOnesOut)
{
    must(journal->setArchived(ben, true), "archive");
    const auto refs = must(PromisesOverview(journal.journal()).colleagues());
    ASSERT_EQ(refs.size(), 1);
    EXPECT_EQ(refs[0].id, ana);
}

} // namespace
} // namespace rapport::core
