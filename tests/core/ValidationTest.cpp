// Every journal operation validates its input: a bad value gives an Error that names the
// field at fault, and a refused operation changes nothing (no row, no undo entry).
// Also WHO resolution as the command line uses it.

#include "TestSupport.h"

#include <gtest/gtest.h>

namespace rapport::core {
namespace {

using test::date;
using test::must;

class ValidationTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Colleague ana = test::makeColleague(QStringLiteral("Ana Silva"), 14);
        ana.id = must(j().addColleague(ana));
        anaId = ana.id;
        benId = must(j().addColleague(test::makeColleague(QStringLiteral("Ben Okafor"))));
        promiseId = must(j().addCommitment(test::makeCommitment(anaId, "2025-03-01", "2025-03-20")));
        factOfBen = must(j().addFact(test::makeFact(benId, "2025-03-02", QStringLiteral("Likes chess"))));
    }

    Journal &j() { return journal.journal(); }

    // Runs `op`, which must be refused with an error in `field`, and checks that neither the
    // journal nor the undo history changed.
    template<typename Op>
    void expectRefused(const char *field, Op op)
    {
        const QStringList before = test::dumpJournal(journal.db());
        const std::size_t entries = j().undoStack().count();
        const QString undoText = j().undoStack().undoText();
        const QString redoText = j().undoStack().redoText();
        const auto result = op();
        ASSERT_FALSE(result.ok()) << "accepted, expected an error in " << field;
        EXPECT_EQ(result.error().field, QString::fromLatin1(field)) << test::describe(result.error());
        EXPECT_FALSE(result.error().message.isEmpty());
        EXPECT_EQ(test::dumpJournal(journal.db()), before);
        EXPECT_EQ(j().undoStack().count(), entries);
        EXPECT_EQ(j().undoStack().undoText(), undoText);
        EXPECT_EQ(j().undoStack().redoText(), redoText);
    }

    test::TempJournal journal{date("2025-03-15")};
    Id anaId = 0;
    Id benId = 0;
    Id promiseId = 0;
    Id factOfBen = 0;
};

// --- Colleagues ----------------------------------------------------------------------------

TEST_F(ValidationTest, ColleagueName)
{
    expectRefused("name", [&] { return j().addColleague(test::makeColleague(QString())); });
    expectRefused("name", [&] { return j().addColleague(test::makeColleague(QStringLiteral(" \t\n  "))); });
    expectRefused("name", [&] { return j().addColleague(test::makeColleague(QString(201, QLatin1Char('x')))); });
    // 200 characters after trimming is the most allowed; surrounding and repeated spaces go.
    const QString longest(200, QLatin1Char('y'));
    const Id id = must(j().addColleague(test::makeColleague(QStringLiteral("  ") + longest + QStringLiteral("  "))));
    EXPECT_EQ(must(journal.repos().colleagues.find(id))->name, longest);
    const Id spaced = must(j().addColleague(test::makeColleague(QStringLiteral("  Cleo   van  Dijk "))));
    EXPECT_EQ(must(journal.repos().colleagues.find(spaced))->name, QStringLiteral("Cleo van Dijk"));

    // An edit is checked the same way.
    Colleague ana = *must(journal.repos().colleagues.find(anaId));
    ana.name = QStringLiteral("   ");
    expectRefused("name", [&] { return j().updateColleague(ana); });
}

