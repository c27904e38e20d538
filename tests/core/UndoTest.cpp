// Undo and redo for every change the Journal offers: after undo the journal is exactly as
// before (every table, ids included), after redo exactly as after; the undo text names
// the change; a new change drops the redo tail.

#include "TestSupport.h"

#include <gtest/gtest.h>

#include <functional>

namespace rapport::core {
namespace {

using test::date;
using test::must;

class UndoTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ana = must(j().addColleague(test::fullColleague(QStringLiteral("Ana Silva"))));
        ben = must(j().addColleague(test::makeColleague(QStringLiteral("Ben"), 7)));
        shared = must(j().logInteraction(test::fullInteraction("2025-03-01", {ana, ben})));
        sole = must(j().logInteraction(test::makeInteraction("2025-03-02", {ana}, InteractionKind::HelpGiven, 3)));
        thanks = must(j().addGratitude(test::makeGratitude(ana, "2025-03-03")));
        promise = must(j().addCommitment(test::makeCommitment(ana, "2025-03-01", "2025-03-10")));
        fact = must(j().addFact(test::makeFact(ana, "2025-03-04", QStringLiteral("Trip to Lisbon"), date("2025-03-12"))));
        followUp = must(j().addFollowUp(test::makeFollowUp(ana, "2025-03-16", QStringLiteral("Ask about the talk"))));
        reflection = must(j().addReflection(test::makeReflection("2025-03-05", QStringLiteral("Listen more"))));
        j().undoStack().clear();
    }

    Journal &j() { return journal.journal(); }
    UndoStack &undo() { return j().undoStack(); }
    QStringList dump() { return test::dumpJournal(journal.db()); }

    // Applies `change`; undo must give back exactly the journal before it and redo exactly
    // the journal after it, twice over. The undo text must be `text`.
    void roundTrip(const QString &text, const std::function<void()> &change)
    {
        const QStringList before = dump();
        const std::size_t entries = undo().count();
        change();
        const QStringList after = dump();
        ASSERT_NE(after, before) << "the change changed nothing: " << text.toStdString();
        EXPECT_EQ(undo().count(), entries + 1);
        EXPECT_EQ(undo().undoText(), text);
        for (int round = 0; round < 2; ++round) {
            must(undo().undo(), "undo");
            ASSERT_EQ(dump(), before) << "after undo of " << text.toStdString();
            EXPECT_EQ(undo().redoText(), text);
            must(undo().redo(), "redo");
            ASSERT_EQ(dump(), after) << "after redo of " << text.toStdString();
            EXPECT_EQ(undo().undoText(), text);
        }
    }

    test::TempJournal journal{date("2025-03-15")};
    Id ana = 0, ben = 0, shared = 0, sole = 0, thanks = 0, promise = 0, fact = 0, followUp = 0, reflection = 0;
};

TEST_F(UndoTest, Colleagues)
{
    Id cleo = 0;
    roundTrip(QStringLiteral("Add colleague Cleo Park"), [&] {
        Colleague c = test::fullColleague(QStringLiteral("  Cleo   Park "));
        cleo = must(j().addColleague(c));
    });
    // Redo wrote Cleo back under her first id.
    EXPECT_EQ(must(journal.repos().colleagues.find(cleo))->name, QStringLiteral("Cleo Park"));

    roundTrip(QStringLiteral("Edit Ana Silva-Costa"), [&] {
        Colleague c = *must(journal.repos().colleagues.find(ana));
        c.name = QStringLiteral("Ana Silva-Costa");
        c.tags = QStringList{QStringLiteral("mentor"), QStringLiteral("new")};
        c.photoPng.clear();
        c.birthday = Birthday{2, 29, std::nullopt};
        c.cadenceDays = 30;
        must(j().updateColleague(c));
    });
    roundTrip(QStringLiteral("Archive Ben"), [&] { must(j().setArchived(ben, true)); });
    roundTrip(QStringLiteral("Restore Ben"), [&] { must(j().setArchived(ben, false)); });
    roundTrip(QStringLiteral("Snooze Ben until 2025-03-20"), [&] { must(j().snooze(ben, date("2025-03-20"))); });
    roundTrip(QStringLiteral("Unsnooze Ben"), [&] { must(j().snooze(ben, std::nullopt)); });
}

