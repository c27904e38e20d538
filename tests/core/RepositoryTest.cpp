// Repositories write and read back every field of every record exactly, and the
// contact_day table kept by triggers always equals a recomputation from scratch.

#include "TestSupport.h"
#include "storage/Aggregates.h"

#include <gtest/gtest.h>

#include <QSqlQuery>

#include <random>

namespace rapport::core {
namespace {

using test::date;
using test::must;

QList<Id> idsOf(Database &db, const QString &table)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT id FROM \"%1\" ORDER BY id").arg(table)))
        throw test::Failed("ids");
    QList<Id> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

class RepositoryTest : public ::testing::Test
{
protected:
    test::TempJournal journal;
    Repositories &repos() { return journal.repos(); }
};

// --- Round trips --------------------------------------------------------------------------

TEST_F(RepositoryTest, ColleagueWithEveryFieldRoundTrips)
{
    Colleague ana = test::fullColleague(QStringLiteral("Ana Silva"));
    ana.id = must(repos().colleagues.insert(ana), "insert");
    ASSERT_GT(ana.id, 0);
    auto found = must(repos().colleagues.find(ana.id), "find");
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(*found, ana);
    EXPECT_EQ(found->tags, (QStringList{QStringLiteral("zeta"), QStringLiteral("alpha"), QStringLiteral("mentor")}));
    EXPECT_EQ(found->photoPng, test::tinyPng());
    ASSERT_TRUE(found->birthday.has_value());
    EXPECT_EQ(found->birthday->toString(), QStringLiteral("1990-07-14"));

    // Every field changed, tags reordered, photo removed, birthday without a year.
    Colleague edited = *found;
    edited.name = QStringLiteral("Ana S. Costa");
    edited.pronouns = QStringLiteral("they/them");
    edited.workMode = WorkMode::Remote;
    edited.timeZone = QStringLiteral("America/Sao_Paulo");
    edited.startDate.reset();
    edited.birthday = Birthday{2, 29, std::nullopt};
    edited.preferredChannel = PreferredChannel::Any;
    edited.bestTime.reset();
    edited.cadenceDays = 0;
    edited.tags = QStringList{QStringLiteral("mentor"), QStringLiteral("zeta")};
    edited.photoPng.clear();
    edited.trackedSince = date("2024-02-29");
    edited.archived = true;
    edited.snoozedUntil.reset();
    must(repos().colleagues.update(edited), "update");
    found = must(repos().colleagues.find(ana.id), "find");
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(*found, edited);
    EXPECT_EQ(found->birthday->toString(), QStringLiteral("--02-29"));
    EXPECT_EQ(test::rowCount(journal.db(), QStringLiteral("colleague_photo")), 0);

    journal.reopen();
    EXPECT_EQ(must(repos().colleagues.find(ana.id), "find after reopen"), std::optional<Colleague>(edited));
}

TEST_F(RepositoryTest, ColleagueWithOnlyANameRoundTrips)
{
    // Default-constructed (null) strings are the common case from forms and imports.
    Colleague ben;
    ben.name = QStringLiteral("Ben");
    ben.trackedSince = date("2025-01-01");
    ben.birthday = Birthday{12, 5, std::nullopt};
    ben.id = must(repos().colleagues.insert(ben), "insert");
    auto found = must(repos().colleagues.find(ben.id), "find");
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(*found, ben);
    EXPECT_EQ(found->birthday->toString(), QStringLiteral("--12-05"));
    EXPECT_FALSE(found->workMode.has_value());
    EXPECT_FALSE(found->snoozedUntil.has_value());
}

TEST_F(RepositoryTest, ColleagueListsAndNameLookups)
{
    Colleague zoe = test::makeColleague(QStringLiteral("Zoë Adams"));
    zoe.tags = QStringList{QStringLiteral("b"), QStringLiteral("a")};
    zoe.photoPng = test::tinyPng();
    zoe.id = must(repos().colleagues.insert(zoe));
    Colleague ana = test::makeColleague(QStringLiteral("ana lima"));
    ana.archived = true;
    ana.id = must(repos().colleagues.insert(ana));
    const Id ana2 = must(repos().colleagues.insert(test::makeColleague(QStringLiteral("Ana Lima"))));

    const auto active = must(repos().colleagues.list(false));
    ASSERT_EQ(active.size(), 2);
    EXPECT_EQ(active[0].id, ana2);
    EXPECT_EQ(active[1].id, zoe.id);
    EXPECT_EQ(active[1].tags, zoe.tags);
    EXPECT_TRUE(active[1].photoPng.isEmpty()); // lists never read photos
    EXPECT_EQ(must(repos().colleagues.list(true)).size(), 3);

    const auto matches = must(repos().colleagues.findByName(QStringLiteral("  ANA LIMA ")));
    ASSERT_EQ(matches.size(), 2);
    EXPECT_EQ(matches[0].id, ana.id);
    EXPECT_TRUE(matches[0].archived);
    EXPECT_EQ(matches[1].id, ana2);
    EXPECT_EQ(must(repos().colleagues.count()), 3);
    EXPECT_TRUE(must(repos().colleagues.exists(zoe.id)));
    EXPECT_FALSE(must(repos().colleagues.exists(999)));
}