TEST_F(ValidationTest, ColleagueEmailTimeZoneCadenceAndDates)
{
    for (const QString &email : {QStringLiteral("ana.example.com"), QStringLiteral("ana@"), QStringLiteral("a@b@c"),
                                 QStringLiteral("ana silva@example.com")}) {
        Colleague c = test::makeColleague(QStringLiteral("Dee"));
        c.email = email;
        expectRefused("email", [&] { return j().addColleague(c); });
    }
    Colleague c = test::makeColleague(QStringLiteral("Dee"));
    c.timeZone = QStringLiteral("Mars/Olympus_Mons");
    expectRefused("time_zone", [&] { return j().addColleague(c); });
    c.timeZone = QStringLiteral("Europe/Berlin");
    for (const int cadence : {366, -1}) {
        c.cadenceDays = cadence;
        expectRefused("cadence_days", [&] { return j().addColleague(c); });
    }
    c.cadenceDays = 365;
    c.startDate = QDate(1850, 1, 1);
    expectRefused("start_date", [&] { return j().addColleague(c); });
    c.startDate.reset();
    c.tags = QStringList{QString(101, QLatin1Char('t'))};
    expectRefused("tags", [&] { return j().addColleague(c); });
    c.tags.clear();
    c.photoPng = QByteArray("GIF89a...");
    expectRefused("photo_png_base64", [&] { return j().addColleague(c); });
    c.photoPng = test::tinyPng();
    c.email = QStringLiteral(" dee@example.com ");
    c.tags = QStringList{QStringLiteral("ops"), QStringLiteral(" Ops "), QStringLiteral("  "), QStringLiteral("oncall")};
    const Id id = must(j().addColleague(c));
    const Colleague stored = *must(journal.repos().colleagues.find(id));
    EXPECT_EQ(stored.email, QStringLiteral("dee@example.com"));
    EXPECT_EQ(stored.timeZone, QStringLiteral("Europe/Berlin"));
    EXPECT_EQ(stored.cadenceDays, 365);
    EXPECT_EQ(stored.tags, (QStringList{QStringLiteral("ops"), QStringLiteral("oncall")}));
    EXPECT_EQ(stored.trackedSince, date("2024-01-01"));

    // Tracked since defaults to today.
    Colleague undated;
    undated.name = QStringLiteral("Eve");
    EXPECT_EQ(must(journal.repos().colleagues.find(must(j().addColleague(undated))))->trackedSince, date("2025-03-15"));
}

// --- Interactions ----------------------------------------------------------------------------

TEST_F(ValidationTest, InteractionParticipantsQualityDurationAndDate)
{
    expectRefused("participants", [&] { return j().logInteraction(test::makeInteraction("2025-03-10", {})); });
    expectRefused("participants", [&] { return j().logInteraction(test::makeInteraction("2025-03-10", {anaId, 999})); });
    for (const int quality : {0, 6}) {
        expectRefused("quality", [&] {
            return j().logInteraction(test::makeInteraction("2025-03-10", {anaId}, InteractionKind::Coffee, quality));
        });
    }
    Interaction i = test::makeInteraction("2025-03-10", {anaId});
    i.durationMin = -1;
    expectRefused("duration_min", [&] { return j().logInteraction(i); });
    i.durationMin = 7 * 24 * 60 + 1;
    expectRefused("duration_min", [&] { return j().logInteraction(i); });
    i.durationMin = 0;
    i.date = QDate();
    expectRefused("date", [&] { return j().logInteraction(i); });
    i.date = date("2025-03-10");
    i.notes = QString(kMaxNotesLength + 1, QLatin1Char('n'));
    expectRefused("notes", [&] { return j().logInteraction(i); });

    // Accepted: qualities 1 and 5, a participant named twice counts once, seconds dropped.
    i.notes.clear();
    i.quality = 1;
    i.participants = {anaId, benId, anaId};
    i.time = QTime(9, 30, 45);
    const Id id = must(j().logInteraction(i));
    const Interaction stored = *must(journal.repos().interactions.find(id));
    EXPECT_EQ(stored.participants, (QList<Id>{anaId, benId}));
    EXPECT_EQ(stored.time, QTime(9, 30));
    EXPECT_EQ(stored.quality, 1);
    i.quality = 5;
    must(j().logInteraction(i));

    Interaction edit = stored;
    edit.participants.clear();
    expectRefused("participants", [&] { return j().updateInteraction(edit); });
    edit = stored;
    edit.quality = 6;
    expectRefused("quality", [&] { return j().updateInteraction(edit); });
}

// --- Gratitude, promises, facts, follow-ups, reflections, about me ---------------------------

