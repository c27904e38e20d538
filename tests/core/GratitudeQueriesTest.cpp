// The Gratitude page's reads: the list newest first with every filter, keyset pages on a
// day with several entries, the month's counts, and the "thank them?" prompts.

#include "TestSupport.h"
#include "services/GratitudeOverview.h"
#include "storage/GratitudeQueries.h"

#include <gtest/gtest.h>

namespace rapport::core {
namespace {

using storage::GratitudeQueries;
using test::date;
using test::must;

class GratitudeQueriesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ana = must(journal->addColleague(test::makeColleague(QStringLiteral("Ana Silva"))));
        ben = must(journal->addColleague(test::makeColleague(QStringLiteral("Ben Okafor"))));
        cara = must(journal->addColleague(test::makeColleague(QStringLiteral("Cara Zhou"))));
        add(ana, "2025-03-10", GratitudeDirection::Given, QStringLiteral("the Lisbon review"), GratitudeWhere::Public);
        add(ben, "2025-03-10", GratitudeDirection::Received, QStringLiteral("ÄRGER fixed"));
        add(ana, "2025-03-10", GratitudeDirection::Received, QStringLiteral("100% coverage"));
        add(cara, "2025-03-12", GratitudeDirection::Given, QStringLiteral("the build fix"));
        add(ben, "2025-02-01", GratitudeDirection::Given, QStringLiteral("the demo"), GratitudeWhere::Public);
        add(ana, "2025-03-01", GratitudeDirection::Given, QStringLiteral("the coffee"));
    }

    void add(Id who, const char *on, GratitudeDirection direction, const QString &what,
             GratitudeWhere where = GratitudeWhere::Private)
    {
        Gratitude g = test::makeGratitude(who, on, direction, what);
        g.where = where;
        ids.append(must(journal->addGratitude(g), "gratitude"));
    }

    QList<Id> list(const GratitudeFilter &filter, int limit = 100)
    {
        QList<Id> out;
        for (const auto &row : must(GratitudeQueries(journal.db()).page(filter, std::nullopt, limit)))
            out.append(row.id);
        return out;
    }

    void helped(Id who, const char *on)
    {
        must(journal->logInteraction(test::makeInteraction(on, {who}, InteractionKind::HelpReceived)), "help");
    }

    test::TempJournal journal;
    Id ana = 0, ben = 0, cara = 0;
    QList<Id> ids;
};

TEST_F(GratitudeQueriesTest, NewestFirstWithNames)
{
    EXPECT_EQ(list({}), (QList<Id>{ids[3], ids[2], ids[1], ids[0], ids[5], ids[4]}));
    const auto rows = must(GratitudeQueries(journal.db()).page({}, std::nullopt, 100));
    const auto &lisbon = rows.at(3);
    EXPECT_EQ(lisbon.colleagueName, QStringLiteral("Ana Silva"));
    EXPECT_EQ(lisbon.colleagueId, ana);
    EXPECT_EQ(lisbon.date, date("2025-03-10"));
    EXPECT_EQ(lisbon.direction, GratitudeDirection::Given);
    EXPECT_EQ(lisbon.where, GratitudeWhere::Public);
    EXPECT_EQ(lisbon.what, QStringLiteral("the Lisbon review"));
}

TEST_F(GratitudeQueriesTest, FiltersCombine)
{
    EXPECT_EQ(list({.direction = GratitudeDirection::Given}), (QList<Id>{ids[3], ids[0], ids[5], ids[4]}));
    EXPECT_EQ(list({.where = GratitudeWhere::Public}), (QList<Id>{ids[0], ids[4]}));
    EXPECT_EQ(list({.colleagueId = ana}), (QList<Id>{ids[2], ids[0], ids[5]}));
    EXPECT_EQ(list({.direction = GratitudeDirection::Given, .colleagueId = ana}), (QList<Id>{ids[0], ids[5]}));
    EXPECT_EQ(list({.direction = GratitudeDirection::Received, .where = GratitudeWhere::Public}), QList<Id>{});
    // Text: case-insensitive beyond ASCII, literal (% is not a wildcard).
    EXPECT_EQ(list({.text = QStringLiteral("ärger")}), QList<Id>{ids[1]});
    EXPECT_EQ(list({.text = QStringLiteral("100%")}), QList<Id>{ids[2]});
    EXPECT_EQ(list({.text = QStringLiteral("%")}), QList<Id>{ids[2]});
    EXPECT_EQ(list({.text = QStringLiteral("THE")}), (QList<Id>{ids[3], ids[0], ids[5], ids[4]}));
    EXPECT_EQ(list({.colleagueId = ben, .text = QStringLiteral("demo")}), QList<Id>{ids[4]});
    // A text filter still stops at the limit.
    EXPECT_EQ(list({.text = QStringLiteral("the")}, 2), (QList<Id>{ids[3], ids[0]}));
}

TEST_F(GratitudeQueriesTest, KeysetPagesNeitherSkipNorRepeat)
{
    for (const GratitudeFilter &filter : {GratitudeFilter{}, GratitudeFilter{.colleagueId = ana},
                                          GratitudeFilter{.text = QStringLiteral("e")}}) {
        const QList<Id> whole = list(filter);
        for (int size = 1; size <= 3; ++size) {
            QList<Id> paged;
            std::optional<GratitudeKey> after;
            for (;;) {
                const auto rows = must(GratitudeQueries(journal.db()).page(filter, after, size));
                for (const auto &row : rows)
                    paged.append(row.id);
                if (rows.size() < size)
                    break;
                after = storage::listKey(rows.last());
            }
            EXPECT_EQ(paged, whole) << "page size " << size;
        }
    }
}

