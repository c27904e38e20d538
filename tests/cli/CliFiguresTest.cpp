// stats --json and due --json on a small journal built through the command line itself;
// every figure worked out by hand from DESIGN.md section 2 (today pinned to 2024-03-31).

#include "CliRunner.h"

#include <QJsonArray>
#include <QSet>

namespace rapport::test {
namespace {

using Keys = QSet<QString>;

Keys keysOf(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return Keys(keys.begin(), keys.end());
}

const QStringList kKinds = { QStringLiteral("coffee"), QStringLiteral("touchbase"), QStringLiteral("meal"),
    QStringLiteral("greeting"), QStringLiteral("collaboration"), QStringLiteral("help_given"),
    QStringLiteral("help_received"), QStringLiteral("feedback_given"), QStringLiteral("feedback_received"),
    QStringLiteral("shared_info"), QStringLiteral("asked_opinion"), QStringLiteral("celebration"),
    QStringLiteral("introduction"), QStringLiteral("tension"), QStringLiteral("other") };

// The journal of these tests:
//   #1 Ana Silva  since 2024-01-01, cadence 7
//   #2 Ben Ode    since 2024-02-01, cadence 14
//   #3 Cleo Park  since 2024-01-15, no cadence, birthday --03-31
//   #4 Dev Rao    since 2024-01-01, cadence 7, archived at the end
//   #5 Eve Long   since 2024-03-01, cadence 14, never contacted
class CliFiguresTest : public CliTest
{
protected:
    void SetUp() override
    {
        EXPECT_EQ(ok({ QStringLiteral("init") }), QStringLiteral("created journal %1\n").arg(db()));
        add({ "Ana Silva", "--since", "2024-01-01", "--cadence", "7", "--team", "Platform" },
            "added colleague #1 Ana Silva\n");
        add({ "Ben Ode", "--since", "2024-02-01", "--cadence", "14" }, "added colleague #2 Ben Ode\n");
        add({ "Cleo Park", "--since", "2024-01-15", "--birthday=--03-31" }, "added colleague #3 Cleo Park\n");
        add({ "Dev Rao", "--since", "2024-01-01", "--cadence", "7" }, "added colleague #4 Dev Rao\n");
        add({ "Eve Long", "--since", "2024-03-01", "--cadence", "14" }, "added colleague #5 Eve Long\n");

        // Interactions #1..#10; names in any case, or #ID.
        expect({ "log", "coffee", "Ana Silva", "--date", "2024-01-05", "--quality", "5" },
            "logged interaction #1: coffee with Ana Silva on 2024-01-05\n");
        expect({ "log", "help_given", "ANA SILVA", "--date", "2024-01-10" },
            "logged interaction #2: help_given with Ana Silva on 2024-01-10\n");
        expect({ "log", "meal", "#1", "dev rao", "--date", "2024-01-12", "--time", "12:30", "--duration", "60",
                   "--channel", "in_person", "--initiated-by", "me", "--note", "team lunch" },
            "logged interaction #3: meal with Ana Silva, Dev Rao on 2024-01-12\n");
        expect({ "log", "collaboration", "Cleo Park", "--date", "2024-01-20" },
            "logged interaction #4: collaboration with Cleo Park on 2024-01-20\n");
        expect({ "log", "help_received", "Ana Silva", "--date", "2024-02-10" },
            "logged interaction #5: help_received with Ana Silva on 2024-02-10\n");
        expect({ "log", "coffee", "Ben Ode", "--date", "2024-02-20", "--quality", "3" },
            "logged interaction #6: coffee with Ben Ode on 2024-02-20\n");
        expect({ "log", "touchbase", "Ana Silva", "--date", "2024-03-20", "--quality", "4" },
            "logged interaction #7: touchbase with Ana Silva on 2024-03-20\n");
        expect({ "log", "help_given", "Ana Silva", "--date", "2024-03-25" },
            "logged interaction #8: help_given with Ana Silva on 2024-03-25\n");
        expect({ "log", "coffee", "Ben Ode", "--date", "2024-03-29", "--quality", "4" },
            "logged interaction #9: coffee with Ben Ode on 2024-03-29\n");
        // After today (2024-03-31): no figure may count it, nor its quality of 1.
        expect({ "log", "coffee", "Ana Silva", "--date", "2024-04-02", "--quality", "1" },
            "logged interaction #10: coffee with Ana Silva on 2024-04-02\n");

        expect({ "thank", "Ana Silva", "--for", "covering my on-call", "--date", "2024-02-12" },
            "logged thanks #1 to Ana Silva on 2024-02-12\n");
        expect({ "thank", "Ben Ode", "--for", "the careful review", "--received", "--date", "2024-03-26" },
            "logged thanks #2 from Ben Ode on 2024-03-26\n");
        expect({ "thank", "Ana Silva", "--for", "the demo", "--public", "--date", "2024-03-28" },
            "logged thanks #3 to Ana Silva on 2024-03-28\n");

        expect({ "promise", "Ana Silva", "--what", "send notes", "--made", "2024-01-02", "--due", "2024-01-15" },
            "recorded promise #1 to Ana Silva, due 2024-01-15\n");
        expect({ "promise", "Ana Silva", "--what", "the draft", "--made", "2024-03-01", "--due", "2024-03-10" },
            "recorded promise #2 to Ana Silva, due 2024-03-10\n");
        expect({ "promise", "Ana Silva", "--what", "a review", "--made", "2024-03-01", "--due", "2024-03-12" },
            "recorded promise #3 to Ana Silva, due 2024-03-12\n");
        expect({ "promise", "Ben Ode", "--what", "an intro", "--made", "2024-03-01", "--due", "2024-03-20" },
            "recorded promise #4 to Ben Ode, due 2024-03-20\n");
        expect({ "promise", "Ana Silva", "--what", "her slides", "--made", "2024-03-01", "--due", "2024-03-05",
                   "--theirs" },
            "recorded promise #5 from Ana Silva, due 2024-03-05\n");
        expect(
            { "promise", "Ben Ode", "--what", "pair on the migration", "--made", "2024-03-01", "--due", "2024-04-01" },
            "recorded promise #6 to Ben Ode, due 2024-04-01\n");
        expect({ "promise", "Cleo Park", "--what", "book the room", "--made", "2024-03-01", "--due", "2024-03-30" },
            "recorded promise #7 to Cleo Park, due 2024-03-30\n");
        expect({ "close-promise", "1", "--done", "--date", "2024-01-14" },
            "closed promise #1: done on 2024-01-14\n"); // on time
        expect({ "close-promise", "#2", "--done", "--date", "2024-03-09" },
            "closed promise #2: done on 2024-03-09\n"); // on time
        expect({ "close-promise", "3", "--done", "--date", "2024-03-15" },
            "closed promise #3: done on 2024-03-15\n"); // late
        expect({ "close-promise", "4", "--dropped", "--date", "2024-03-18" },
            "closed promise #4: dropped on 2024-03-18\n");
        expect({ "close-promise", "5", "--done", "--date", "2024-03-04" },
            "closed promise #5: done on 2024-03-04\n"); // theirs

        expect({ "follow-up", "Ana Silva", "--what", "ask how the Lisbon trip went", "--due", "2024-03-29" },
            "added follow-up #1 with Ana Silva, due 2024-03-29\n");
        expect({ "follow-up", "Cleo Park", "--what", "ask about the new project", "--due", "2024-04-05" },
            "added follow-up #2 with Cleo Park, due 2024-04-05\n");
        expect({ "archive", "Dev Rao" }, "archived #4 Dev Rao\n");
    }