TEST_F(RepositoryTest, InteractionWithEveryFieldAndSeveralParticipantsRoundTrips)
{
    const Id a = must(repos().colleagues.insert(test::makeColleague(QStringLiteral("A"))));
    const Id b = must(repos().colleagues.insert(test::makeColleague(QStringLiteral("B"))));
    const Id c = must(repos().colleagues.insert(test::makeColleague(QStringLiteral("C"))));

    Interaction lunch = test::fullInteraction("2025-03-10", {a, b, c}); // participants by id
    lunch.id = must(repos().interactions.insert(lunch), "insert");
    EXPECT_EQ(must(repos().interactions.find(lunch.id)), std::optional<Interaction>(lunch));

    Interaction bare = test::makeInteraction("2025-03-11", {b}, InteractionKind::Other);
    bare.id = must(repos().interactions.insert(bare));
    EXPECT_EQ(must(repos().interactions.find(bare.id)), std::optional<Interaction>(bare));

    // The edges of a day and every optional field the other way round.
    Interaction edited = lunch;
    edited.date = date("2024-02-29");
    edited.time = QTime(0, 0);
    edited.durationMin = 0;
    edited.participants = {a, c};
    edited.kind = InteractionKind::FeedbackReceived;
    edited.channel = Channel::Email;
    edited.initiatedBy = InitiatedBy::Me;
    edited.quality = 1;
    edited.notes.clear();
    must(repos().interactions.update(edited), "update");
    EXPECT_EQ(must(repos().interactions.find(lunch.id)), std::optional<Interaction>(edited));
    edited.time = QTime(23, 59);
    edited.quality = 5;
    must(repos().interactions.update(edited), "update");
    EXPECT_EQ(must(repos().interactions.find(lunch.id)), std::optional<Interaction>(edited));

    const auto ofB = must(repos().interactions.listForColleague(b));
    ASSERT_EQ(ofB.size(), 1);
    EXPECT_EQ(ofB[0], bare);
    EXPECT_EQ(must(repos().interactions.soleParticipantOf(b)), QList<Id>{bare.id});
    EXPECT_TRUE(must(repos().interactions.soleParticipantOf(a)).isEmpty());
    EXPECT_EQ(must(repos().interactions.count()), 2);
}

TEST_F(RepositoryTest, GratitudeCommitmentFactFollowUpReflectionAndAboutMeRoundTrip)
{
    const Id a = must(repos().colleagues.insert(test::makeColleague(QStringLiteral("A"))));
    const Id b = must(repos().colleagues.insert(test::makeColleague(QStringLiteral("B"))));

    Gratitude thanks = test::makeGratitude(a, "2025-03-01", GratitudeDirection::Received, QStringLiteral("covering my on-call"));
    thanks.where = GratitudeWhere::Public;
    thanks.id = must(repos().gratitude.insert(thanks));
    EXPECT_EQ(must(repos().gratitude.find(thanks.id)), std::optional<Gratitude>(thanks));
    thanks.colleagueId = b;
    thanks.direction = GratitudeDirection::Given;
    thanks.where = GratitudeWhere::Private;
    must(repos().gratitude.update(thanks));
    EXPECT_EQ(must(repos().gratitude.find(thanks.id)), std::optional<Gratitude>(thanks));

    Commitment promise = test::makeCommitment(a, "2025-01-10", "2025-02-20", CommitmentDirection::Theirs);
    promise.status = CommitmentStatus::Done;
    promise.closedOn = date("2025-02-21");
    promise.renegotiations = {{date("2025-01-31"), date("2025-02-10"), date("2025-01-30")},
                              {date("2025-02-10"), date("2025-02-20"), date("2025-02-09")}};
    promise.id = must(repos().commitments.insert(promise));
    EXPECT_EQ(must(repos().commitments.find(promise.id)), std::optional<Commitment>(promise));
    promise.renegotiations.removeLast();
    promise.status = CommitmentStatus::Open;
    promise.closedOn.reset();
    promise.direction = CommitmentDirection::Mine;
    must(repos().commitments.update(promise));
    EXPECT_EQ(must(repos().commitments.find(promise.id)), std::optional<Commitment>(promise));
    EXPECT_EQ(must(repos().commitments.listForColleague(a)), QList<Commitment>{promise});

    Fact fact = test::makeFact(a, "2025-03-02", QStringLiteral("Back from Lisbon on the 12th"), date("2025-03-13"));
    fact.id = must(repos().facts.insert(fact));
    EXPECT_EQ(must(repos().facts.find(fact.id)), std::optional<Fact>(fact));
    FollowUp followUp = test::makeFollowUp(a, "2025-03-13", QStringLiteral("Ask how Lisbon was"), fact.id);
    followUp.doneOn = date("2025-03-14");
    followUp.id = must(repos().facts.insert(followUp));
    EXPECT_EQ(must(repos().facts.findFollowUp(followUp.id)), std::optional<FollowUp>(followUp));
    EXPECT_EQ(must(repos().facts.followUpsForFact(fact.id)), QList<FollowUp>{followUp});
    followUp.factId.reset();
    followUp.doneOn.reset();
    must(repos().facts.update(followUp));
    EXPECT_EQ(must(repos().facts.findFollowUp(followUp.id)), std::optional<FollowUp>(followUp));

    Reflection reflection = test::makeReflection("2025-03-03", QStringLiteral("I rush when under pressure."),
                                                 QStringLiteral("What is my communication style under pressure?"));
    reflection.id = must(repos().reflections.insert(reflection));
    EXPECT_EQ(must(repos().reflections.find(reflection.id)), std::optional<Reflection>(reflection));
    reflection.prompt.clear();
    must(repos().reflections.update(reflection));
    EXPECT_EQ(must(repos().reflections.find(reflection.id)), std::optional<Reflection>(reflection));

    EXPECT_EQ(must(repos().reflections.aboutMe()), AboutMe{});
    const AboutMe me{QStringLiteral("Direct, warm"), QStringLiteral("Listening"), QStringLiteral("Saying no"), 9};
    must(repos().reflections.setAboutMe(me));
    EXPECT_EQ(must(repos().reflections.aboutMe()), me);

    journal.reopen();
    EXPECT_EQ(must(repos().commitments.find(promise.id)), std::optional<Commitment>(promise));
    EXPECT_EQ(must(repos().reflections.aboutMe()), me);
}