TEST_F(ValidationTest, GratitudeNeedsWhatAndAColleague)
{
    expectRefused("what", [&] { return j().addGratitude(test::makeGratitude(anaId, "2025-03-10", GratitudeDirection::Given, QString())); });
    expectRefused("what", [&] {
        return j().addGratitude(test::makeGratitude(anaId, "2025-03-10", GratitudeDirection::Given, QStringLiteral("   ")));
    });
    expectRefused("colleague_id", [&] { return j().addGratitude(test::makeGratitude(4242, "2025-03-10")); });
    const Id id = must(j().addGratitude(test::makeGratitude(anaId, "2025-03-10")));
    Gratitude g = *must(journal.repos().gratitude.find(id));
    g.what.clear();
    expectRefused("what", [&] { return j().updateGratitude(g); });
}

TEST_F(ValidationTest, CommitmentDates)
{
    expectRefused("due_on", [&] { return j().addCommitment(test::makeCommitment(anaId, "2025-03-10", "2025-03-09")); });
    expectRefused("what", [&] {
        return j().addCommitment(test::makeCommitment(anaId, "2025-03-10", "2025-03-12", CommitmentDirection::Mine, QString()));
    });
    expectRefused("colleague_id", [&] { return j().addCommitment(test::makeCommitment(999, "2025-03-10", "2025-03-12")); });
    // Made on 2025-03-01: it cannot be closed on the last day of February.
    expectRefused("closed_on", [&] { return j().closeCommitment(promiseId, CommitmentStatus::Done, date("2025-02-28")); });
    expectRefused("closed_on", [&] { return j().closeCommitment(promiseId, CommitmentStatus::Dropped, date("2025-02-28")); });
    Commitment c = *must(journal.repos().commitments.find(promiseId));
    c.status = CommitmentStatus::Done; // done without a date
    expectRefused("closed_on", [&] { return j().updateCommitment(c); });
    c.status = CommitmentStatus::Open;
    c.closedOn = date("2025-03-05"); // open with a date
    expectRefused("closed_on", [&] { return j().updateCommitment(c); });
    expectRefused("due_on", [&] { return j().renegotiateCommitment(promiseId, date("2025-02-27"), date("2025-03-05")); });
    must(j().closeCommitment(promiseId, CommitmentStatus::Done, date("2025-03-01")));
    expectRefused("status", [&] { return j().renegotiateCommitment(promiseId, date("2025-04-01"), date("2025-03-05")); });
}

TEST_F(ValidationTest, FactsFollowUpsReflectionsAndAboutMe)
{
    expectRefused("text", [&] { return j().addFact(test::makeFact(anaId, "2025-03-10", QString())); });
    expectRefused("text", [&] { return j().addFact(test::makeFact(anaId, "2025-03-10", QStringLiteral(" "), date("2025-03-20"))); });
    expectRefused("colleague_id", [&] { return j().addFact(test::makeFact(777, "2025-03-10", QStringLiteral("x"))); });
    // A follow-up may point only at a fact about the same colleague.
    expectRefused("fact_id", [&] {
        return j().addFollowUp(test::makeFollowUp(anaId, "2025-03-20", QStringLiteral("ask"), factOfBen));
    });
    expectRefused("fact_id", [&] { return j().addFollowUp(test::makeFollowUp(anaId, "2025-03-20", QStringLiteral("ask"), 9999)); });
    expectRefused("what", [&] { return j().addFollowUp(test::makeFollowUp(anaId, "2025-03-20", QString())); });
    expectRefused("due_on", [&] {
        FollowUp f = test::makeFollowUp(anaId, "2025-03-20");
        f.dueOn = QDate();
        return j().addFollowUp(f);
    });
    must(j().addFollowUp(test::makeFollowUp(benId, "2025-03-20", QStringLiteral("ask about the tournament"), factOfBen)));

    expectRefused("text", [&] { return j().addReflection(test::makeReflection("2025-03-10", QString())); });
    expectRefused("text", [&] { return j().addReflection(test::makeReflection("2025-03-10", QStringLiteral("\n\t "))); });
    expectRefused("date", [&] {
        Reflection r = test::makeReflection("2025-03-10", QStringLiteral("ok"));
        r.date = QDate();
        return j().addReflection(r);
    });

    AboutMe me;
    me.capacity = 0;
    expectRefused("capacity", [&] { return j().setAboutMe(me); });
    me.capacity = 1001;
    expectRefused("capacity", [&] { return j().setAboutMe(me); });
    me.capacity = 1;
    must(j().setAboutMe(me));
    EXPECT_EQ(must(journal.repos().reflections.aboutMe()).capacity, 1);
}