    static QStringList strings(std::initializer_list<const char *> args)
    {
        QStringList out;
        for (const char *arg : args)
            out << QString::fromUtf8(arg);
        return out;
    }
    void expect(std::initializer_list<const char *> args, const char *stdoutText)
    {
        EXPECT_EQ(ok(strings(args)), QString::fromUtf8(stdoutText));
    }
    void add(std::initializer_list<const char *> args, const char *stdoutText)
    {
        EXPECT_EQ(ok(QStringList { QStringLiteral("add-colleague") } + strings(args)), QString::fromUtf8(stdoutText));
    }
};

TEST_F(CliFiguresTest, MonthlyFigures)
{
    const QJsonObject stats = json({ QStringLiteral("stats"), QStringLiteral("--date"), QStringLiteral("2024-03-31"),
        QStringLiteral("--months"), QStringLiteral("3") });
    EXPECT_EQ(
        keysOf(stats), (Keys { QStringLiteral("as_of"), QStringLiteral("months"), QStringLiteral("colleagues") }));
    EXPECT_EQ(stats[QStringLiteral("as_of")].toString(), QStringLiteral("2024-03-31"));
    const QJsonArray months = stats[QStringLiteral("months")].toArray();
    ASSERT_EQ(months.size(), 3);

    const Keys monthKeys = { QStringLiteral("month"), QStringLiteral("interactions"), QStringLiteral("by_kind"),
        QStringLiteral("gratitude_given"), QStringLiteral("gratitude_received"), QStringLiteral("consistency"),
        QStringLiteral("promise_reliability"), QStringLiteral("breadth") };
    for (const QJsonValue &m : months) {
        EXPECT_EQ(keysOf(m.toObject()), monthKeys);
        EXPECT_EQ(keysOf(m[QStringLiteral("by_kind")].toObject()), Keys(kKinds.begin(), kKinds.end()));
    }
    const auto kinds = [](const QJsonValue &m) {
        QMap<QString, int> nonZero;
        const QJsonObject byKind = m[QStringLiteral("by_kind")].toObject();
        for (auto it = byKind.begin(); it != byKind.end(); ++it) {
            EXPECT_TRUE(it.value().isDouble());
            if (it.value().toInt() != 0)
                nonZero.insert(it.key(), it.value().toInt());
        }
        return nonZero;
    };
    using Kinds = QMap<QString, int>;

    // January: interactions #1 coffee, #2 help_given, #3 meal (Ana + Dev), #4 collaboration.
    const QJsonValue jan = months[0];
    EXPECT_EQ(jan[QStringLiteral("month")].toString(), QStringLiteral("2024-01"));
    EXPECT_EQ(jan[QStringLiteral("interactions")].toInt(), 4);
    EXPECT_EQ(kinds(jan),
        (Kinds { { QStringLiteral("coffee"), 1 }, { QStringLiteral("help_given"), 1 }, { QStringLiteral("meal"), 1 },
            { QStringLiteral("collaboration"), 1 } }));
    EXPECT_EQ(jan[QStringLiteral("gratitude_given")].toInt(), 0);
    EXPECT_EQ(jan[QStringLiteral("gratitude_received")].toInt(), 0);
    // Ana, Dev (archived, but history stays history) and Cleo have a contact day.
    EXPECT_EQ(jan[QStringLiteral("breadth")].toInt(), 3);
    // Cadenced and not archived: Ana (Ben starts in February). Ana's anchors: Jan 1 (tracked
    // since) covers Jan 1-4, Jan 5 covers 5-9, Jan 10 covers 10-11, Jan 12 covers 12-19 and
    // leaves Jan 20-31 (12 days) off track: 19 of 31 days on track.
    EXPECT_DOUBLE_EQ(jan[QStringLiteral("consistency")].toDouble(), 19.0 / 31.0);
    // Promise #1 done Jan 14, due Jan 15: 1 of 1 on time.
    EXPECT_DOUBLE_EQ(jan[QStringLiteral("promise_reliability")].toDouble(), 1.0);

    // February: #5 help_received, #6 coffee; thanks #1 given.
    const QJsonValue feb = months[1];
    EXPECT_EQ(feb[QStringLiteral("month")].toString(), QStringLiteral("2024-02"));
    EXPECT_EQ(feb[QStringLiteral("interactions")].toInt(), 2);
    EXPECT_EQ(kinds(feb), (Kinds { { QStringLiteral("help_received"), 1 }, { QStringLiteral("coffee"), 1 } }));
    EXPECT_EQ(feb[QStringLiteral("gratitude_given")].toInt(), 1);
    EXPECT_EQ(feb[QStringLiteral("gratitude_received")].toInt(), 0);
    EXPECT_EQ(feb[QStringLiteral("breadth")].toInt(), 2); // Ana, Ben
    // Ana: Feb 1-9 off (anchor Jan 12), Feb 10-19 on (anchors Feb 10, Feb 12), Feb 20-29 off: 10/29.
    // Ben (k 14, since Feb 1): Feb 1-15 on, 16-19 off, Feb 20-29 on (anchor Feb 20): 25/29.
    EXPECT_DOUBLE_EQ(feb[QStringLiteral("consistency")].toDouble(), 35.0 / 58.0);
    EXPECT_TRUE(feb[QStringLiteral("promise_reliability")].isNull()); // nothing closed

    // March (to the 31st): #7 touchbase, #8 help_given, #9 coffee (#10 is in April);
    // thanks #2 received, #3 given.
    const QJsonValue mar = months[2];
    EXPECT_EQ(mar[QStringLiteral("month")].toString(), QStringLiteral("2024-03"));
    EXPECT_EQ(mar[QStringLiteral("interactions")].toInt(), 3);
    EXPECT_EQ(kinds(mar),
        (Kinds { { QStringLiteral("touchbase"), 1 }, { QStringLiteral("help_given"), 1 },
            { QStringLiteral("coffee"), 1 } }));
    EXPECT_EQ(mar[QStringLiteral("gratitude_given")].toInt(), 1);
    EXPECT_EQ(mar[QStringLiteral("gratitude_received")].toInt(), 1);
    EXPECT_EQ(mar[QStringLiteral("breadth")].toInt(), 2); // Ana, Ben
    // Ana: Mar 1-19 off (anchor Feb 12), Mar 20-31 on: 12/31.
    // Ben: Mar 1-5 on (anchor Feb 20 + 14 = Mar 5), 6-25 off, Mar 26-31 on: 11/31.
    // Eve (since Mar 1, k 14, no contact): Mar 1-15 on, 16-31 off: 15/31.
    // (12 + 11 + 15) / (31 + 31 + 31) = 38/93.
    EXPECT_DOUBLE_EQ(mar[QStringLiteral("consistency")].toDouble(), 38.0 / 93.0);
    // Mine closed in March: #2 on time, #3 late, #4 dropped (#5 is theirs): 1/3.
    EXPECT_DOUBLE_EQ(mar[QStringLiteral("promise_reliability")].toDouble(), 1.0 / 3.0);
}

TEST_F(CliFiguresTest, ColleagueFigures)
{
    const QJsonObject stats = json({ QStringLiteral("stats"), QStringLiteral("--date"), QStringLiteral("2024-03-31") });
    // Twelve months by default, oldest first, ending with today's.
    const QJsonArray months = stats[QStringLiteral("months")].toArray();
    ASSERT_EQ(months.size(), 12);
    EXPECT_EQ(months.first()[QStringLiteral("month")].toString(), QStringLiteral("2023-04"));
    EXPECT_EQ(months.last()[QStringLiteral("month")].toString(), QStringLiteral("2024-03"));
    // A month before anyone was tracked: zeros and nulls.
    EXPECT_EQ(months.first()[QStringLiteral("interactions")].toInt(), 0);
    EXPECT_EQ(months.first()[QStringLiteral("breadth")].toInt(), 0);
    EXPECT_TRUE(months.first()[QStringLiteral("consistency")].isNull());
    EXPECT_TRUE(months.first()[QStringLiteral("promise_reliability")].isNull());

    const QJsonArray colleagues = stats[QStringLiteral("colleagues")].toArray();
    ASSERT_EQ(colleagues.size(), 4); // Dev (#4) is archived
    const Keys colleagueKeys = { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("cadence_days"),
        QStringLiteral("last_contact"), QStringLiteral("next_due"), QStringLiteral("overdue_days"),
        QStringLiteral("streak"), QStringLiteral("support_balance"), QStringLiteral("health") };
    for (const QJsonValue &c : colleagues)
        EXPECT_EQ(keysOf(c.toObject()), colleagueKeys);

    // Ana: contact days Jan 5, 10, 12, Feb 10, 12 (thanks), Mar 20, 25, 28 (thanks); Apr 2 is
    // after today. Anchor Mar 28, next due Mar 28 + 7 = Apr 4, not overdue. Streak: Mar 28,
    // 25, 20 are at most 7 days apart, Feb 12 is 37 days before: 3. Balance 2 given / 3 = 2/3.
    // Health: R = 1 (s = 3 <= 7); C over Jan 2 - Mar 31 (90 days) with k 7: on track
    // Jan 2-19 (18), Feb 10-19 (10), Mar 20-31 (12) = 40/90; W = (mean(5, 4) - 1) / 4 = 0.875;
    // B = 1 - 2|2/3 - 1/2| = 2/3; P = promises #1, #2 on time, #3 late = 2/3.
    // 100 * (0.35 + 0.30 * 4/9 + 0.15 * 0.875 + 0.10 * 2/3 + 0.10 * 2/3) = 74.79 -> 75.
    const QJsonValue ana = colleagues[0];
    EXPECT_EQ(ana[QStringLiteral("id")].toInt(), 1);
    EXPECT_EQ(ana[QStringLiteral("name")].toString(), QStringLiteral("Ana Silva"));
    EXPECT_EQ(ana[QStringLiteral("cadence_days")].toInt(), 7);
    EXPECT_EQ(ana[QStringLiteral("last_contact")].toString(), QStringLiteral("2024-03-28"));
    EXPECT_EQ(ana[QStringLiteral("next_due")].toString(), QStringLiteral("2024-04-04"));
    EXPECT_EQ(ana[QStringLiteral("overdue_days")].toInt(), 0);
    EXPECT_EQ(ana[QStringLiteral("streak")].toInt(), 3);
    EXPECT_DOUBLE_EQ(ana[QStringLiteral("support_balance")].toDouble(), 2.0 / 3.0);
    EXPECT_EQ(ana[QStringLiteral("health")].toInt(), 75);

    // Ben: contact days Feb 20, Mar 26 (thanks received), Mar 29. Next due Mar 29 + 14 =
    // Apr 12. Streak: Mar 29, 26 (Feb 20 is 35 days before): 2. No help either way: null.
    // Health: R = 1; C over his 60 tracked days: Feb 1-15, Feb 20 - Mar 5, Mar 26-31 =
    // 15 + 15 + 6 = 36/60 = 0.6; W = (3.5 - 1) / 4 = 0.625; B none; P = #4 dropped = 0.
    // 100 * (0.35 + 0.30 * 0.6 + 0.15 * 0.625 + 0.10 * 0) / 0.90 = 69.31 -> 69.
    const QJsonValue ben = colleagues[1];
    EXPECT_EQ(ben[QStringLiteral("id")].toInt(), 2);
    EXPECT_EQ(ben[QStringLiteral("last_contact")].toString(), QStringLiteral("2024-03-29"));
    EXPECT_EQ(ben[QStringLiteral("next_due")].toString(), QStringLiteral("2024-04-12"));
    EXPECT_EQ(ben[QStringLiteral("overdue_days")].toInt(), 0);
    EXPECT_EQ(ben[QStringLiteral("streak")].toInt(), 2);
    EXPECT_TRUE(ben[QStringLiteral("support_balance")].isNull());
    EXPECT_EQ(ben[QStringLiteral("health")].toInt(), 69);

    // Cleo: no cadence, so no next due, no streak; health with k = 30. Anchor Jan 20,
    // s = 71: R = 1 - (71 - 30) / 60 = 19/60. C over her 77 tracked days (Jan 15 - Mar 31):
    // Jan 15 - Feb 19 on = 36/77. No rating, no help, no closed promise.
    // 100 * (0.35 * 19/60 + 0.30 * 36/77) / 0.65 = 38.63 -> 39.
    const QJsonValue cleo = colleagues[2];
    EXPECT_EQ(cleo[QStringLiteral("id")].toInt(), 3);
    EXPECT_EQ(cleo[QStringLiteral("cadence_days")].toInt(), 0);
    EXPECT_EQ(cleo[QStringLiteral("last_contact")].toString(), QStringLiteral("2024-01-20"));
    EXPECT_TRUE(cleo[QStringLiteral("next_due")].isNull());
    EXPECT_EQ(cleo[QStringLiteral("overdue_days")].toInt(), 0);
    EXPECT_EQ(cleo[QStringLiteral("streak")].toInt(), 0);
    EXPECT_EQ(cleo[QStringLiteral("health")].toInt(), 39);

    // Eve: never contacted; anchor Mar 1, next due Mar 15, overdue 31 - 15 = 16; streak 0.
    // Health: s = 30, R = 1 - (30 - 14) / 28 = 3/7; C = 15/31.
    // 100 * (0.35 * 3/7 + 0.30 * 15/31) / 0.65 = 45.41 -> 45.
    const QJsonValue eve = colleagues[3];
    EXPECT_EQ(eve[QStringLiteral("id")].toInt(), 5);
    EXPECT_TRUE(eve[QStringLiteral("last_contact")].isNull());
    EXPECT_EQ(eve[QStringLiteral("next_due")].toString(), QStringLiteral("2024-03-15"));
    EXPECT_EQ(eve[QStringLiteral("overdue_days")].toInt(), 16);
    EXPECT_EQ(eve[QStringLiteral("streak")].toInt(), 0);
    EXPECT_TRUE(eve[QStringLiteral("support_balance")].isNull());
    EXPECT_EQ(eve[QStringLiteral("health")].toInt(), 45);
}

TEST_F(CliFiguresTest, DueItems)
{
    const QJsonObject due = json({ QStringLiteral("due"), QStringLiteral("--date"), QStringLiteral("2024-03-31") });
    EXPECT_EQ(keysOf(due), (Keys { QStringLiteral("date"), QStringLiteral("items") }));
    EXPECT_EQ(due[QStringLiteral("date")].toString(), QStringLiteral("2024-03-31"));
    const QJsonArray items = due[QStringLiteral("items")].toArray();
    struct Expected
    {
        const char *type;
        int colleagueId;
        int id;
        int overdueDays;
        const char *title;
    };
    // Touchbases first (Eve, 16 days over; Ana, Ben not due; Dev archived), then follow-ups
    // (#1 due Mar 29; #2 is in April), promises of mine due by tomorrow in due order (#7
    // Mar 30, #6 Apr 1), birthdays (Cleo, --03-31).
    const Expected expected[] = {
        { "touchbase", 5, 5, 16, "Touch base with Eve Long" },
        { "follow_up", 1, 1, 2, "Follow up with Ana Silva: ask how the Lisbon trip went" },
        { "commitment", 3, 7, 1, "Promised to Cleo Park: book the room" },
        { "commitment", 2, 6, 0, "Due tomorrow, promised to Ben Ode: pair on the migration" },
        { "birthday", 3, 3, 0, "Cleo Park's birthday" },
    };
    ASSERT_EQ(items.size(), qsizetype(std::size(expected)));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items[i].toObject();
        const Expected &e = expected[i];
        EXPECT_EQ(keysOf(item),
            (Keys { QStringLiteral("type"), QStringLiteral("colleague_id"), QStringLiteral("id"),
                QStringLiteral("overdue_days"), QStringLiteral("title") }));
        EXPECT_EQ(item[QStringLiteral("type")].toString(), QLatin1String(e.type)) << i;
        EXPECT_EQ(item[QStringLiteral("colleague_id")].toInt(), e.colleagueId) << i;
        EXPECT_EQ(item[QStringLiteral("id")].toInt(), e.id) << i;
        EXPECT_EQ(item[QStringLiteral("overdue_days")].toInt(), e.overdueDays) << i;
        EXPECT_EQ(item[QStringLiteral("title")].toString(), QString::fromUtf8(e.title)) << i;
    }