TEST_F(UndoTest, DeletingAColleagueTakesTheirRecordsAndUndoBringsEverythingBack)
{
    must(j().addCommitment(test::makeCommitment(ana, "2025-03-02", "2025-03-08", CommitmentDirection::Theirs)));
    must(j().renegotiateCommitment(promise, date("2025-03-11"), date("2025-03-09")));
    must(j().addGratitude(test::makeGratitude(ben, "2025-03-03")));
    undo().clear();

    const Colleague anaBefore = *must(journal.repos().colleagues.find(ana));
    const Interaction sharedBefore = *must(journal.repos().interactions.find(shared));
    const auto ofAna = must(journal.repos().interactions.listForColleague(ana));
    ASSERT_EQ(ofAna.size(), 2);

    roundTrip(QStringLiteral("Delete Ana Silva"), [&] { must(j().deleteColleague(ana)); });
    // After redo: Ana, her sole interaction and her records are gone; the shared one stays with Ben.
    EXPECT_FALSE(must(journal.repos().colleagues.find(ana)).has_value());
    EXPECT_FALSE(must(journal.repos().interactions.find(sole)).has_value());
    const auto sharedNow = must(journal.repos().interactions.find(shared));
    ASSERT_TRUE(sharedNow.has_value());
    EXPECT_EQ(sharedNow->participants, QList<Id>{ben});
    EXPECT_FALSE(must(journal.repos().gratitude.find(thanks)).has_value());
    EXPECT_FALSE(must(journal.repos().commitments.find(promise)).has_value());
    EXPECT_FALSE(must(journal.repos().facts.find(fact)).has_value());
    EXPECT_FALSE(must(journal.repos().facts.findFollowUp(followUp)).has_value());
    EXPECT_EQ(test::rowCount(journal.db(), QStringLiteral("gratitude")), 1); // Ben's

    must(undo().undo());
    EXPECT_EQ(must(journal.repos().colleagues.find(ana)), std::optional<Colleague>(anaBefore));
    EXPECT_EQ(must(journal.repos().interactions.find(shared)), std::optional<Interaction>(sharedBefore));
    EXPECT_EQ(must(journal.repos().interactions.listForColleague(ana)), ofAna);
    EXPECT_EQ(test::contactDayRows(journal.db()), test::recomputedContactDays(journal.db()));
}

TEST_F(UndoTest, Interactions)
{
    roundTrip(QStringLiteral("Log coffee chat with Ben, Ana Silva"), [&] {
        must(j().logInteraction(test::makeInteraction("2025-03-14", {ben, ana})));
    });
    roundTrip(QStringLiteral("Edit interaction"), [&] {
        Interaction i = *must(journal.repos().interactions.find(shared));
        i.date = date("2025-03-13");
        i.participants = {ben};
        i.quality = 2;
        i.notes = QStringLiteral("moved");
        must(j().updateInteraction(i));
    });
    roundTrip(QStringLiteral("Delete interaction"), [&] { must(j().deleteInteraction(shared)); });
    roundTrip(QStringLiteral("Delete interaction"), [&] { must(j().deleteInteraction(sole)); });
}

TEST_F(UndoTest, GratitudeAndPromises)
{
    roundTrip(QStringLiteral("Thank Ben"), [&] { must(j().addGratitude(test::makeGratitude(ben, "2025-03-14"))); });
    roundTrip(QStringLiteral("Thanks from Ana Silva"), [&] {
        must(j().addGratitude(test::makeGratitude(ana, "2025-03-14", GratitudeDirection::Received)));
    });
    roundTrip(QStringLiteral("Edit thanks"), [&] {
        Gratitude g = *must(journal.repos().gratitude.find(thanks));
        g.colleagueId = ben;
        g.where = GratitudeWhere::Public;
        must(j().updateGratitude(g));
    });
    roundTrip(QStringLiteral("Delete thanks"), [&] { must(j().deleteGratitude(thanks)); });

    roundTrip(QStringLiteral("Promise to Ben"), [&] { must(j().addCommitment(test::makeCommitment(ben, "2025-03-14", "2025-03-21"))); });
    roundTrip(QStringLiteral("Edit promise"), [&] {
        Commitment c = *must(journal.repos().commitments.find(promise));
        c.what = QStringLiteral("send the slides");
        c.direction = CommitmentDirection::Theirs;
        must(j().updateCommitment(c));
    });
    roundTrip(QStringLiteral("Move due date"), [&] { must(j().renegotiateCommitment(promise, date("2025-03-18"), date("2025-03-09"))); });
    const Commitment moved = *must(journal.repos().commitments.find(promise));
    ASSERT_EQ(moved.renegotiations.size(), 1);
    EXPECT_EQ(moved.renegotiations[0], (Renegotiation{date("2025-03-10"), date("2025-03-18"), date("2025-03-09")}));
    roundTrip(QStringLiteral("Mark promise done"), [&] { must(j().closeCommitment(promise, CommitmentStatus::Done, date("2025-03-12"))); });
    roundTrip(QStringLiteral("Reopen promise"), [&] { must(j().closeCommitment(promise, CommitmentStatus::Open, date("2025-03-13"))); });
    EXPECT_FALSE(must(journal.repos().commitments.find(promise))->closedOn.has_value());
    roundTrip(QStringLiteral("Drop promise"), [&] { must(j().closeCommitment(promise, CommitmentStatus::Dropped, date("2025-03-13"))); });
    roundTrip(QStringLiteral("Delete promise"), [&] { must(j().deleteCommitment(promise)); });
}

