// The Journal page's list: newest first, every filter alone and combined, keyset pages
// that neither skip nor repeat rows on days with several entries, and plans that walk
// an index instead of sorting the journal.

#include "TestSupport.h"
#include "services/JournalQuery.h"
#include "storage/InteractionQueries.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace rapport::core {
namespace {

using storage::InteractionQueries;
using test::date;
using test::must;

class InteractionQueriesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ana = addColleague("Ana Silva");
        ben = addColleague("Ben Okafor");
        cara = addColleague("Cara Zhou");
        log("2025-03-10", {ben, ana}, InteractionKind::Coffee, QStringLiteral("Talked about the Lisbon trip."));
        log("2025-03-10", {ana}, InteractionKind::Touchbase, QStringLiteral("100% on track"));
        log("2025-03-10", {cara}, InteractionKind::Coffee, QStringLiteral("snake_case naming debate"));
        log("2025-03-12", {ben}, InteractionKind::HelpGiven, QStringLiteral("Fixed the build\nsecond line"));
        log("2025-02-01", {cara, ben}, InteractionKind::Meal, QStringLiteral("ÄRGER about the release"));
        log("2025-02-01", {ana}, InteractionKind::Coffee, QStringLiteral("a 100x better plan"));
        log("2025-01-15", {ana, cara}, InteractionKind::Tension, QStringLiteral("snakeXcase is not snake_case"));
        log("2025-03-12", {cara}, InteractionKind::Coffee, QString());
        log("2025-03-14", {ana}, InteractionKind::Greeting, QStringLiteral("Quick hello"));
        // Archived colleagues keep their history.
        must(journal->setArchived(cara, true), "archive");
    }

    Id addColleague(const char *name)
    {
        return must(journal->addColleague(test::makeColleague(QString::fromUtf8(name))), name);
    }

    void log(const char *on, QList<Id> with, InteractionKind kind, const QString &notes)
    {
        Interaction i = test::makeInteraction(on, std::move(with), kind, 3);
        i.notes = notes;
        i.id = must(journal->logInteraction(i), "log");
        logged.append(i);
    }

    // The same filter, applied by hand to what was logged.
    QList<Id> expected(const InteractionFilter &f) const
    {
        QList<Interaction> matches;
        for (const Interaction &i : logged) {
            if ((f.kind && i.kind != *f.kind) || (f.colleagueId && !i.participants.contains(*f.colleagueId))
                || (f.from && i.date < *f.from) || (f.to && i.date > *f.to)
                || (!f.text.isEmpty() && !i.notes.contains(f.text, Qt::CaseInsensitive)))
                continue;
            matches.append(i);
        }
        std::sort(matches.begin(), matches.end(), [&f](const Interaction &a, const Interaction &b) {
            if (f.oldestFirst)
                return a.date != b.date ? a.date < b.date : a.id < b.id;
            return a.date != b.date ? a.date > b.date : a.id > b.id;
        });
        QList<Id> ids;
        for (const Interaction &i : matches)
            ids.append(i.id);
        return ids;
    }

    // Every row, read in pages of `size`.
    QList<Id> paged(const InteractionFilter &f, int size)
    {
        QList<Id> ids;
        std::optional<InteractionKey> after;
        for (int guard = 0; guard < 100; ++guard) {
            const auto rows = must(queries().page(f, after, size), "page");
            EXPECT_LE(rows.size(), size);
            for (const auto &row : rows)
                ids.append(row.id);
            if (rows.size() < size)
                return ids;
            after = storage::listKey(rows.last());
        }
        ADD_FAILURE() << "paging never ended";
        return ids;
    }

    QList<Id> all(const InteractionFilter &f) { return paged(f, 1000); }
    InteractionQueries queries() { return InteractionQueries(journal.db()); }

    test::TempJournal journal;
    QList<Interaction> logged;
    Id ana = 0, ben = 0, cara = 0;
};

