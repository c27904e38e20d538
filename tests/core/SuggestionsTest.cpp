// The Today suggestions (DESIGN.md section 4) on small journals, today pinned to
// 2025-03-15; each expectation is worked out by hand beside it.

#include "services/Suggestions.h"

#include "TestSupport.h"

#include <gtest/gtest.h>

namespace rapport::core {
namespace {

using test::date;
using test::day;
using test::must;

class SuggestionsTest : public ::testing::Test
{
protected:
    Journal &j() { return journal.journal(); }
    Id person(const char *name, int cadence = 0, const char *since = "2024-01-01", const QString &department = {})
    {
        Colleague c = test::makeColleague(QString::fromUtf8(name), cadence, since);
        c.department = department;
        return must(j().addColleague(c), name);
    }
    Id newcomer(const char *name, const char *started)
    {
        Colleague c = test::makeColleague(QString::fromUtf8(name), 0, started);
        c.startDate = date(started);
        return must(j().addColleague(c), name);
    }
    Id log(const char *on, QList<Id> who, InteractionKind kind = InteractionKind::Coffee)
    {
        return must(j().logInteraction(test::makeInteraction(on, std::move(who), kind)), on);
    }
    void archive(Id id) { must(j().setArchived(id, true)); }
    QList<Suggestion> now() { return must(suggestions(journal.db(), date("2025-03-15"))); }
    QList<Suggestion> ofKind(SuggestionKind kind)
    {
        QList<Suggestion> out;
        for (const Suggestion &s : now()) {
            if (s.kind == kind)
                out << s;
        }
        return out;
    }

