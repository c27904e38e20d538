// computeStats and dueItems (DESIGN.md sections 2 and 3) on small journals built through
// the Journal API, with today pinned. Every expectation is worked out by hand in the
// comment beside it.

#include "services/DueList.h"
#include "services/Stats.h"

#include "TestSupport.h"

#include <gtest/gtest.h>

namespace rapport::core {
namespace {

using test::date;
using test::day;
using test::must;

class FiguresTest : public ::testing::Test
{
protected:
    void start(const char *today) { journal = std::make_unique<test::TempJournal>(date(today)); }
    Journal &j() { return journal->journal(); }

    Id person(const char *name, int cadence, const char *since, bool archived = false)
    {
        Colleague c = test::makeColleague(QString::fromUtf8(name), cadence, since);
        c.archived = archived;
        return must(j().addColleague(c), name);
    }
    void log(const char *on, QList<Id> who, InteractionKind kind = InteractionKind::Coffee, std::optional<int> quality = {})
    {
        must(j().logInteraction(test::makeInteraction(on, std::move(who), kind, quality)), on);
    }
    void thank(Id who, const char *on, GratitudeDirection direction = GratitudeDirection::Given)
    {
        must(j().addGratitude(test::makeGratitude(who, on, direction)), on);
    }
    Id promise(Id who, const char *made, const char *due, CommitmentStatus status = CommitmentStatus::Open,
               const char *closed = nullptr, CommitmentDirection direction = CommitmentDirection::Mine)
    {
        const Id id = must(j().addCommitment(test::makeCommitment(who, made, due, direction)), made);
        if (status != CommitmentStatus::Open)
            must(j().closeCommitment(id, status, date(closed)), closed);
        return id;
    }
    StatsReport stats(const char *today, int months) { return must(computeStats(journal->db(), date(today), months), "stats"); }
    QList<DueItem> due(const char *today) { return must(dueItems(journal->db(), date(today)), "due"); }