TEST_F(InteractionQueriesTest, NewestFirstWithEveryField)
{
    const auto rows = must(queries().page({}, std::nullopt, 100));
    ASSERT_EQ(rows.size(), logged.size());
    QList<Id> ids;
    for (const auto &row : rows)
        ids.append(row.id);
    EXPECT_EQ(ids, expected({}));

    const auto &greeting = rows.first();
    EXPECT_EQ(greeting.date, date("2025-03-14"));
    EXPECT_EQ(greeting.kind, InteractionKind::Greeting);
    EXPECT_EQ(greeting.quality, 3);
    EXPECT_EQ(greeting.notes, QStringLiteral("Quick hello"));
    // Participants come by name, whatever order they were logged in.
    const auto lunch = std::find_if(rows.begin(), rows.end(), [&](const auto &r) { return r.id == logged[0].id; });
    ASSERT_NE(lunch, rows.end());
    EXPECT_EQ(lunch->participantNames, QStringLiteral("Ana Silva, Ben Okafor"));
    EXPECT_EQ(lunch->participants, (QList<Id>{ana, ben}));
}

TEST_F(InteractionQueriesTest, EveryRowFieldRoundTrips)
{
    Interaction full = test::fullInteraction("2025-03-15", {ben});
    full.id = must(journal->logInteraction(full));
    const auto rows = must(queries().page({}, std::nullopt, 1));
    ASSERT_EQ(rows.size(), 1);
    const auto &row = rows.first();
    EXPECT_EQ(row.id, full.id);
    EXPECT_EQ(row.time, full.time);
    EXPECT_EQ(row.durationMin, full.durationMin);
    EXPECT_EQ(row.kind, full.kind);
    EXPECT_EQ(row.channel, full.channel);
    EXPECT_EQ(row.quality, full.quality);
    EXPECT_EQ(row.notes, full.notes);
    EXPECT_EQ(row.participantNames, QStringLiteral("Ben Okafor"));
}

TEST_F(InteractionQueriesTest, EachFilterAlone)
{
    std::vector<InteractionFilter> filters;
    filters.push_back({.kind = InteractionKind::Coffee});
    filters.push_back({.kind = InteractionKind::Celebration}); // none
    filters.push_back({.colleagueId = ana});
    filters.push_back({.colleagueId = cara}); // archived
    filters.push_back({.from = date("2025-03-10")});
    filters.push_back({.to = date("2025-02-01")});
    filters.push_back({.from = date("2025-02-01"), .to = date("2025-03-10")});
    filters.push_back({.from = date("2025-03-11"), .to = date("2025-03-10")}); // empty range
    filters.push_back({.text = QStringLiteral("lisbon")});
    filters.push_back({.text = QStringLiteral("ärger")}); // Unicode case folding
    for (const auto &f : filters) {
        EXPECT_EQ(all(f), expected(f));
        EXPECT_EQ(paged(f, 1), expected(f));
    }
    EXPECT_EQ(all({.kind = InteractionKind::Coffee}).size(), 4);
    EXPECT_EQ(all({.colleagueId = ana}).size(), 5);
    EXPECT_EQ(all({.from = date("2025-02-01"), .to = date("2025-03-10")}).size(), 5);
    EXPECT_EQ(all({.text = QStringLiteral("ärger")}), QList<Id>{logged[4].id});
}

TEST_F(InteractionQueriesTest, CombinedFilters)
{
    std::vector<InteractionFilter> filters;
    filters.push_back({.kind = InteractionKind::Coffee, .colleagueId = ana});
    filters.push_back({.kind = InteractionKind::Coffee, .colleagueId = cara, .to = date("2025-03-11")});
    filters.push_back({.colleagueId = ben, .from = date("2025-02-01"), .to = date("2025-03-10")});
    filters.push_back({.colleagueId = ana, .text = QStringLiteral("100")});
    filters.push_back({.kind = InteractionKind::Coffee, .from = date("2025-03-01"), .text = QStringLiteral("snake")});
    filters.push_back({.kind = InteractionKind::Coffee, .colleagueId = ben, .from = date("2025-03-11")}); // none
    for (const auto &f : filters) {
        EXPECT_EQ(all(f), expected(f));
        EXPECT_EQ(paged(f, 1), expected(f));
        EXPECT_EQ(paged(f, 2), expected(f));
    }
    EXPECT_EQ(all({.kind = InteractionKind::Coffee, .colleagueId = ana}),
              (QList<Id>{logged[0].id, logged[5].id}));
}