    test::TempJournal journal { date("2025-03-15") };
};

TEST_F(SuggestionsTest, FactsToFollowUpToday)
{
    const Id ana = person("Ana");
    const Id old = person("Old");
    const Id trip
        = must(j().addFact(test::makeFact(ana, "2025-03-01", QStringLiteral("Back from Lisbon"), date("2025-03-15"))));
    must(j().addFact(test::makeFact(ana, "2025-03-01", QStringLiteral("Talk"), date("2025-03-16")))); // tomorrow
    must(j().addFact(test::makeFact(ana, "2025-03-01", QStringLiteral("Marathon"), date("2025-03-14")))); // yesterday
    const Id done = must(j().addFact(test::makeFact(ana, "2025-03-01", QStringLiteral("Move"), date("2025-03-15"))));
    must(j().completeFollowUp(must(journal.repos().facts.followUpsForFact(done)).first().id, date("2025-03-15")));
    must(j().addFact(test::makeFact(old, "2025-03-01", QStringLiteral("Gone"), date("2025-03-15"))));
    archive(old);

    const QList<Suggestion> s = now();
    ASSERT_EQ(s.size(), 1);
    EXPECT_EQ(s[0].kind, SuggestionKind::FactFollowUp);
    EXPECT_EQ(s[0].colleagueId, ana);
    EXPECT_EQ(s[0].colleagueName, QStringLiteral("Ana"));
    EXPECT_EQ(s[0].referenceId, trip);
    EXPECT_EQ(s[0].text, QStringLiteral("Back from Lisbon"));
    EXPECT_EQ(s[0].on, day("2025-03-15"));
    EXPECT_EQ(s[0].days, 0);
    EXPECT_EQ(suggestionKindKey(s[0].kind), QStringLiteral("fact_follow_up"));
}

TEST_F(SuggestionsTest, ThanksForHelpInTheLastFourteenDays)
{
    const Id edge = person("Edge"); // helped 13 days ago: in
    const Id late = person("Late"); // helped 14 days ago: out
    const Id same = person("Same"); // helped and thanked on the same day: out
    const Id before = person("Before");
    const Id received = person("Received");
    const Id edgeHelp = log("2025-03-02", { edge }, InteractionKind::HelpReceived);
    log("2025-03-01", { late }, InteractionKind::HelpReceived);
    log("2025-03-13", { same }, InteractionKind::HelpReceived);
    must(j().addGratitude(test::makeGratitude(same, "2025-03-13")));
    log("2025-03-10", { before }, InteractionKind::HelpReceived); // thanked before the help: still owed
    must(j().addGratitude(test::makeGratitude(before, "2025-03-09")));
    log("2025-03-12", { received }, InteractionKind::HelpReceived); // thanks *received* do not count
    must(j().addGratitude(test::makeGratitude(received, "2025-03-14", GratitudeDirection::Received)));
    log("2025-03-14", { late }, InteractionKind::HelpGiven); // help given is no reason to thank

    const QList<Suggestion> s = now();
    ASSERT_EQ(s.size(), 3);
    for (const Suggestion &one : s)
        EXPECT_EQ(one.kind, SuggestionKind::ThankForHelp);
    // The latest help first.
    EXPECT_EQ(s[0].colleagueId, received);
    EXPECT_EQ(s[0].days, 3);
    EXPECT_EQ(s[1].colleagueId, before);
    EXPECT_EQ(s[1].days, 5);
    EXPECT_EQ(s[2].colleagueId, edge);
    EXPECT_EQ(s[2].days, 13);
    EXPECT_EQ(s[2].on, day("2025-03-02"));
    EXPECT_EQ(s[2].referenceId, edgeHelp);
}

TEST_F(SuggestionsTest, NewcomersWithoutContact)
{
    const Id first = newcomer("First", "2025-03-02"); // 13 days ago: in
    newcomer("Fourteen", "2025-03-01"); // 14 days ago: out
    const Id today = newcomer("Today", "2025-03-15");
    const Id met = newcomer("Met", "2025-03-10");
    log("2025-03-11", { met });
    const Id ahead = newcomer("Ahead", "2025-03-10");
    log("2025-03-16", { ahead }); // dated tomorrow: no contact yet today
    archive(newcomer("Archived", "2025-03-10"));
    newcomer("Future", "2025-03-20");

    const QList<Suggestion> s = ofKind(SuggestionKind::WelcomeNewcomer);
    ASSERT_EQ(s.size(), 3);
    // The earliest start first: who has waited longest.
    EXPECT_EQ(s[0].colleagueId, first);
    EXPECT_EQ(s[0].days, 13);
    EXPECT_EQ(s[0].on, day("2025-03-02"));
    EXPECT_EQ(s[1].colleagueId, ahead);
    EXPECT_EQ(s[1].days, 5);
    EXPECT_EQ(s[2].colleagueId, today);
    EXPECT_EQ(s[2].days, 0);
}

TEST_F(SuggestionsTest, TheMostOverdueTouchbase)
{
    const Id ana = person("Ana", 7, "2025-01-01"); // last 03-01: due 03-08, 7 days over
    const Id ben = person("Ben", 7, "2025-01-01"); // last 03-05: due 03-12, 3 days over
    const Id cy = person("Cy", 30, "2025-01-01"); // last 03-05: not due
    log("2025-03-01", { ana });
    log("2025-03-05", { ben, cy });

    QList<Suggestion> s = ofKind(SuggestionKind::OverdueTouchbase);
    ASSERT_EQ(s.size(), 1);
    EXPECT_EQ(s[0].colleagueId, ana);
    EXPECT_EQ(s[0].days, 7);
    EXPECT_EQ(s[0].on, day("2025-03-08"));

    // Snoozed (or dismissed on the due list), Ana makes way for Ben.
    must(j().snoozeReminder(DueType::Touchbase, ana, date("2025-03-20")));
    s = ofKind(SuggestionKind::OverdueTouchbase);
    ASSERT_EQ(s.size(), 1);
    EXPECT_EQ(s[0].colleagueId, ben);
    EXPECT_EQ(s[0].days, 3);
    // Dismissing the suggestion: none left; undo brings Ben back.
    must(j().dismissSuggestion(s[0]));
    EXPECT_EQ(j().undoStack().undoText(), QStringLiteral("Dismiss suggestion about Ben"));
    EXPECT_TRUE(ofKind(SuggestionKind::OverdueTouchbase).isEmpty());
    must(j().undoStack().undo());
    EXPECT_EQ(ofKind(SuggestionKind::OverdueTouchbase).size(), 1);
    // A dismissal is for one occurrence: a new contact and a new due day bring it back.
    must(j().dismissSuggestion(s[0]));
    log("2025-03-06", { ben }); // due 03-13: 2 days over
    s = ofKind(SuggestionKind::OverdueTouchbase);
    ASSERT_EQ(s.size(), 1);
    EXPECT_EQ(s[0].days, 2);
}

TEST_F(SuggestionsTest, QuietDepartments)
{
    const QString sales = QStringLiteral("Sales"), support = QStringLiteral("Support"),
                  eng = QStringLiteral("Engineering");
    const Id s1 = person("S1", 0, "2024-01-01", sales);
    person("S2", 0, "2024-06-01", sales);
    log("2025-01-14", { s1 }); // exactly 60 days ago: quiet
    const Id e1 = person("E1", 0, "2024-01-01", eng);
    log("2025-01-15", { e1 }); // 59 days ago: not quiet
    person("P1", 0, "2024-11-01", support); // never met, tracked 134 days
    person("P2", 0, "2025-03-20", support); // not tracked yet: not counted
    archive(person("Gone", 0, "2020-01-01", QStringLiteral("Legal"))); // no tracked colleague left
    person("Nobody", 0, "2020-01-01"); // no department

    QList<Suggestion> s = ofKind(SuggestionKind::QuietDepartment);
    ASSERT_EQ(s.size(), 1); // the quietest one
    EXPECT_EQ(s[0].department, support);
    EXPECT_EQ(s[0].days, 134);
    EXPECT_EQ(s[0].on, day("2024-11-01"));
    EXPECT_FALSE(s[0].lastContact.has_value());
    EXPECT_EQ(s[0].count, 1);
    EXPECT_EQ(s[0].colleagueId, 0);

    must(j().dismissSuggestion(s[0]));
    EXPECT_EQ(j().undoStack().undoText(), QStringLiteral("Dismiss suggestion about Support"));
    s = ofKind(SuggestionKind::QuietDepartment);
    ASSERT_EQ(s.size(), 1);
    EXPECT_EQ(s[0].department, sales);
    EXPECT_EQ(s[0].days, 60);
    EXPECT_EQ(s[0].lastContact, day("2025-01-14"));
    EXPECT_EQ(s[0].count, 2);
    // A contact today quiets the suggestion.
    log("2025-03-15", { s1 });
    EXPECT_TRUE(ofKind(SuggestionKind::QuietDepartment).isEmpty());
}

TEST_F(SuggestionsTest, MoreCadencedColleaguesThanCapacity)
{
    AboutMe me;
    me.capacity = 2;
    must(j().setAboutMe(me));
    person("A", 30);
    person("B", 14);
    archive(person("C", 7)); // archived: not active
    person("D", 0); // no cadence: not counted
    EXPECT_TRUE(ofKind(SuggestionKind::OverCapacity).isEmpty()); // 2 of 2: fine

    person("E", 90);
    QList<Suggestion> s = ofKind(SuggestionKind::OverCapacity);
    ASSERT_EQ(s.size(), 1);
    EXPECT_EQ(s[0].count, 3);
    EXPECT_EQ(s[0].capacity, 2);
    must(j().dismissSuggestion(s[0]));
    EXPECT_EQ(j().undoStack().undoText(), QStringLiteral("Dismiss suggestion"));
    EXPECT_TRUE(ofKind(SuggestionKind::OverCapacity).isEmpty());
    // One more: the warning is back.
    person("F", 90);
    s = ofKind(SuggestionKind::OverCapacity);
    ASSERT_EQ(s.size(), 1);
    EXPECT_EQ(s[0].count, 4);
}

TEST_F(SuggestionsTest, VariedAndAtMostAHandful)
{
    AboutMe me;
    me.capacity = 1;
    must(j().setAboutMe(me));
    const Id ana = person("Ana", 7, "2024-01-01", QStringLiteral("Sales")); // overdue, quiet department
    const Id ben = person("Ben", 7, "2024-01-01");
    for (const char *text : { "One", "Two", "Three" })
        must(j().addFact(test::makeFact(ana, "2025-03-01", QString::fromLatin1(text), date("2025-03-15"))));
    log("2025-03-13", { ben }, InteractionKind::HelpReceived);
    newcomer("New", "2025-03-14");

    const QList<Suggestion> s = now();
    ASSERT_EQ(s.size(), kMaxSuggestions);
    // The first of each kind in order, the department cut off; the other facts would follow.
    EXPECT_EQ(s[0].kind, SuggestionKind::FactFollowUp);
    EXPECT_EQ(s[1].kind, SuggestionKind::ThankForHelp);
    EXPECT_EQ(s[2].kind, SuggestionKind::WelcomeNewcomer);
    EXPECT_EQ(s[3].kind, SuggestionKind::OverdueTouchbase);
    EXPECT_EQ(s[3].colleagueId, ana);
    EXPECT_EQ(s[4].kind, SuggestionKind::OverCapacity);

    // Facts alone: all three, by name then id.
    for (const Suggestion &one : s) {
        if (one.kind != SuggestionKind::FactFollowUp)
            must(j().dismissSuggestion(one));
    }
    EXPECT_TRUE(ofKind(SuggestionKind::OverdueTouchbase).isEmpty()); // Ben is not due
    const QList<Suggestion> quiet = ofKind(SuggestionKind::QuietDepartment);
    ASSERT_EQ(quiet.size(), 1);
    must(j().dismissSuggestion(quiet[0]));
    const QList<Suggestion> facts = now();
    ASSERT_EQ(facts.size(), 3);
    EXPECT_EQ(facts[0].text, QStringLiteral("One"));
    EXPECT_EQ(facts[2].text, QStringLiteral("Three"));
}

TEST_F(SuggestionsTest, ArchivedAndDeletedColleaguesAreLeftOut)
{
    const Id ana = person("Ana", 7, "2024-01-01");
    log("2025-03-10", { ana }, InteractionKind::HelpReceived);
    must(j().addFact(test::makeFact(ana, "2025-03-01", QStringLiteral("Trip"), date("2025-03-15"))));
    EXPECT_EQ(now().size(), 2); // the fact and the thanks (Ana is not overdue)
    must(j().dismissSuggestion(now().first()));
    archive(ana);
    EXPECT_TRUE(now().isEmpty());
    // Deleting Ana takes her dismissals with her; undo brings them back.
    must(j().deleteColleague(ana));
    EXPECT_EQ(test::rowCount(journal.db(), QStringLiteral("suggestion_dismissal")), 0);
    must(j().undoStack().undo());
    EXPECT_EQ(test::rowCount(journal.db(), QStringLiteral("suggestion_dismissal")), 1);
}

} // namespace
} // namespace rapport::core
