// Schema version 4 (reminder state), the Journal's snooze and dismiss commands with undo,
// and the due list honouring them (DESIGN.md section 3), on real journal files.

#include "TestSupport.h"
#include "services/DueList.h"
#include "storage/Schema.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace rapport::core {
namespace {

using test::date;
using test::day;
using test::must;

// Today is Saturday 2025-03-15. Ana: cadence 7, last contact 03-01, so due 03-08 (7 days
// over); a follow-up due 03-12 and a promise due 03-15. Ben: birthday 03-15, no cadence.
class ReminderStateTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ana = must(j().addColleague(test::makeColleague(QStringLiteral("Ana"), 7, "2025-01-01")));
        Colleague b = test::makeColleague(QStringLiteral("Ben"));
        b.birthday = Birthday { 3, 15, std::nullopt };
        ben = must(j().addColleague(b));
        must(j().logInteraction(test::makeInteraction("2025-03-01", { ana })));
        followUp = must(j().addFollowUp(test::makeFollowUp(ana, "2025-03-12")));
        promise = must(j().addCommitment(test::makeCommitment(ana, "2025-03-01", "2025-03-15")));
        j().undoStack().clear();
    }

    Journal &j() { return journal.journal(); }
    QList<DueItem> due(const char *today) { return must(dueItems(journal.db(), date(today)), today); }
    // "type#id@dueOn+overdue" for each item, in order.
    QStringList summary(const char *today)
    {
        QStringList out;
        for (const DueItem &item : due(today))
            out << QStringLiteral("%1#%2@%3+%4")
                       .arg(dueTypeKey(item.type))
                       .arg(item.id)
                       .arg(isoDate(item.dueOn))
                       .arg(item.overdueDays);
        return out;
    }
    DueItem itemOf(const char *today, DueType type)
    {
        for (const DueItem &item : due(today)) {
            if (item.type == type)
                return item;
        }
        throw test::Failed("no such item due");
    }
    QStringList dump() { return test::dumpJournal(journal.db()); }

    test::TempJournal journal { date("2025-03-15") };
    Id ana = 0, ben = 0, followUp = 0, promise = 0;
};

TEST_F(ReminderStateTest, EveryTypeWaitsForItsSnooze)
{
    ASSERT_EQ(summary("2025-03-15"),
        (QStringList { QStringLiteral("touchbase#1@2025-03-08+7"), QStringLiteral("follow_up#1@2025-03-12+3"),
            QStringLiteral("commitment#1@2025-03-15+0"), QStringLiteral("birthday#2@2025-03-15+0") }));

    must(j().snoozeReminder(DueType::Touchbase, ana, date("2025-03-17")));
    EXPECT_EQ(j().undoStack().undoText(), QStringLiteral("Snooze Ana until 2025-03-17"));
    must(j().snoozeReminder(DueType::FollowUp, followUp, date("2025-03-17")));
    EXPECT_EQ(j().undoStack().undoText(), QStringLiteral("Snooze follow-up with Ana until 2025-03-17"));
    must(j().snoozeReminder(DueType::Commitment, promise, date("2025-03-17")));
    EXPECT_EQ(j().undoStack().undoText(), QStringLiteral("Snooze promise to Ana until 2025-03-17"));
    must(j().snoozeReminder(DueType::Birthday, ben, date("2025-03-17")));
    EXPECT_EQ(j().undoStack().undoText(), QStringLiteral("Snooze Ben's birthday until 2025-03-17"));

    EXPECT_TRUE(due("2025-03-15").isEmpty());
    EXPECT_TRUE(due("2025-03-16").isEmpty());
    // On the 17th each is back, still counting from its own due day; the birthday shows that
    // day only, standing for the 15th.
    EXPECT_EQ(summary("2025-03-17"),
        (QStringList { QStringLiteral("touchbase#1@2025-03-08+9"), QStringLiteral("follow_up#1@2025-03-12+5"),
            QStringLiteral("commitment#1@2025-03-15+2"), QStringLiteral("birthday#2@2025-03-15+0") }));
    EXPECT_EQ(summary("2025-03-18").size(), 3);
    // Next year's birthday is not held back by last year's snooze.
    EXPECT_EQ(summary("2026-03-15").last(), QStringLiteral("birthday#2@2026-03-15+0"));

    // Clearing a snooze brings the item back at once; undo snoozes it again.
    must(j().snoozeReminder(DueType::FollowUp, followUp, std::nullopt));
    EXPECT_EQ(j().undoStack().undoText(), QStringLiteral("Unsnooze follow-up with Ana"));
    EXPECT_EQ(summary("2025-03-15"), QStringList { QStringLiteral("follow_up#1@2025-03-12+3") });
    must(j().undoStack().undo());
    EXPECT_TRUE(due("2025-03-15").isEmpty());
    // Snoozing to the same day again is no change.
    const std::size_t entries = j().undoStack().count();
    must(j().snoozeReminder(DueType::Commitment, promise, date("2025-03-17")));
    EXPECT_EQ(j().undoStack().count(), entries);
}