    // The text form says the same.
    EXPECT_EQ(ok({ QStringLiteral("due"), QStringLiteral("--date"), QStringLiteral("2024-03-31") }),
        QStringLiteral("Due on 2024-03-31:\n"
                       "  touchbase  #5    Touch base with Eve Long (16 days overdue)\n"
                       "  follow_up  #1    Follow up with Ana Silva: ask how the Lisbon trip went (2 days overdue)\n"
                       "  commitment #7    Promised to Cleo Park: book the room (1 day overdue)\n"
                       "  commitment #6    Due tomorrow, promised to Ben Ode: pair on the migration\n"
                       "  birthday   #3    Cleo Park's birthday\n"));
    // Earlier, before anything was due.
    EXPECT_EQ(ok({ QStringLiteral("due"), QStringLiteral("--date"), QStringLiteral("2024-01-02") }),
        QStringLiteral("Nothing is due on 2024-01-02.\n"));
    const QJsonObject none = json({ QStringLiteral("due"), QStringLiteral("--date"), QStringLiteral("2024-01-02") });
    EXPECT_EQ(none[QStringLiteral("items")].toArray().size(), 0);
}

TEST_F(CliFiguresTest, StatsTextAndCheck)
{
    const QString text = ok({ QStringLiteral("stats"), QStringLiteral("--date"), QStringLiteral("2024-03-31"),
        QStringLiteral("--months"), QStringLiteral("3") });
    EXPECT_TRUE(text.startsWith(QStringLiteral("Figures as of 2024-03-31\n"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("2024-01"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("61.3%"))) << text.toStdString(); // 19/31
    EXPECT_TRUE(text.contains(QStringLiteral("33.3%"))) << text.toStdString(); // 1/3
    EXPECT_TRUE(text.contains(QStringLiteral("#1 Ana Silva"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Dev Rao"))) << text.toStdString();
    EXPECT_EQ(ok({ QStringLiteral("check") }), QStringLiteral("journal is clean\n"));
}

} // namespace
} // namespace rapport::test