TEST_F(ValidationTest, ChangingARecordThatDoesNotExistIsAnError)
{
    Interaction ghost = test::makeInteraction("2025-03-10", {anaId});
    ghost.id = 99;
    const auto check = [&](const Status &status, const QString &noun) {
        ASSERT_FALSE(status);
        EXPECT_EQ(status.error().message, QStringLiteral("There is no %1 #99.").arg(noun)) << test::describe(status.error());
    };
    const QStringList before = test::dumpJournal(journal.db());
    check(j().updateInteraction(ghost), QStringLiteral("interaction"));
    check(j().deleteInteraction(99), QStringLiteral("interaction"));
    check(j().deleteGratitude(99), QStringLiteral("thanks entry"));
    check(j().closeCommitment(99, CommitmentStatus::Done, date("2025-03-10")), QStringLiteral("promise"));
    check(j().deleteCommitment(99), QStringLiteral("promise"));
    check(j().deleteFact(99), QStringLiteral("fact"));
    check(j().completeFollowUp(99, date("2025-03-10")), QStringLiteral("follow-up"));
    check(j().deleteFollowUp(99), QStringLiteral("follow-up"));
    check(j().deleteReflection(99), QStringLiteral("reflection"));
    check(j().setArchived(99, true), QStringLiteral("colleague"));
    check(j().snooze(99, date("2025-03-20")), QStringLiteral("colleague"));
    check(j().deleteColleague(99), QStringLiteral("colleague"));
    EXPECT_EQ(test::dumpJournal(journal.db()), before);
}

// --- WHO ---------------------------------------------------------------------------------------

TEST_F(ValidationTest, ResolveColleagueByNameOrId)
{
    EXPECT_EQ(must(j().resolveColleague(QStringLiteral("Ana Silva"))), anaId);
    EXPECT_EQ(must(j().resolveColleague(QStringLiteral("ana silva"))), anaId);
    EXPECT_EQ(must(j().resolveColleague(QStringLiteral("  ANA SILVA "))), anaId);
    EXPECT_EQ(must(j().resolveColleague(QStringLiteral("#%1").arg(benId))), benId);

    const auto unknown = j().resolveColleague(QStringLiteral("Zed"));
    ASSERT_FALSE(unknown);
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("Zed")));
    EXPECT_FALSE(j().resolveColleague(QStringLiteral("Ana")));  // no partial matches
    EXPECT_FALSE(j().resolveColleague(QStringLiteral("#999")));
    for (const QString &bad : {QStringLiteral("#abc"), QStringLiteral("#"), QStringLiteral("#0"), QStringLiteral("#-3")}) {
        const auto refused = j().resolveColleague(bad);
        ASSERT_FALSE(refused) << bad.toStdString();
        EXPECT_TRUE(refused.error().message.contains(QStringLiteral("#12"))) << test::describe(refused.error());
    }

    // Two colleagues of one name: an error that lists both ids (archived ones too).
    const Id other = must(j().addColleague(test::makeColleague(QStringLiteral("ANA silva"))));
    must(j().setArchived(other, true));
    const auto ambiguous = j().resolveColleague(QStringLiteral("Ana Silva"));
    ASSERT_FALSE(ambiguous);
    const QString message = ambiguous.error().message;
    EXPECT_TRUE(message.contains(QStringLiteral("#%1 Ana Silva").arg(anaId))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("#%1 ANA silva (archived)").arg(other))) << message.toStdString();
    EXPECT_EQ(must(j().resolveColleague(QStringLiteral("#%1").arg(other))), other);
}

} // namespace
} // namespace rapport::core