TEST_F(UndoTest, FactsAndFollowUps)
{
    Id added = 0;
    roundTrip(QStringLiteral("Remember about Ben"), [&] {
        added = must(j().addFact(test::makeFact(ben, "2025-03-14", QStringLiteral("Marathon on Sunday"), date("2025-03-17"))));
    });
    // The fact brought its follow-up, linked to it.
    const auto linked = must(journal.repos().facts.followUpsForFact(added));
    ASSERT_EQ(linked.size(), 1);
    EXPECT_EQ(linked[0].dueOn, date("2025-03-17"));
    EXPECT_EQ(linked[0].colleagueId, ben);
    roundTrip(QStringLiteral("Remember about Ben"), [&] { must(j().addFact(test::makeFact(ben, "2025-03-14", QStringLiteral("No follow-up")))); });
    roundTrip(QStringLiteral("Edit fact"), [&] {
        Fact f = *must(journal.repos().facts.find(fact));
        f.text = QStringLiteral("Trip to Porto");
        must(j().updateFact(f));
    });
    // Deleting a fact keeps its follow-ups without the link; undo links them again.
    ASSERT_EQ(must(journal.repos().facts.followUpsForFact(fact)).size(), 1);
    roundTrip(QStringLiteral("Delete fact"), [&] { must(j().deleteFact(fact)); });
    EXPECT_EQ(test::rowCount(journal.db(), QStringLiteral("follow_up")), 3);
    must(undo().undo());
    EXPECT_EQ(must(journal.repos().facts.followUpsForFact(fact)).size(), 1);
    must(undo().redo());

    roundTrip(QStringLiteral("Follow up with Ben"), [&] { must(j().addFollowUp(test::makeFollowUp(ben, "2025-03-20"))); });
    roundTrip(QStringLiteral("Edit follow-up"), [&] {
        FollowUp f = *must(journal.repos().facts.findFollowUp(followUp));
        f.what = QStringLiteral("Ask about the keynote");
        f.dueOn = date("2025-03-18");
        must(j().updateFollowUp(f));
    });
    roundTrip(QStringLiteral("Mark follow-up done"), [&] { must(j().completeFollowUp(followUp, date("2025-03-15"))); });
    roundTrip(QStringLiteral("Reopen follow-up"), [&] { must(j().completeFollowUp(followUp, std::nullopt)); });
    roundTrip(QStringLiteral("Delete follow-up"), [&] { must(j().deleteFollowUp(followUp)); });
}

TEST_F(UndoTest, ReflectionsAndAboutMe)
{
    roundTrip(QStringLiteral("Add reflection"), [&] {
        must(j().addReflection(test::makeReflection("2025-03-14", QStringLiteral("Too many 1:1s"), QStringLiteral("Capacity?"))));
    });
    roundTrip(QStringLiteral("Edit reflection"), [&] {
        Reflection r = *must(journal.repos().reflections.find(reflection));
        r.text = QStringLiteral("Listen more, talk less");
        must(j().updateReflection(r));
    });
    roundTrip(QStringLiteral("Delete reflection"), [&] { must(j().deleteReflection(reflection)); });
    roundTrip(QStringLiteral("Edit about me"), [&] {
        must(j().setAboutMe(AboutMe{QStringLiteral("Direct"), QStringLiteral("Curious"), QStringLiteral("Patience"), 8}));
    });
}

TEST_F(UndoTest, ANewChangeDropsTheRedoTailAndNoOpsPushNothing)
{
    int changes = 0;
    QObject::connect(&j(), &Journal::changed, &j(), [&changes] { ++changes; });
    must(j().addReflection(test::makeReflection("2025-03-14", QStringLiteral("one"))));
    must(j().addReflection(test::makeReflection("2025-03-14", QStringLiteral("two"))));
    must(undo().undo());
    EXPECT_TRUE(undo().canRedo());
    EXPECT_EQ(undo().redoText(), QStringLiteral("Add reflection"));
    must(j().addGratitude(test::makeGratitude(ben, "2025-03-14")));
    EXPECT_FALSE(undo().canRedo());
    EXPECT_TRUE(undo().redoText().isEmpty());
    EXPECT_EQ(undo().count(), 2u);
    EXPECT_EQ(undo().undoText(), QStringLiteral("Thank Ben"));
    EXPECT_EQ(changes, 4);
    must(undo().redo()); // nothing to redo: a no-op
    EXPECT_EQ(changes, 4);

    // Saving a record unchanged, or archiving an archived colleague, is no change at all.
    must(j().updateInteraction(*must(journal.repos().interactions.find(shared))));
    must(j().updateColleague(*must(journal.repos().colleagues.find(ana))));
    must(j().setArchived(ben, false));
    must(j().snooze(ben, std::nullopt));
    must(j().setAboutMe(must(journal.repos().reflections.aboutMe())));
    EXPECT_EQ(undo().count(), 2u);

    while (undo().canUndo())
        must(undo().undo());
    EXPECT_FALSE(undo().canUndo());
    EXPECT_TRUE(undo().undoText().isEmpty());
    must(undo().undo()); // nothing to undo: a no-op
    EXPECT_EQ(test::rowCount(journal.db(), QStringLiteral("reflection")), 1);
}

} // namespace
} // namespace rapport::core