// Every column, both ways: hand-ordered, and the same when read in pages of any size.
TEST_F(GratitudeQueriesTest, SortsByAnyColumnEitherWayInKeysetPages)
{
    using Sort = storage::GratitudeSort;
    // Newest first: ids 3 (03-12), then 03-10 by id down (2, 1, 0), 03-01, 02-01.
    const QList<Id> newest{ids[3], ids[2], ids[1], ids[0], ids[5], ids[4]};
    const struct
    {
        Sort sort;
        QList<Id> expected;
    } cases[] = {
        {Sort{}, newest},
        {Sort{Sort::Date, true}, QList<Id>(newest.rbegin(), newest.rend())},
        // Ana (02-… none; 03-01, 03-10 ×2 by id), Ben (02-01, 03-10), Cara; ties by day and id.
        {Sort{Sort::Colleague, true}, {ids[5], ids[0], ids[2], ids[4], ids[1], ids[3]}},
        {Sort{Sort::Colleague, false}, {ids[3], ids[1], ids[4], ids[2], ids[0], ids[5]}},
        // "given" before "received".
        {Sort{Sort::Direction, true}, {ids[4], ids[5], ids[0], ids[3], ids[1], ids[2]}},
        {Sort{Sort::Where, false}, {ids[0], ids[4], ids[3], ids[2], ids[1], ids[5]}},
        // NOCASE: "100%" < "the …" < "ÄRGER" (a non-ASCII first byte sorts after ASCII).
        {Sort{Sort::What, true}, {ids[2], ids[3], ids[5], ids[4], ids[0], ids[1]}},
    };
    for (const auto &c : cases) {
        for (int size = 1; size <= 7; ++size) {
            QList<Id> paged;
            std::optional<GratitudeKey> after;
            for (;;) {
                const auto rows = must(GratitudeQueries(journal.db()).page({}, after, size, c.sort));
                for (const auto &row : rows)
                    paged.append(row.id);
                if (rows.size() < size)
                    break;
                after = storage::listKey(rows.last(), c.sort);
            }
            EXPECT_EQ(paged, c.expected) << "column " << c.sort.column << (c.sort.ascending ? " up" : " down")
                                         << ", page size " << size;
        }
    }
}

TEST_F(GratitudeQueriesTest, MonthCountsThisMonthUpToToday)
{
    // Today is 2025-03-15: March has three given (one of them on the 1st) and two received.
    EXPECT_EQ(must(monthCounts(journal.db(), date("2025-03-15"))), (GratitudeCounts{3, 2}));
    add(ben, "2025-03-20", GratitudeDirection::Received, QStringLiteral("ahead"));
    EXPECT_EQ(must(monthCounts(journal.db(), date("2025-03-15"))), (GratitudeCounts{3, 2}));
    EXPECT_EQ(must(monthCounts(journal.db(), date("2025-03-31"))), (GratitudeCounts{3, 3}));
    EXPECT_EQ(must(monthCounts(journal.db(), date("2025-02-28"))), (GratitudeCounts{1, 0}));
    EXPECT_EQ(must(monthCounts(journal.db(), date("2025-04-01"))), (GratitudeCounts{0, 0}));
}

TEST_F(GratitudeQueriesTest, PromptsForRecentUnthankedHelp)
{
    const QDate today = date("2025-03-15");
    const Id dan = must(journal->addColleague(test::makeColleague(QStringLiteral("Dan Roe"))));
    const Id eve = must(journal->addColleague(test::makeColleague(QStringLiteral("Eve Park"))));
    helped(ana, "2025-03-11"); // thanked on the 10th only: before the help
    helped(cara, "2025-03-12"); // thanked the same day
    helped(ben, "2025-03-02");  // the window's first day (today and the 13 before)
    helped(dan, "2025-03-01");  // just outside it
    helped(eve, "2025-03-14");
    must(journal->setArchived(eve, true));
    helped(dan, "2025-03-16"); // ahead of today
    const auto prompts = must(unthankedHelp(journal.db(), today));
    EXPECT_EQ(prompts, (std::vector<ThankPrompt>{{ana, QStringLiteral("Ana Silva"), date("2025-03-11")},
                                                 {ben, QStringLiteral("Ben Okafor"), date("2025-03-02")}}));

    // A received thank-you is not thanks given; a given one from the help on clears it.
    add(ana, "2025-03-13", GratitudeDirection::Received, QStringLiteral("kind words"));
    EXPECT_EQ(must(unthankedHelp(journal.db(), today)).size(), 2u);
    add(ana, "2025-03-13", GratitudeDirection::Given, QStringLiteral("the pairing"));
    EXPECT_EQ(must(unthankedHelp(journal.db(), today)),
              (std::vector<ThankPrompt>{{ben, QStringLiteral("Ben Okafor"), date("2025-03-02")}}));
    // Help again after the thanks asks again, naming the latest help.
    helped(ana, "2025-03-14");
    EXPECT_EQ(must(unthankedHelp(journal.db(), today)).front(),
              (ThankPrompt{ana, QStringLiteral("Ana Silva"), date("2025-03-14")}));
    // Thanks dated ahead of today does not count yet.
    add(ben, "2025-03-16", GratitudeDirection::Given, QStringLiteral("later"));
    EXPECT_EQ(must(unthankedHelp(journal.db(), today)).size(), 2u);
    // Undo takes back the thanks ahead, then the latest help: Ana stands thanked again.
    must(journal->undoStack().undo());
    EXPECT_EQ(must(unthankedHelp(journal.db(), today)).size(), 2u);
    must(journal->undoStack().undo());
    EXPECT_EQ(must(unthankedHelp(journal.db(), today)),
              (std::vector<ThankPrompt>{{ben, QStringLiteral("Ben Okafor"), date("2025-03-02")}}));
}

} // namespace
} // namespace rapport::core