// --- contact_day --------------------------------------------------------------------------

TEST_F(RepositoryTest, ContactDaysFollowEveryKindOfChange)
{
    auto &j = journal.journal();
    const Id a = must(j.addColleague(test::makeColleague(QStringLiteral("A"))));
    const Id b = must(j.addColleague(test::makeColleague(QStringLiteral("B"))));
    const Id c = must(j.addColleague(test::makeColleague(QStringLiteral("C"))));
    const auto check = [&](const char *step) {
        EXPECT_EQ(test::contactDayRows(journal.db()), test::recomputedContactDays(journal.db())) << step;
    };

    const Id lunch = must(j.logInteraction(test::makeInteraction("2025-03-10", {a, b, c})));
    const Id coffee = must(j.logInteraction(test::makeInteraction("2025-03-10", {a, b})));
    const Id thanks = must(j.addGratitude(test::makeGratitude(a, "2025-03-10")));
    check("three events for A on one day");
    // A: lunch, coffee and thanks on the 10th are three events of one contact day.
    EXPECT_EQ(test::contactDayRows(journal.db()),
              (QStringList{QStringLiteral("cd|%1|%2|3").arg(a).arg(test::day("2025-03-10")),
                           QStringLiteral("cd|%1|%2|2").arg(b).arg(test::day("2025-03-10")),
                           QStringLiteral("cd|%1|%2|1").arg(c).arg(test::day("2025-03-10"))}));

    Interaction moved = *must(journal.repos().interactions.find(lunch));
    moved.date = date("2025-03-12");
    must(j.updateInteraction(moved));
    check("lunch moved to another day");
    moved.participants = {b};
    must(j.updateInteraction(moved));
    check("lunch with fewer participants");
    Gratitude g = *must(journal.repos().gratitude.find(thanks));
    g.colleagueId = c;
    g.date = date("2025-03-12");
    must(j.updateGratitude(g));
    check("thanks moved to another colleague and day");
    must(j.deleteInteraction(coffee));
    check("coffee deleted");
    must(j.deleteColleague(b));
    check("B deleted");
    must(j.undoStack().undo());
    check("B restored");
    must(j.deleteGratitude(thanks));
    check("thanks deleted");
    while (j.undoStack().canUndo())
        must(j.undoStack().undo());
    check("everything undone");
    EXPECT_TRUE(test::contactDayRows(journal.db()).isEmpty());
    while (j.undoStack().canRedo())
        must(j.undoStack().redo());
    check("everything redone");
}