TEST_F(ReminderStateTest, SnoozeIsCheckedAndUndone)
{
    const QStringList before = dump();
    for (const char *bad : { "2025-03-15", "2025-03-01" }) {
        const Status refused = j().snoozeReminder(DueType::FollowUp, followUp, date(bad));
        ASSERT_FALSE(refused);
        EXPECT_EQ(refused.error().field, QStringLiteral("until"));
    }
    EXPECT_FALSE(j().snoozeReminder(DueType::FollowUp, 99, date("2025-03-20")));
    EXPECT_FALSE(j().snoozeReminder(DueType::Commitment, 99, date("2025-03-20")));
    EXPECT_FALSE(j().snoozeReminder(DueType::Birthday, 99, date("2025-03-20")));
    EXPECT_EQ(dump(), before);

    must(j().snoozeReminder(DueType::Birthday, ben, date("2025-03-20")));
    const QStringList after = dump();
    must(j().undoStack().undo());
    EXPECT_EQ(dump(), before);
    must(j().undoStack().redo());
    EXPECT_EQ(dump(), after);
}

TEST_F(ReminderStateTest, ADismissalIsForOneOccurrence)
{
    must(j().dismissReminder(itemOf("2025-03-15", DueType::Touchbase)));
    EXPECT_EQ(j().undoStack().undoText(), QStringLiteral("Dismiss touchbase with Ana"));
    must(j().dismissReminder(itemOf("2025-03-15", DueType::FollowUp)));
    EXPECT_EQ(j().undoStack().undoText(), QStringLiteral("Dismiss follow-up with Ana"));
    must(j().dismissReminder(itemOf("2025-03-15", DueType::Commitment)));
    EXPECT_EQ(j().undoStack().undoText(), QStringLiteral("Dismiss promise to Ana"));
    must(j().dismissReminder(itemOf("2025-03-15", DueType::Birthday)));
    EXPECT_EQ(j().undoStack().undoText(), QStringLiteral("Dismiss Ben's birthday"));
    EXPECT_TRUE(due("2025-03-15").isEmpty());
    EXPECT_TRUE(due("2025-03-20").isEmpty()); // the same occurrences, still due

    // A birthday comes round again next year.
    EXPECT_EQ(summary("2026-03-15").last(), QStringLiteral("birthday#2@2026-03-15+0"));
    // A new contact moves the touchbase's due day: due again on 03-23.
    must(j().logInteraction(test::makeInteraction("2025-03-16", { ana })));
    EXPECT_EQ(summary("2025-03-23"), QStringList { QStringLiteral("touchbase#1@2025-03-23+0") });
    // A follow-up moved to another day, a renegotiated promise: new occurrences.
    FollowUp moved = *must(journal.repos().facts.findFollowUp(followUp));
    moved.dueOn = date("2025-03-14");
    must(j().updateFollowUp(moved));
    must(j().renegotiateCommitment(promise, date("2025-03-16"), date("2025-03-15")));
    EXPECT_EQ(summary("2025-03-15"),
        (QStringList { QStringLiteral("follow_up#1@2025-03-14+1"), QStringLiteral("commitment#1@2025-03-16+0") }));

    // Dismissing again is no change; undo of a dismissal brings the item back.
    must(j().dismissReminder(itemOf("2025-03-15", DueType::FollowUp)));
    const std::size_t entries = j().undoStack().count();
    DueItem same;
    same.type = DueType::FollowUp;
    same.id = followUp;
    same.dueOn = day("2025-03-14");
    must(j().dismissReminder(same));
    EXPECT_EQ(j().undoStack().count(), entries);
    must(j().undoStack().undo());
    EXPECT_EQ(summary("2025-03-15").first(), QStringLiteral("follow_up#1@2025-03-14+1"));
}

