// The change log (schema version 5, DESIGN.md section 9): every commit names what it
// changed, a local change and another connection's arrive alike through Journal::changed,
// and a reader that cannot know what happened (pruned rows, a journal put back, a bulk
// write) reloads everything.

#include "TestSupport.h"

#include "storage/ChangeLog.h"
#include "storage/Query.h"
#include "storage/ImportWriter.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

namespace rapport::core {
namespace {

using test::date;
using test::must;
using Record = JournalChange::Record;

class ChangeLogTest : public ::testing::Test
{
protected:
    void SetUp() override { test::ensureCoreApplication(); }

    // The same journal on a connection of its own, as another process would have it.
    std::unique_ptr<Journal> other()
    {
        return must(Journal::open(mine.path(), Database::OpenMode::MustExist, mine.clock()), "open other");
    }
    // The one change announced by the next followOutsideChanges(), or nullopt when none is.
    std::optional<JournalChange> follow()
    {
        QSignalSpy spy(&mine.journal(), &Journal::changed);
        must(mine->followOutsideChanges(), "follow");
        if (spy.isEmpty())
            return std::nullopt;
        EXPECT_EQ(spy.count(), 1);
        return spy.at(0).at(0).value<JournalChange>();
    }

    test::TempJournal mine{date("2026-03-10")};
};

TEST_F(ChangeLogTest, ALocalChangeNamesItsRecord)
{
    QSignalSpy spy(&mine.journal(), &Journal::changed);
    const Id ana = must(mine->addColleague(test::makeColleague(QStringLiteral("Ana"))));
    ASSERT_EQ(spy.count(), 1);
    const auto change = spy.at(0).at(0).value<JournalChange>();
    EXPECT_FALSE(change.everything());
    EXPECT_TRUE(change.touches(Record::Colleague, ana));
    EXPECT_FALSE(change.touches(Record::Colleague, ana + 1));
    EXPECT_FALSE(change.touches(Record::Interaction));
    EXPECT_FALSE(change.touches(Record::Reflection));

    const Id coffee = must(mine->logInteraction(test::makeInteraction("2026-03-09", { ana })));
    ASSERT_EQ(spy.count(), 2);
    const auto logged = spy.at(1).at(0).value<JournalChange>();
    EXPECT_TRUE(logged.touches(Record::Interaction, coffee));
    // The colleague's last contact moved with it.
    EXPECT_TRUE(logged.touches(Record::Colleague, ana));

    must(mine->undoStack().undo(), "undo");
    ASSERT_EQ(spy.count(), 3);
    EXPECT_TRUE(spy.at(2).at(0).value<JournalChange>().touches(Record::Interaction, coffee));
}

TEST_F(ChangeLogTest, AnotherConnectionsCommitIsNoticedAndNamed)
{
    const Id ana = must(mine->addColleague(test::makeColleague(QStringLiteral("Ana"))));
    EXPECT_EQ(follow(), std::nullopt) << "nothing happened elsewhere";

    auto cli = other();
    const Id coffee = must(cli->logInteraction(test::makeInteraction("2026-03-09", { ana })));
    const Id promise = must(cli->addCommitment(test::makeCommitment(ana, "2026-03-09", "2026-03-12")));
    const auto change = follow();
    ASSERT_TRUE(change.has_value());
    EXPECT_FALSE(change->everything());
    EXPECT_TRUE(change->touches(Record::Interaction, coffee));
    EXPECT_TRUE(change->touches(Record::Commitment, promise));
    EXPECT_TRUE(change->touches(Record::Colleague, ana));
    EXPECT_FALSE(change->touches(Record::Gratitude));
    EXPECT_EQ(follow(), std::nullopt) << "each change is announced once";
}

TEST_F(ChangeLogTest, AReaderFarBehindReloadsEverythingAndTheLogStaysSmall)
{
    const Id ana = must(mine->addColleague(test::makeColleague(QStringLiteral("Ana"))));
    auto cli = other();
    must(cli->database().transaction([&]() -> Status {
        for (int i = 0; i < 1'200; ++i)
            must(storage::execute(cli->database(), QStringLiteral("UPDATE colleague SET notes = 'note %1' WHERE id = %2").arg(i).arg(ana)));
        return {};
    }));
    EXPECT_LE(test::rowCount(mine.db(), QStringLiteral("change_log")), 1'000);
    const auto change = follow();
    ASSERT_TRUE(change.has_value());
    EXPECT_TRUE(change->everything());
}

TEST_F(ChangeLogTest, AJournalPutBackInPlaceReloadsEverything)
{
    const Id ana = must(mine->addColleague(test::makeColleague(QStringLiteral("Ana"))));
    must(mine->addColleague(test::makeColleague(QStringLiteral("Ben"))));
    // What an older journal restored over this one looks like: a log that ends earlier.
    auto cli = other();
    must(cli->database().transaction([&]() -> Status {
        must(storage::execute(cli->database(), QStringLiteral("DELETE FROM change_log")));
        must(storage::execute(cli->database(), QStringLiteral("UPDATE sqlite_sequence SET seq = 0 WHERE name = 'change_log'")));
        return storage::execute(cli->database(), QStringLiteral("UPDATE colleague SET notes = 'x' WHERE id = %1").arg(ana));
    }));
    const auto change = follow();
    ASSERT_TRUE(change.has_value());
    EXPECT_TRUE(change->everything());
}

TEST_F(ChangeLogTest, ABulkWriteIsOneRowThatSaysEverything)
{
    auto cli = other();
    const qint64 before = test::rowCount(mine.db(), QStringLiteral("change_log"));
    must(cli->database().transaction([&]() -> Status {
        must(storage::ChangeLog::beginBulk(cli->database()));
        for (int i = 0; i < 50; ++i)
            must(storage::execute(cli->database(),
                QStringLiteral("INSERT INTO colleague (name, name_key, tracked_since) VALUES ('C%1', 'c%1', 0)")
                    .arg(i)));
        return storage::ChangeLog::endBulk(cli->database());
    }));
    EXPECT_EQ(test::rowCount(mine.db(), QStringLiteral("change_log")), before + 1);
    const auto change = follow();
    ASSERT_TRUE(change.has_value());
    EXPECT_TRUE(change->everything());
}

} // namespace
} // namespace rapport::core