// A randomized journal with a fixed seed: after every edit, delete, undo and redo the
// trigger-kept contact_day equals a recomputation, and undo/redo restore the whole journal.
TEST_F(RepositoryTest, ContactDaysStayExactThroughRandomEditsUndoAndRedo)
{
    auto &j = journal.journal();
    std::mt19937 rng(20250315);
    const auto pick = [&rng](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };
    const auto anyDay = [&] { return date("2025-01-01").addDays(pick(15)); }; // few days: many collisions
    const auto someColleagues = [&](int most) {
        const QList<Id> all = idsOf(journal.db(), QStringLiteral("colleague"));
        QList<Id> chosen;
        const int wanted = 1 + pick(std::min<int>(most, int(all.size())));
        while (chosen.size() < wanted) {
            const Id id = all[pick(int(all.size()))];
            if (!chosen.contains(id))
                chosen << id;
        }
        std::sort(chosen.begin(), chosen.end());
        return chosen;
    };
    for (int i = 0; i < 8; ++i)
        must(j.addColleague(test::makeColleague(QStringLiteral("Person %1").arg(i), 7 * (i % 3))));

    int checkedUndos = 0;
    for (int step = 0; step < 320; ++step) {
        const QStringList before = test::dumpJournal(journal.db());
        const QList<Id> interactions = idsOf(journal.db(), QStringLiteral("interaction"));
        const QList<Id> thanks = idsOf(journal.db(), QStringLiteral("gratitude"));
        const QList<Id> colleagues = idsOf(journal.db(), QStringLiteral("colleague"));
        const int op = pick(12);
        bool changed = true;
        if (op <= 2 || interactions.isEmpty()) {
            Interaction i = test::makeInteraction("2025-01-01", someColleagues(3), InteractionKind(pick(kInteractionKindCount)));
            i.date = anyDay();
            must(j.logInteraction(i), "log");
        } else if (op == 3) {
            Interaction i = *must(journal.repos().interactions.find(interactions[pick(int(interactions.size()))]));
            if (pick(2))
                i.date = anyDay();
            if (pick(2))
                i.participants = someColleagues(3);
            changed = !(i == *must(journal.repos().interactions.find(i.id)));
            must(j.updateInteraction(i), "edit interaction");
        } else if (op == 4) {
            must(j.deleteInteraction(interactions[pick(int(interactions.size()))]), "delete interaction");
        } else if (op == 5 || thanks.isEmpty()) {
            Gratitude g = test::makeGratitude(someColleagues(1).first(), "2025-01-01");
            g.date = anyDay();
            must(j.addGratitude(g), "thank");
        } else if (op == 6) {
            Gratitude g = *must(journal.repos().gratitude.find(thanks[pick(int(thanks.size()))]));
            g.colleagueId = someColleagues(1).first();
            g.date = anyDay();
            changed = !(g == *must(journal.repos().gratitude.find(g.id)));
            must(j.updateGratitude(g), "edit thanks");
        } else if (op == 7) {
            must(j.deleteGratitude(thanks[pick(int(thanks.size()))]), "delete thanks");
        } else if (op == 8 && colleagues.size() > 4) {
            must(j.deleteColleague(colleagues[pick(int(colleagues.size()))]), "delete colleague");
        } else if (op == 8) {
            must(j.addColleague(test::makeColleague(QStringLiteral("Newcomer %1").arg(step))), "add colleague");
        } else if (op == 9) {
            must(j.setArchived(colleagues[pick(int(colleagues.size()))], pick(2) == 0), "archive");
            changed = false; // may be a no-op
        } else if (op == 10) {
            for (int n = 1 + pick(3); n > 0; --n)
                must(j.undoStack().undo(), "undo");
            changed = false;
        } else {
            for (int n = 1 + pick(3); n > 0; --n)
                must(j.undoStack().redo(), "redo");
            changed = false;
        }
        ASSERT_EQ(test::contactDayRows(journal.db()), test::recomputedContactDays(journal.db())) << "step " << step;
        ASSERT_TRUE(must(storage::aggregateDrift(journal.db().connection())).isEmpty()) << "step " << step;

        if (changed && pick(3) == 0) {
            const QStringList after = test::dumpJournal(journal.db());
            must(j.undoStack().undo(), "undo the step");
            ASSERT_EQ(test::dumpJournal(journal.db()), before) << "undo of step " << step << " op " << op;
            must(j.undoStack().redo(), "redo the step");
            ASSERT_EQ(test::dumpJournal(journal.db()), after) << "redo of step " << step << " op " << op;
            ++checkedUndos;
        }
    }
    EXPECT_GT(checkedUndos, 40);
    EXPECT_GT(test::rowCount(journal.db(), QStringLiteral("contact_day")), 10);
    EXPECT_TRUE(must(journal.db().integrityProblems(false)).isEmpty());
    journal.reopen();
    EXPECT_EQ(test::contactDayRows(journal.db()), test::recomputedContactDays(journal.db()));
}

} // namespace
} // namespace rapport::core