TEST_F(InteractionQueriesTest, PagesNeitherSkipNorRepeatOnSharedDays)
{
    // Three entries on 2025-03-10 and two on 2025-03-12: every page size splits some day.
    for (int size = 1; size <= 10; ++size) {
        EXPECT_EQ(paged({}, size), expected({})) << "page size " << size;
        EXPECT_EQ(paged({.colleagueId = ana}, size), expected({.colleagueId = ana})) << "page size " << size;
    }
    // A key inside a day: only the older entries of that day, then earlier days.
    const QList<Id> order = expected({});
    const auto rows = must(queries().page({}, storage::InteractionKey{test::day("2025-03-10"), logged[1].id}, 100));
    ASSERT_EQ(rows.size(), 4);
    EXPECT_EQ(rows[0].id, logged[0].id);
    EXPECT_EQ(rows[1].date, date("2025-02-01"));
    // A key after the `to` date changes nothing; a key before it wins.
    InteractionFilter upTo{.to = date("2025-03-10")};
    const auto beyond = must(queries().page(upTo, storage::InteractionKey{test::day("2025-03-14"), 1}, 100));
    EXPECT_EQ(beyond.size(), expected(upTo).size());
    EXPECT_TRUE(must(queries().page({}, storage::InteractionKey{test::day("2025-01-15"), logged[6].id}, 5)).isEmpty());
    EXPECT_TRUE(must(queries().page({}, std::nullopt, 0)).isEmpty());
}

TEST_F(InteractionQueriesTest, OldestFirstPagesTheOtherWayWithEveryFilter)
{
    for (int size = 1; size <= 10; ++size) {
        for (const InteractionFilter &f :
             {InteractionFilter{.oldestFirst = true}, InteractionFilter{.colleagueId = ana, .oldestFirst = true},
              InteractionFilter{.from = date("2025-03-01"), .to = date("2025-03-12"), .oldestFirst = true},
              InteractionFilter{.kind = InteractionKind::Coffee, .oldestFirst = true}}) {
            EXPECT_EQ(paged(f, size), expected(f)) << "page size " << size;
        }
    }
    QList<Id> newest = expected({});
    EXPECT_EQ(expected({.oldestFirst = true}), QList<Id>(newest.rbegin(), newest.rend()));
    const auto plan = must(queries().pagePlan({.to = date("2025-03-01"), .oldestFirst = true})).join(QStringLiteral(" | "));
    EXPECT_TRUE(plan.contains(QStringLiteral("USING INDEX interaction_by_day"))) << plan.toStdString();
    EXPECT_FALSE(plan.contains(QStringLiteral("TEMP B-TREE"))) << plan.toStdString();
}

TEST_F(InteractionQueriesTest, TextIsLiteral)
{
    EXPECT_EQ(all({.text = QStringLiteral("%")}), QList<Id>{logged[1].id});
    EXPECT_EQ(all({.text = QStringLiteral("100%")}), QList<Id>{logged[1].id});
    // "_" is not a wildcard: "snakeXcase" alone does not match "snake_case".
    const InteractionFilter underscore{.text = QStringLiteral("snake_case")};
    EXPECT_EQ(all(underscore), expected(underscore));
    EXPECT_EQ(all(underscore).size(), 2);
    EXPECT_EQ(all({.text = QStringLiteral("_")}).size(), 2);
    EXPECT_TRUE(all({.text = QStringLiteral("\\")}).isEmpty());
    EXPECT_EQ(all({.text = QStringLiteral("ärger ABOUT")}), QList<Id>{logged[4].id}); // mixed ASCII and not
    log("2025-03-01", {ben}, InteractionKind::Other, QStringLiteral("C:\\temp\\100%_done"));
    EXPECT_EQ(all({.text = QStringLiteral("\\")}), QList<Id>{logged.last().id});
    EXPECT_EQ(all({.text = QStringLiteral("\\TEMP\\1")}), QList<Id>{logged.last().id});
    EXPECT_EQ(all({.text = QStringLiteral("%_")}), QList<Id>{logged.last().id});
    EXPECT_EQ(all({.text = QStringLiteral("0%")}).size(), 2);
    EXPECT_TRUE(all({.text = QStringLiteral("'")}).isEmpty());
    EXPECT_EQ(all({.text = QStringLiteral("BUILD\nSECOND")}), QList<Id>{logged[3].id});
}