TEST_F(ReminderStateTest, SnoozeAllIsOneStep)
{
    Colleague cleo = test::makeColleague(QStringLiteral("Cleo"), 14, "2025-01-01");
    cleo.snoozedUntil = date("2025-03-10"); // an old snooze, over already
    must(j().addColleague(cleo));
    j().undoStack().clear();
    ASSERT_EQ(due("2025-03-15").size(), 5);
    const QStringList before = dump();

    must(j().snoozeAllDue(date("2025-03-16")));
    EXPECT_EQ(j().undoStack().count(), 1u);
    EXPECT_EQ(j().undoStack().undoText(), QStringLiteral("Snooze all until 2025-03-16"));
    EXPECT_TRUE(due("2025-03-15").isEmpty());
    EXPECT_EQ(due("2025-03-16").size(), 5);
    const QStringList after = dump();

    must(j().undoStack().undo());
    EXPECT_EQ(dump(), before);
    EXPECT_EQ(due("2025-03-15").size(), 5);
    must(j().undoStack().redo());
    EXPECT_EQ(dump(), after);
    // Nothing left to snooze: no step.
    must(j().snoozeAllDue(date("2025-03-16")));
    EXPECT_EQ(j().undoStack().count(), 1u);
    EXPECT_FALSE(j().snoozeAllDue(date("2025-03-15")));
}

TEST_F(ReminderStateTest, StateGoesWithItsRecordAndComesBackOnUndo)
{
    must(j().snoozeReminder(DueType::FollowUp, followUp, date("2025-03-20")));
    must(j().dismissReminder(itemOf("2025-03-15", DueType::Commitment)));
    must(j().dismissReminder(itemOf("2025-03-15", DueType::Touchbase)));
    must(j().snoozeReminder(DueType::Birthday, ben, date("2025-03-20")));
    const auto count = [&](const char *table) { return test::rowCount(journal.db(), QString::fromLatin1(table)); };
    ASSERT_EQ(count("reminder_snooze"), 2);
    ASSERT_EQ(count("reminder_dismissal"), 2);
    const QStringList before = dump();

    must(j().deleteFollowUp(followUp));
    EXPECT_EQ(count("reminder_snooze"), 1); // Ben's birthday stays
    must(j().undoStack().undo());
    EXPECT_EQ(dump(), before);

    must(j().deleteCommitment(promise));
    EXPECT_EQ(count("reminder_dismissal"), 1);
    must(j().undoStack().undo());
    EXPECT_EQ(dump(), before);

    must(j().deleteColleague(ana));
    EXPECT_EQ(count("reminder_dismissal"), 0);
    EXPECT_EQ(count("reminder_snooze"), 1);
    must(j().undoStack().undo());
    EXPECT_EQ(dump(), before);
    must(j().undoStack().redo());
    must(j().deleteColleague(ben));
    EXPECT_EQ(count("reminder_snooze"), 0);
    EXPECT_TRUE(must(journal.db().integrityProblems(false)).isEmpty());
}

