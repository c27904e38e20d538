// `due` and the app agree on snoozes and dismissals: they are made here through the Journal,
// as the app makes them, and read back by the real rapport-cli.

#include "CliRunner.h"
#include "TestSupport.h"
#include "services/Journal.h"

#include <QJsonArray>

#include <functional>

namespace rapport::test {
namespace {

class CliRemindersTest : public CliTest
{
protected:
    void SetUp() override
    {
        ok({ QStringLiteral("init") });
        ok({ QStringLiteral("add-colleague"), QStringLiteral("Ana"), QStringLiteral("--since"),
            QStringLiteral("2025-01-01"), QStringLiteral("--cadence"), QStringLiteral("7") });
        ok({ QStringLiteral("follow-up"), QStringLiteral("Ana"), QStringLiteral("--what"), QStringLiteral("ask"),
            QStringLiteral("--due"), QStringLiteral("2025-03-12") });
        ok({ QStringLiteral("promise"), QStringLiteral("Ana"), QStringLiteral("--what"), QStringLiteral("notes"),
            QStringLiteral("--made"), QStringLiteral("2025-03-01"), QStringLiteral("--due"),
            QStringLiteral("2025-03-15") });
    }

    // "type#id" of each item due on `on`.
    QStringList due(const char *on)
    {
        QStringList out;
        const QJsonArray items = json({ QStringLiteral("due"), QStringLiteral("--date"), QString::fromLatin1(on) })
                                     .value(QStringLiteral("items"))
                                     .toArray();
        for (const auto &item : items) {
            const QJsonObject o = item.toObject();
            out << QStringLiteral("%1#%2")
                       .arg(o.value(QStringLiteral("type")).toString())
                       .arg(o.value(QStringLiteral("id")).toInt());
        }
        return out;
    }

    // Opens the journal as the app does, with today pinned, runs `change`, closes it.
    void inApp(const std::function<void(core::Journal &)> &change)
    {
        ensureCoreApplication();
        const core::FixedClock clock(date("2025-03-15"));
        auto journal = must(core::Journal::open(db(), core::Database::OpenMode::MustExist, clock), "open");
        change(*journal);
    }
};

TEST_F(CliRemindersTest, DueHonoursWhatTheAppDid)
{
    const QStringList all { QStringLiteral("touchbase#1"), QStringLiteral("follow_up#1"),
        QStringLiteral("commitment#1") };
    ASSERT_EQ(due("2025-03-15"), all);
    inApp([](core::Journal &j) {
        must(j.snoozeReminder(core::DueType::FollowUp, 1, date("2025-03-17")));
        const auto items = must(core::dueItems(j.database(), date("2025-03-15")));
        must(j.dismissReminder(items.last())); // the promise, due today
    });
    EXPECT_EQ(due("2025-03-15"), QStringList { QStringLiteral("touchbase#1") });
    EXPECT_EQ(due("2025-03-17"), (QStringList { QStringLiteral("touchbase#1"), QStringLiteral("follow_up#1") }));
    inApp([](core::Journal &j) { must(j.snoozeAllDue(date("2025-03-16"))); });
    EXPECT_TRUE(due("2025-03-15").isEmpty());
    EXPECT_EQ(due("2025-03-16"), QStringList { QStringLiteral("touchbase#1") });
    ok({ QStringLiteral("check") }); // exit 0: integrity and foreign keys clean
}

} // namespace
} // namespace rapport::test