TEST_F(InteractionQueriesTest, ChangesShowAtOnce)
{
    must(journal->deleteInteraction(logged[8].id));
    EXPECT_EQ(all({}).first(), logged[7].id); // the later of the two on 2025-03-12
    Interaction moved = logged[6];
    moved.date = date("2025-03-15");
    moved.kind = InteractionKind::Celebration;
    must(journal->updateInteraction(moved));
    EXPECT_EQ(all({}).first(), moved.id);
    EXPECT_EQ(all({.kind = InteractionKind::Celebration}), QList<Id>{moved.id});
    must(journal->undoStack().undo());
    must(journal->undoStack().undo());
    EXPECT_EQ(all({}).first(), logged[8].id);
}

TEST_F(InteractionQueriesTest, CheapCountsAgreeWithTheList)
{
    std::vector<InteractionFilter> filters;
    filters.push_back({});
    filters.push_back({.kind = InteractionKind::Coffee});
    filters.push_back({.colleagueId = ana});
    filters.push_back({.kind = InteractionKind::Coffee, .from = date("2025-03-10")});
    filters.push_back({.from = date("2025-02-01"), .to = date("2025-03-10")});
    filters.push_back({.colleagueId = ben, .from = date("2025-03-11"), .to = date("2025-03-10")});
    for (const auto &f : filters) {
        const auto n = must(queries().countIfCheap(f));
        ASSERT_TRUE(n.has_value());
        EXPECT_EQ(*n, expected(f).size());
    }
    EXPECT_FALSE(must(queries().countIfCheap({.text = QStringLiteral("x")})).has_value());
    EXPECT_FALSE(must(queries().countIfCheap({.kind = InteractionKind::Coffee, .colleagueId = cara})).has_value());
}

TEST_F(InteractionQueriesTest, PlansWalkAnIndexInOrder)
{
    const auto everyone = must(queries().pagePlan({.kind = InteractionKind::Coffee, .to = date("2025-03-01")}))
                              .join(QStringLiteral(" | "));
    EXPECT_TRUE(everyone.contains(QStringLiteral("USING INDEX interaction_by_day"))) << everyone.toStdString();
    EXPECT_FALSE(everyone.contains(QStringLiteral("TEMP B-TREE"))) << everyone.toStdString();

    const auto one = must(queries().pagePlan({.kind = InteractionKind::Coffee, .colleagueId = ana}))
                         .join(QStringLiteral(" | "));
    EXPECT_TRUE(one.contains(QStringLiteral("USING COVERING INDEX participant_by_colleague"))
                || one.contains(QStringLiteral("USING INDEX participant_by_colleague")))
        << one.toStdString();
    EXPECT_TRUE(one.contains(QStringLiteral("USING INTEGER PRIMARY KEY"))) << one.toStdString();
    EXPECT_FALSE(one.contains(QStringLiteral("TEMP B-TREE"))) << one.toStdString();
}

TEST_F(InteractionQueriesTest, ServiceListsColleaguesWithArchived)
{
    JournalQuery service(journal.journal());
    const auto people = must(service.colleagues());
    ASSERT_EQ(people.size(), 3);
    EXPECT_EQ(people[2].name, QStringLiteral("Cara Zhou"));
    EXPECT_TRUE(people[2].archived);
    EXPECT_EQ(must(service.page({.colleagueId = cara}, std::nullopt, 10)).size(), 4);
}

} // namespace
} // namespace rapport::core