TEST_F(ReminderStateTest, TriggersRemoveStateOfDeletedRecords)
{
    // A reused id must not inherit old state: rows go with their record even when deleted
    // outside the Journal (a colleague's follow-ups, promises and facts by cascade).
    const Id fact = must(j().addFact(test::makeFact(ana, "2025-03-01", QStringLiteral("Trip"), date("2025-03-15"))));
    QSqlQuery q(journal.db().connection());
    for (const QString &sql : {
             QStringLiteral("INSERT INTO reminder_snooze VALUES ('follow_up', %1, 20200), ('commitment', %2, 20200), "
                            "('birthday', %3, 20200), ('birthday', %4, 20200)")
                 .arg(followUp)
                 .arg(promise)
                 .arg(ana)
                 .arg(ben),
             QStringLiteral("INSERT INTO reminder_dismissal VALUES ('touchbase', %1, 1), ('birthday', %1, 1), "
                            "('follow_up', %2, 1), ('commitment', %3, 1), ('touchbase', %4, 1)")
                 .arg(ana)
                 .arg(followUp)
                 .arg(promise)
                 .arg(ben),
             QStringLiteral(
                 "INSERT INTO suggestion_dismissal VALUES ('thank_for_help', %1, '', 1), "
                 "('fact_follow_up', %2, '', 1), ('quiet_department', 0, 'Sales', 1), ('welcome_newcomer', %3, '', 1)")
                 .arg(ana)
                 .arg(fact)
                 .arg(ben),
         })
        ASSERT_TRUE(q.exec(sql)) << sql.toStdString();
    ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM colleague WHERE id = %1").arg(ana)));
    const QStringList left
        = test::dumpJournal(journal.db()).filter(QRegularExpression(QStringLiteral("^(reminder|suggestion)_")));
    EXPECT_EQ(left,
        (QStringList { QStringLiteral("reminder_dismissal|touchbase|2|1"),
            QStringLiteral("reminder_snooze|birthday|2|20200"),
            QStringLiteral("suggestion_dismissal|quiet_department|0|Sales|1"),
            QStringLiteral("suggestion_dismissal|welcome_newcomer|2||1") }));
    EXPECT_TRUE(must(journal.db().integrityProblems(false)).isEmpty());
}

TEST(ReminderMigrationTest, VersionThreeKeepsEveryRowAndGainsReminderState)
{
    test::ensureCoreApplication();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.rapport"));
    QStringList before;
    {
        test::RawConnection raw(path);
        raw.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        must(schema::migrateTo(raw.db(), 3), "build a version 3 journal");
        for (const char *sql :
            {
                "INSERT INTO colleague (id, name, name_key, tracked_since, cadence_days, snoozed_until, birthday, "
                "birthday_md) "
                "VALUES (1, 'Ana', 'ana', 20000, 7, 20170, '--03-15', 315)",
                "INSERT INTO colleague (id, name, name_key, tracked_since, cadence_days) VALUES (2, 'Ben', 'ben', "
                "20000, 14)",
                "INSERT INTO interaction (id, day, kind) VALUES (1, 20150, 'coffee')",
                "INSERT INTO participant (interaction_id, colleague_id, day, kind) VALUES (1, 2, 20150, 'coffee')",
                "INSERT INTO fact (id, colleague_id, text, noted_on, follow_up_on) VALUES (1, 1, 'Trip', 20150, 20162)",
                "INSERT INTO follow_up (id, colleague_id, what, due_on, fact_id) VALUES (1, 1, 'Trip', 20162, 1)",
                "INSERT INTO commitment (id, colleague_id, what, direction, made_on, due_on, status) "
                "VALUES (1, 2, 'Notes', 'mine', 20150, 20160, 'open')",
            })
            raw.exec(QString::fromLatin1(sql));
        before = test::dumpJournal(raw.db());
    }
    auto db = must(Database::open(path, Database::OpenMode::MustExist), "open version 3");
    EXPECT_EQ(test::pragma(*db, QStringLiteral("user_version")).toInt(), schema::latestVersion());
    EXPECT_GE(schema::latestVersion(), 4);
    EXPECT_EQ(test::dumpJournal(*db), before); // the new tables start empty
    EXPECT_TRUE(must(db->integrityProblems(false)).isEmpty());
    // The touchbase snooze stays where it was: Ana (due 20007) waits until 20170.
    const auto items = must(dueItems(*db, fromDay(20165)));
    ASSERT_EQ(items.size(), 3);
    EXPECT_EQ(items[0].type, DueType::Touchbase);
    EXPECT_EQ(items[0].colleagueId, 2);
    EXPECT_EQ(items[1].type, DueType::FollowUp);
    EXPECT_EQ(items[2].type, DueType::Commitment);
    EXPECT_EQ(must(dueItems(*db, fromDay(20170))).size(), 4);
}

} // namespace
} // namespace rapport::core