    std::unique_ptr<test::TempJournal> journal;
};

int kind(const MonthFigures &m, InteractionKind k)
{
    return m.byKind[std::size_t(k)];
}

const ColleagueFigures *figuresOf(const StatsReport &report, Id id)
{
    for (const ColleagueFigures &f : report.colleagues) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

void expectSame(const ColleagueFigures &a, const ColleagueFigures &b)
{
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.name, b.name);
    EXPECT_EQ(a.cadenceDays, b.cadenceDays);
    EXPECT_EQ(a.lastContact, b.lastContact);
    EXPECT_EQ(a.nextDue, b.nextDue);
    EXPECT_EQ(a.overdueDays, b.overdueDays);
    EXPECT_EQ(a.streak, b.streak);
    EXPECT_EQ(a.supportBalance, b.supportBalance);
    EXPECT_EQ(a.health.cadenceUsed, b.health.cadenceUsed);
    EXPECT_EQ(a.health.daysSinceAnchor, b.health.daysSinceAnchor);
    EXPECT_EQ(a.health.recency, b.health.recency);
    EXPECT_EQ(a.health.consistency, b.health.consistency);
    EXPECT_EQ(a.health.warmth, b.health.warmth);
    EXPECT_EQ(a.health.balance, b.health.balance);
    EXPECT_EQ(a.health.promises, b.health.promises);
    EXPECT_EQ(a.health.score, b.health.score);
}

TEST_F(FiguresTest, MonthsCountInteractionsGratitudeAndBreadth)
{
    start("2025-03-15");
    const Id a = person("Ana", 7, "2024-12-01");
    const Id b = person("Ben", 0, "2024-12-01");
    const Id d = person("Dan", 30, "2024-12-01", true); // archived: history still counts
    log("2024-12-31", {a});                             // before the three months
    log("2025-01-05", {a, b});                          // one interaction, two people
    log("2025-01-20", {a}, InteractionKind::HelpGiven);
    log("2025-02-14", {d}, InteractionKind::Celebration);
    log("2025-02-28", {b}, InteractionKind::Meal);
    log("2025-03-15", {a}, InteractionKind::Greeting); // today counts
    log("2025-03-16", {b}, InteractionKind::Coffee);   // tomorrow does not
    thank(a, "2025-01-10");
    thank(b, "2025-02-01", GratitudeDirection::Received);
    thank(b, "2025-02-02", GratitudeDirection::Received);
    thank(a, "2025-03-20"); // after today

    const StatsReport r = stats("2025-03-15", 3);
    EXPECT_EQ(r.asOf, day("2025-03-15"));
    ASSERT_EQ(r.months.size(), 3u);
    // Oldest first; the current month ends today.
    EXPECT_EQ(monthKey(r.months[0].first), QStringLiteral("2025-01"));
    EXPECT_EQ(r.months[0].last, day("2025-01-31"));
    EXPECT_EQ(r.months[1].first, day("2025-02-01"));
    EXPECT_EQ(r.months[1].last, day("2025-02-28"));
    EXPECT_EQ(r.months[2].first, day("2025-03-01"));
    EXPECT_EQ(r.months[2].last, day("2025-03-15"));

    // January: coffee (A, B) and help given (A) = 2; thanks given to A = 1; A and B = breadth 2.
    EXPECT_EQ(r.months[0].interactions, 2);
    EXPECT_EQ(kind(r.months[0], InteractionKind::Coffee), 1);
    EXPECT_EQ(kind(r.months[0], InteractionKind::HelpGiven), 1);
    EXPECT_EQ(r.months[0].gratitudeGiven, 1);
    EXPECT_EQ(r.months[0].gratitudeReceived, 0);
    EXPECT_EQ(r.months[0].breadth, 2);
    // February: celebration (archived D) and meal (B) = 2; two thanks received from B;
    // B and D = breadth 2.
    EXPECT_EQ(r.months[1].interactions, 2);
    EXPECT_EQ(kind(r.months[1], InteractionKind::Celebration), 1);
    EXPECT_EQ(kind(r.months[1], InteractionKind::Meal), 1);
    EXPECT_EQ(r.months[1].gratitudeGiven, 0);
    EXPECT_EQ(r.months[1].gratitudeReceived, 2);
    EXPECT_EQ(r.months[1].breadth, 2);
    // March to the 15th: the greeting only; tomorrow's coffee and the thanks of the 20th wait.
    EXPECT_EQ(r.months[2].interactions, 1);
    EXPECT_EQ(kind(r.months[2], InteractionKind::Greeting), 1);
    EXPECT_EQ(kind(r.months[2], InteractionKind::Coffee), 0);
    EXPECT_EQ(r.months[2].gratitudeGiven, 0);
    EXPECT_EQ(r.months[2].breadth, 1);
    // Archived D is left out of the colleagues; A and B by id.
    ASSERT_EQ(r.colleagues.size(), 2u);
    EXPECT_EQ(r.colleagues[0].id, a);
    EXPECT_EQ(r.colleagues[1].id, b);

    // Twelve months by default: Apr 2024 .. Mar 2025.
    const StatsReport year = must(computeStats(journal->db(), date("2025-03-15")));
    ASSERT_EQ(year.months.size(), 12u);
    EXPECT_EQ(monthKey(year.months.front().first), QStringLiteral("2024-04"));
    EXPECT_EQ(year.months[8].interactions, 1); // December 2024
    EXPECT_EQ(computeStats(journal->db(), date("2025-03-15"), 0).error().field, QStringLiteral("months"));
    EXPECT_FALSE(computeStats(journal->db(), date("2025-03-15"), kMaxStatsMonths + 1));
}

TEST_F(FiguresTest, MonthlyConsistency)
{
    start("2025-03-15");
    const Id a = person("Ana", 7, "2024-12-01");
    const Id c = person("Cleo", 14, "2025-02-10"); // tracked from mid-February
    const Id b = person("Ben", 0, "2024-12-01");   // no cadence: left out
    const Id d = person("Dan", 30, "2024-12-01", true);
    for (const char *on : {"2024-12-28", "2025-01-30", "2025-02-10", "2025-02-20", "2025-03-05"})
        log(on, {a});
    log("2025-02-27", {c});
    log("2025-01-15", {b, d});

    const StatsReport r = stats("2025-03-15", 3);
    // January, A only (C not tracked yet): anchor 12-28 keeps her on track to 01-04 (4 days),
    // off 01-05..01-29 (25), on 01-30..01-31 (2): 6 of 31.
    EXPECT_DOUBLE_EQ(*r.months[0].consistency, 6.0 / 31.0);
    // February. A: 02-01..02-06 on (anchor 01-30), 02-07..02-09 off, 02-10..02-17 on,
    // 02-18..02-19 off, 02-20..02-27 on, 02-28 off: 22 of 28.
    // C: tracked 02-10..02-28 = 19 days; anchor 02-10 on to 02-24 (15), off 02-25..02-26,
    // 02-27 and 02-28 on: 17 of 19. Together 39 of 47.
    EXPECT_DOUBLE_EQ(*r.months[1].consistency, 39.0 / 47.0);
    // March to the 15th. A: 03-01..03-04 off (anchor 02-20), 03-05..03-12 on, 03-13..03-15
    // off: 8 of 15. C: anchor 02-27 on to 03-13: 13 of 15. 21 of 30.
    EXPECT_DOUBLE_EQ(*r.months[2].consistency, 21.0 / 30.0);
    // November 2024: no cadenced colleague tracked yet.
    EXPECT_FALSE(stats("2025-03-15", 5).months[0].consistency.has_value());
}

TEST_F(FiguresTest, PromiseReliabilityPerMonthIsMineByClosingMonth)
{
    start("2025-03-15");
    const Id a = person("Ana", 7, "2024-12-01");
    promise(a, "2025-01-02", "2025-01-10", CommitmentStatus::Done, "2025-01-09");    // Jan, on time
    promise(a, "2025-01-05", "2025-01-20", CommitmentStatus::Dropped, "2025-01-25"); // Jan, dropped
    promise(a, "2025-01-02", "2025-01-10", CommitmentStatus::Done, "2025-02-03");    // Feb, late
    promise(a, "2025-02-10", "2025-02-20", CommitmentStatus::Done, "2025-02-20");    // Feb, on the day
    promise(a, "2025-02-10", "2025-02-20", CommitmentStatus::Dropped, "2025-02-25"); // Feb, dropped
    promise(a, "2025-02-01", "2025-03-31", CommitmentStatus::Done, "2025-03-10");    // Mar, early
    promise(a, "2025-01-02", "2025-01-10", CommitmentStatus::Done, "2025-01-05", CommitmentDirection::Theirs);
    promise(a, "2025-01-02", "2025-01-31");                                            // open
    promise(a, "2025-03-01", "2025-03-20", CommitmentStatus::Dropped, "2025-03-16"); // after today

    const StatsReport r = stats("2025-03-15", 4);
    EXPECT_FALSE(r.months[0].promiseReliability.has_value()); // December: nothing closed
    EXPECT_DOUBLE_EQ(*r.months[1].promiseReliability, 1.0 / 2.0); // on time of (done + dropped)
    EXPECT_DOUBLE_EQ(*r.months[2].promiseReliability, 1.0 / 3.0);
    EXPECT_DOUBLE_EQ(*r.months[3].promiseReliability, 1.0);
}

TEST_F(FiguresTest, ColleagueFiguresAndHealth)
{
    start("2025-03-15");
    const Id a = person("Ana", 7, "2024-12-01");
    const Id b = person("Ben", 0, "2024-12-01");
    const Id c = person("Cleo", 14, "2025-01-01");
    const Id d = person("Dan", 30, "2024-12-01", true);
    // The 180 days ending today begin on 2024-09-17: help on the 16th is out of every window.
    log("2024-09-16", {a}, InteractionKind::HelpGiven, 5);
    log("2024-09-17", {a}, InteractionKind::HelpGiven);
    log("2024-09-18", {a}, InteractionKind::HelpReceived);
    log("2025-01-15", {a}, InteractionKind::HelpReceived, 2);
    log("2025-02-20", {a, d});
    log("2025-03-01", {a});
    thank(a, "2025-03-05");
    log("2025-03-10", {a}, InteractionKind::HelpGiven, 4);
    log("2025-03-20", {a}, InteractionKind::HelpGiven, 5); // after today
    thank(b, "2025-02-01", GratitudeDirection::Received);
    promise(a, "2025-02-01", "2025-02-10", CommitmentStatus::Done, "2025-02-09");
    promise(a, "2025-02-01", "2025-02-28", CommitmentStatus::Dropped, "2025-03-01");
    promise(a, "2024-08-01", "2024-08-20", CommitmentStatus::Dropped, "2024-09-01"); // before the 180 days
    promise(a, "2025-02-01", "2025-02-10", CommitmentStatus::Dropped, "2025-02-11", CommitmentDirection::Theirs);

    const StatsReport r = stats("2025-03-15", 12);
    ASSERT_EQ(r.colleagues.size(), 3u);
    EXPECT_EQ(figuresOf(r, d), nullptr);

    // Ana: last contact 03-10, due 03-17, not overdue. Streak: 03-10, 03-05, 03-01 within 7
    // days of each other, 02-20 is 9 days before 03-01: 3. Support over 09-17..03-15: given
    // 09-17 and 03-10, received 09-18 and 01-15: 2 / 4 = 0.5.
    const ColleagueFigures &fa = *figuresOf(r, a);
    EXPECT_EQ(fa.name, QStringLiteral("Ana"));
    EXPECT_EQ(fa.lastContact, day("2025-03-10"));
    EXPECT_EQ(fa.nextDue, day("2025-03-17"));
    EXPECT_EQ(fa.overdueDays, 0);
    EXPECT_EQ(fa.streak, 3);
    EXPECT_DOUBLE_EQ(*fa.supportBalance, 0.5);
    // R: s = 5 <= 7 -> 1. C over 2024-12-16..2025-03-15 (90 days; the September contacts are
    // before tracked since 12-01, so the anchor is 12-01 until 01-15): on 01-15..01-22 (8),
    // 02-20..02-27 (8), 03-01..03-15 (15) = 31 of 90. W: qualities 2 and 4 -> (3 - 1) / 4 = 0.5.
    // B: 1 - 2|0.5 - 0.5| = 1. P: on time 1 of 2 closed in the 180 days = 0.5.
    // Score: 100 (0.35 + 0.30 * 31/90 + 0.15 * 0.5 + 0.10 + 0.10 * 0.5) = 67.83 -> 68.
    EXPECT_EQ(fa.health.cadenceUsed, 7);
    EXPECT_EQ(fa.health.daysSinceAnchor, 5);
    EXPECT_DOUBLE_EQ(fa.health.recency, 1.0);
    EXPECT_DOUBLE_EQ(fa.health.consistency, 31.0 / 90.0);
    EXPECT_DOUBLE_EQ(*fa.health.warmth, 0.5);
    EXPECT_DOUBLE_EQ(*fa.health.balance, 1.0);
    EXPECT_DOUBLE_EQ(*fa.health.promises, 0.5);
    EXPECT_EQ(fa.health.score, 68);

    // Ben, no cadence: last contact 02-01, no due date, streak 0, no support figure.
    // Health with k = 30: s = 42 -> R = 1 - 12/60 = 0.8. C: on 12-16..12-31 (16) and
    // 02-01..03-03 (31) = 47 of 90. Score 100 (0.35 * 0.8 + 0.30 * 47/90) / 0.65 = 67.18 -> 67.
    const ColleagueFigures &fb = *figuresOf(r, b);
    EXPECT_EQ(fb.lastContact, day("2025-02-01"));
    EXPECT_FALSE(fb.nextDue.has_value());
    EXPECT_EQ(fb.overdueDays, 0);
    EXPECT_EQ(fb.streak, 0);
    EXPECT_FALSE(fb.supportBalance.has_value());
    EXPECT_EQ(fb.health.cadenceUsed, 30);
    EXPECT_DOUBLE_EQ(fb.health.recency, 0.8);
    EXPECT_DOUBLE_EQ(fb.health.consistency, 47.0 / 90.0);
    EXPECT_FALSE(fb.health.warmth.has_value());
    EXPECT_FALSE(fb.health.balance.has_value());
    EXPECT_FALSE(fb.health.promises.has_value());
    EXPECT_EQ(fb.health.score, 67);

    // Cleo, never contacted: due 01-01 + 14 = 01-15, overdue 59 days, streak 0. R: s = 73,
    // 1 - 59/28 < 0 -> 0. C: tracked 01-01..03-15 = 74 days, on 01-01..01-15 = 15.
    // Score 100 (0.30 * 15/74) / 0.65 = 9.36 -> 9.
    const ColleagueFigures &fc = *figuresOf(r, c);
    EXPECT_FALSE(fc.lastContact.has_value());
    EXPECT_EQ(fc.nextDue, day("2025-01-15"));
    EXPECT_EQ(fc.overdueDays, 59);
    EXPECT_EQ(fc.streak, 0);
    EXPECT_DOUBLE_EQ(fc.health.recency, 0.0);
    EXPECT_DOUBLE_EQ(fc.health.consistency, 15.0 / 74.0);
    EXPECT_EQ(fc.health.score, 9);

    for (const Id id : {a, b, c})
        expectSame(must(computeColleagueFigures(journal->db(), id, date("2025-03-15"))), *figuresOf(r, id));
    // The profile card of an archived colleague still has figures: last contact 02-20.
    EXPECT_EQ(must(computeColleagueFigures(journal->db(), d, date("2025-03-15"))).lastContact, day("2025-02-20"));
    EXPECT_FALSE(computeColleagueFigures(journal->db(), 999, date("2025-03-15")));
}

TEST_F(FiguresTest, MonthAndYearBoundary)
{
    start("2025-01-03");
    const Id a = person("Ana", 7, "2024-12-01");
    log("2024-12-01", {a}, InteractionKind::Meal);
    log("2024-12-31", {a});
    log("2025-01-02", {a}, InteractionKind::Greeting);
    const StatsReport r = stats("2025-01-03", 2);
    ASSERT_EQ(r.months.size(), 2u);
    EXPECT_EQ(monthKey(r.months[0].first), QStringLiteral("2024-12"));
    EXPECT_EQ(r.months[0].last, day("2024-12-31"));
    EXPECT_EQ(monthKey(r.months[1].first), QStringLiteral("2025-01"));
    EXPECT_EQ(r.months[1].last, day("2025-01-03"));
    EXPECT_EQ(r.months[0].interactions, 2);
    EXPECT_EQ(r.months[1].interactions, 1);
    // December: on 12-01..12-08 (8) and 12-31 (1) = 9 of 31; January 1..3 on (anchor 12-31).
    EXPECT_DOUBLE_EQ(*r.months[0].consistency, 9.0 / 31.0);
    EXPECT_DOUBLE_EQ(*r.months[1].consistency, 1.0);
    // Streak: 01-02 and 12-31 are 2 days apart, 12-01 is 30 days before: 2.
    EXPECT_EQ(r.colleagues[0].streak, 2);
}

TEST_F(FiguresTest, FebruaryOfALeapYear)
{
    start("2024-03-10");
    const Id a = person("Ana", 10, "2024-01-01");
    log("2024-01-25", {a});
    log("2024-02-29", {a});
    const StatsReport r = stats("2024-03-10", 2);
    EXPECT_EQ(r.months[0].last, day("2024-02-29"));
    EXPECT_EQ(r.months[0].interactions, 1);
    EXPECT_EQ(r.months[0].breadth, 1);
    // On 02-01..02-04 (anchor 01-25), off 02-05..02-28 (24), on 02-29: 5 of 29.
    EXPECT_DOUBLE_EQ(*r.months[0].consistency, 5.0 / 29.0);
    EXPECT_DOUBLE_EQ(*r.months[1].consistency, 1.0); // 03-01..03-10, anchor 02-29 + 10 = 03-10
    EXPECT_EQ(r.colleagues[0].nextDue, day("2024-03-10"));
}

// --- Due list ----------------------------------------------------------------------------------

TEST_F(FiguresTest, DueTouchbasesOrderSnoozeAndArchive)
{
    start("2025-03-15");
    const Id x = person("Xavi", 7, "2025-02-01");  // last 02-26 -> due 03-05, 10 days over
    const Id y = person("Yara", 14, "2025-01-01"); // last 02-26 -> due 03-12, 3 days over
    const Id z = person("Zoe", 30, "2025-02-13");  // never -> due 03-15, today: 0 days over
    const Id w = person("Walt", 7, "2025-03-10");  // due 03-17: not yet
    const Id v = person("Vera", 1, "2025-01-01", true);
    person("Una", 0, "2020-01-01"); // no cadence: never due
    log("2025-02-26", {x, y});
    log("2025-03-16", {x}); // tomorrow: does not restart the cadence today

    QList<DueItem> items = due("2025-03-15");
    ASSERT_EQ(items.size(), 3);
    EXPECT_EQ(items[0].colleagueId, x);
    EXPECT_EQ(items[0].overdueDays, 10);
    EXPECT_EQ(items[0].dueOn, day("2025-03-05"));
    EXPECT_EQ(items[0].type, DueType::Touchbase);
    EXPECT_EQ(items[0].id, x);
    EXPECT_EQ(items[1].colleagueId, y);
    EXPECT_EQ(items[1].overdueDays, 3);
    EXPECT_EQ(items[2].colleagueId, z);
    EXPECT_EQ(items[2].overdueDays, 0);
    EXPECT_EQ(dueTypeKey(items[2].type), QStringLiteral("touchbase"));

    // Snoozed until the 17th, Yara waits; on the 17th she is back, 5 days over.
    must(j().snooze(y, date("2025-03-17")));
    items = due("2025-03-15");
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(items[0].colleagueId, x);
    EXPECT_EQ(items[1].colleagueId, z);
    items = due("2025-03-17");
    // On the 17th Xavi's contact of the 16th counts (due 03-23); Walt is due today.
    ASSERT_EQ(items.size(), 3);
    EXPECT_EQ(items[0].colleagueId, y);
    EXPECT_EQ(items[0].overdueDays, 5);
    EXPECT_EQ(items[1].colleagueId, z);
    EXPECT_EQ(items[1].overdueDays, 2);
    EXPECT_EQ(items[2].colleagueId, w);
    EXPECT_EQ(items[2].overdueDays, 0);
    // Archiving hides every item of a colleague.
    must(j().setArchived(x, true));
    items = due("2025-03-15");
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items[0].colleagueId, z);
    (void)v;
}

TEST_F(FiguresTest, DueFollowUpsPromisesAndBirthdays)
{
    start("2025-03-15");
    const Id a = person("Ana", 0, "2024-01-01");
    const Id arch = person("Old", 0, "2024-01-01", true);
    const Id f1 = must(j().addFollowUp(test::makeFollowUp(a, "2025-03-12")));
    const Id f2 = must(j().addFollowUp(test::makeFollowUp(a, "2025-03-15")));
    const Id done = must(j().addFollowUp(test::makeFollowUp(a, "2025-03-10")));
    must(j().completeFollowUp(done, date("2025-03-11")));
    must(j().addFollowUp(test::makeFollowUp(a, "2025-03-16"))); // tomorrow: not yet
    must(j().addFollowUp(test::makeFollowUp(arch, "2025-03-10")));
    const Id p1 = promise(a, "2025-03-01", "2025-03-13");
    const Id p2 = promise(a, "2025-03-01", "2025-03-16"); // due tomorrow: shown, 0 days over
    promise(a, "2025-03-01", "2025-03-17");               // in two days: not yet
    promise(a, "2025-03-01", "2025-03-10", CommitmentStatus::Open, nullptr, CommitmentDirection::Theirs);
    promise(a, "2025-03-01", "2025-03-10", CommitmentStatus::Done, "2025-03-09");
    promise(arch, "2025-03-01", "2025-03-10");

    const QList<DueItem> items = due("2025-03-15");
    ASSERT_EQ(items.size(), 4);
    EXPECT_EQ(items[0].type, DueType::FollowUp);
    EXPECT_EQ(items[0].id, f1);
    EXPECT_EQ(items[0].overdueDays, 3);
    EXPECT_EQ(items[1].id, f2);
    EXPECT_EQ(items[1].overdueDays, 0);
    EXPECT_EQ(items[1].colleagueId, a);
    EXPECT_EQ(items[2].type, DueType::Commitment);
    EXPECT_EQ(items[2].id, p1);
    EXPECT_EQ(items[2].overdueDays, 2);
    EXPECT_EQ(items[3].id, p2);
    EXPECT_EQ(items[3].overdueDays, 0);
    EXPECT_EQ(items[3].dueOn, day("2025-03-16"));
    EXPECT_EQ(dueTypeKey(items[3].type), QStringLiteral("commitment"));
}

TEST_F(FiguresTest, DueBirthdays)
{
    start("2025-02-28");
    Colleague md = test::makeColleague(QStringLiteral("Month Day"));
    md.birthday = Birthday{3, 15, std::nullopt};
    const Id monthDay = must(j().addColleague(md));
    Colleague full = test::makeColleague(QStringLiteral("Full Date"));
    full.birthday = Birthday{3, 15, 1990};
    const Id fullDate = must(j().addColleague(full));
    Colleague leap = test::makeColleague(QStringLiteral("Leap Day"));
    leap.birthday = Birthday{2, 29, std::nullopt};
    const Id leapDay = must(j().addColleague(leap));
    Colleague gone = test::makeColleague(QStringLiteral("Gone"));
    gone.birthday = Birthday{3, 15, std::nullopt};
    gone.archived = true;
    must(j().addColleague(gone));

    const auto birthdaysOn = [&](const char *today) {
        QList<Id> ids;
        for (const DueItem &item : due(today)) {
            EXPECT_EQ(item.type, DueType::Birthday);
            EXPECT_EQ(item.overdueDays, 0);
            EXPECT_EQ(item.id, item.colleagueId);
            ids << item.colleagueId;
        }
        return ids;
    };
    EXPECT_EQ(birthdaysOn("2025-03-15"), (QList<Id>{fullDate, monthDay})); // by name
    EXPECT_TRUE(birthdaysOn("2025-03-14").isEmpty());
    EXPECT_EQ(birthdaysOn("2025-02-28"), QList<Id>{leapDay}); // common year: on the 28th
    EXPECT_EQ(birthdaysOn("2025-03-01"), QList<Id>{});
    EXPECT_TRUE(birthdaysOn("2024-02-28").isEmpty()); // leap year: on the 29th itself
    EXPECT_EQ(birthdaysOn("2024-02-29"), QList<Id>{leapDay});
}

} // namespace
} // namespace rapport::core
