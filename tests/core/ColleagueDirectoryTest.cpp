// The Colleagues page's core: rows with their figures, the filter and the sort orders, on
// a small hand-made journal whose figures can be worked out by hand (today 2025-03-15).

#include "TestSupport.h"
#include "services/ColleagueDirectory.h"
#include "services/Stats.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace rapport::core {
namespace {

using test::date;
using test::day;
using test::must;

class ColleagueDirectoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Colleague a = test::makeColleague(QStringLiteral("Ana Silva"), 14);
        a.role = QStringLiteral("Staff engineer");
        a.team = QStringLiteral("Payments");
        a.department = QStringLiteral("Engineering");
        a.tags = QStringList{QStringLiteral("mentor"), QStringLiteral("coffee")};
        ana = must(j().addColleague(a));

        Colleague b = test::makeColleague(QStringLiteral("Ben Okafor"), 7);
        b.role = QStringLiteral("Designer");
        b.team = QStringLiteral("Growth");
        b.department = QStringLiteral("Product");
        ben = must(j().addColleague(b));

        Colleague c = test::makeColleague(QStringLiteral("Chloé Dubois"), 0);
        c.role = QStringLiteral("Product manager");
        c.team = QStringLiteral("Payments");
        c.department = QStringLiteral("Product");
        c.tags = QStringList{QStringLiteral("remote")};
        chloe = must(j().addColleague(c));

        Colleague d = test::makeColleague(QStringLiteral("Dan Archer"), 30);
        d.team = QStringLiteral("Growth");
        d.tags = QStringList{QStringLiteral("alumni")};
        dan = must(j().addColleague(d));

        eve = must(j().addColleague(test::makeColleague(QStringLiteral("Eve"), 7)));

        must(j().logInteraction(test::makeInteraction("2025-03-10", {ana}, InteractionKind::Coffee, 5)));
        must(j().logInteraction(test::makeInteraction("2025-03-01", {ben, eve})));
        must(j().logInteraction(test::makeInteraction("2024-06-01", {dan})));
        must(j().setArchived(dan, true));
        must(j().snooze(eve, date("2025-03-20")));
    }

    Journal &j() { return journal.journal(); }
    std::vector<ColleagueRow> rows() { return must(loadColleagueRows(journal.db(), date("2025-03-15"))); }

    const ColleagueRow &row(const std::vector<ColleagueRow> &all, Id id)
    {
        const auto it = std::find_if(all.begin(), all.end(), [id](const ColleagueRow &r) { return r.id == id; });
        if (it == all.end())
            throw test::Failed("no row");
        return *it;
    }

    // The names the filter lets through, in list order.
    QStringList shown(const ColleagueFilter &filter)
    {
        QStringList names;
        for (const ColleagueRow &r : rows()) {
            if (filter.matches(r, today))
                names << r.name;
        }
        return names;
    }

    QStringList sorted(ColleagueSort key)
    {
        auto all = rows();
        sortRows(all, key);
        QStringList names;
        for (const ColleagueRow &r : all)
            names << r.name;
        return names;
    }

    test::TempJournal journal{date("2025-03-15")};
    const Day today = day("2025-03-15");
    Id ana = 0, ben = 0, chloe = 0, dan = 0, eve = 0;
};

TEST_F(ColleagueDirectoryTest, RowsCarryProfileAndFiguresForEveryColleague)
{
    const auto all = rows();
    ASSERT_EQ(all.size(), 5u);
    EXPECT_EQ(all.front().name, QStringLiteral("Ana Silva")); // by name

    const ColleagueRow &a = row(all, ana);
    EXPECT_EQ(a.role, QStringLiteral("Staff engineer"));
    EXPECT_EQ(a.team, QStringLiteral("Payments"));
    EXPECT_EQ(a.department, QStringLiteral("Engineering"));
    EXPECT_EQ(a.tags, (QStringList{QStringLiteral("mentor"), QStringLiteral("coffee")}));
    EXPECT_FALSE(a.archived);
    EXPECT_EQ(a.lastContact, day("2025-03-10"));
    EXPECT_EQ(a.nextDue, day("2025-03-24"));
    EXPECT_EQ(a.overdueDays, 0);
    ASSERT_TRUE(a.health.has_value());

    const ColleagueRow &b = row(all, ben);
    EXPECT_EQ(b.lastContact, day("2025-03-01"));
    EXPECT_EQ(b.nextDue, day("2025-03-08"));
    EXPECT_EQ(b.overdueDays, 7);
    ASSERT_TRUE(b.health.has_value());
    EXPECT_LT(*b.health, *a.health);

    const ColleagueRow &c = row(all, chloe);
    EXPECT_FALSE(c.lastContact.has_value());
    EXPECT_FALSE(c.nextDue.has_value()); // no cadence
    EXPECT_EQ(c.overdueDays, 0);
    EXPECT_TRUE(c.health.has_value());

    const ColleagueRow &d = row(all, dan);
    EXPECT_TRUE(d.archived);
    EXPECT_FALSE(d.health.has_value());
    EXPECT_FALSE(d.nextDue.has_value());

    const ColleagueRow &e = row(all, eve);
    EXPECT_EQ(e.nextDue, day("2025-03-08"));
    EXPECT_EQ(e.reminderDay(), day("2025-03-20")); // snoozed
}

TEST_F(ColleagueDirectoryTest, HealthIsTheScoreOfTheStats)
{
    const auto all = rows();
    const StatsReport stats = must(computeStats(journal.db(), date("2025-03-15")));
    ASSERT_EQ(stats.colleagues.size(), 4u); // Dan is archived
    for (const ColleagueFigures &f : stats.colleagues) {
        EXPECT_EQ(row(all, f.id).health, f.health.score) << f.name.toStdString();
        EXPECT_EQ(row(all, f.id).nextDue, f.nextDue) << f.name.toStdString();
    }
}

TEST_F(ColleagueDirectoryTest, TextSearchMatchesNameRoleTeamAndTagsIgnoringCaseAndAccents)
{
    const auto search = [this](const char *text) {
        ColleagueFilter f;
        f.text = QString::fromUtf8(text);
        return shown(f);
    };
    EXPECT_EQ(search(""), (QStringList{QStringLiteral("Ana Silva"), QStringLiteral("Ben Okafor"),
                                       QString::fromUtf8("Chloé Dubois"), QStringLiteral("Eve")}));
    EXPECT_EQ(search("pay"), (QStringList{QStringLiteral("Ana Silva"), QString::fromUtf8("Chloé Dubois")}));
    EXPECT_EQ(search("CHLOE"), QStringList{QString::fromUtf8("Chloé Dubois")});
    EXPECT_EQ(search("chloé"), QStringList{QString::fromUtf8("Chloé Dubois")});
    EXPECT_EQ(search("designer"), QStringList{QStringLiteral("Ben Okafor")});
    EXPECT_EQ(search("Mentor"), QStringList{QStringLiteral("Ana Silva")});
    EXPECT_EQ(search("  ana   staff "), QStringList{QStringLiteral("Ana Silva")}); // every word
    EXPECT_TRUE(search("ana growth").isEmpty());
    EXPECT_TRUE(search("dan").isEmpty()); // archived stays hidden

    ColleagueFilter archived;
    archived.text = QStringLiteral("dan");
    archived.includeArchived = true;
    EXPECT_EQ(shown(archived), QStringList{QStringLiteral("Dan Archer")});
    EXPECT_FALSE(ColleagueFilter{}.narrows());
    EXPECT_TRUE(archived.narrows());
}

TEST_F(ColleagueDirectoryTest, FacetsAndDueNowFilter)
{
    ColleagueFilter team;
    team.team = QStringLiteral("growth");
    EXPECT_EQ(shown(team), QStringList{QStringLiteral("Ben Okafor")});
    team.includeArchived = true;
    EXPECT_EQ(shown(team), (QStringList{QStringLiteral("Ben Okafor"), QStringLiteral("Dan Archer")}));

    ColleagueFilter department;
    department.department = QStringLiteral("Product");
    EXPECT_EQ(shown(department), (QStringList{QStringLiteral("Ben Okafor"), QString::fromUtf8("Chloé Dubois")}));

    ColleagueFilter tag;
    tag.tag = QStringLiteral("remote");
    EXPECT_EQ(shown(tag), QStringList{QString::fromUtf8("Chloé Dubois")});

    // Ben is 7 days overdue; Eve is too, but snoozed to the 20th; Dan is archived.
    ColleagueFilter due;
    due.dueNowOnly = true;
    due.includeArchived = true;
    EXPECT_EQ(shown(due), QStringList{QStringLiteral("Ben Okafor")});
    EXPECT_TRUE(due.matches(row(rows(), eve), day("2025-03-20")));

    const ColleagueFacets facets = facetsOf(rows(), false);
    EXPECT_EQ(facets.teams, (QStringList{QStringLiteral("Growth"), QStringLiteral("Payments")}));
    EXPECT_EQ(facets.departments, (QStringList{QStringLiteral("Engineering"), QStringLiteral("Product")}));
    EXPECT_EQ(facets.tags, (QStringList{QStringLiteral("coffee"), QStringLiteral("mentor"), QStringLiteral("remote")}));
    EXPECT_TRUE(facetsOf(rows(), true).tags.contains(QStringLiteral("alumni")));
}

TEST_F(ColleagueDirectoryTest, SortOrders)
{
    const QString chloeName = QString::fromUtf8("Chloé Dubois");
    EXPECT_EQ(sorted(ColleagueSort::Name), (QStringList{QStringLiteral("Ana Silva"), QStringLiteral("Ben Okafor"), chloeName,
                                                        QStringLiteral("Dan Archer"), QStringLiteral("Eve")}));
    // Most recent first; ties by name; never contacted (and archived, without figures) last.
    EXPECT_EQ(sorted(ColleagueSort::LastContact), (QStringList{QStringLiteral("Ana Silva"), QStringLiteral("Ben Okafor"),
                                                               QStringLiteral("Eve"), chloeName, QStringLiteral("Dan Archer")}));
    // Soonest first; no cadence last.
    EXPECT_EQ(sorted(ColleagueSort::NextDue), (QStringList{QStringLiteral("Ben Okafor"), QStringLiteral("Eve"),
                                                           QStringLiteral("Ana Silva"), chloeName, QStringLiteral("Dan Archer")}));

    auto all = rows();
    sortRows(all, ColleagueSort::Health);
    ASSERT_EQ(all.back().id, dan); // no health: last
    for (std::size_t i = 1; i + 1 < all.size(); ++i)
        EXPECT_LE(*all[i - 1].health, *all[i].health);
    const auto position = [&all](Id id) {
        return std::find_if(all.begin(), all.end(), [id](const ColleagueRow &r) { return r.id == id; }) - all.begin();
    };
    EXPECT_LT(position(ben), position(ana)); // overdue needs attention first

    // The orders are strict: nothing sorts before itself.
    for (const ColleagueRow &r : all) {
        for (const ColleagueSort key : {ColleagueSort::Name, ColleagueSort::LastContact, ColleagueSort::NextDue, ColleagueSort::Health})
            EXPECT_FALSE(sortsBefore(key, r, r));
    }
}

TEST_F(ColleagueDirectoryTest, HandMadeRowsWorkWithoutKeys)
{
    ColleagueRow r;
    r.id = 9;
    r.name = QString::fromUtf8("José Ångström");
    r.tags = QStringList{QStringLiteral("Chess")};
    ColleagueFilter f;
    f.text = QStringLiteral("angstrom chess");
    EXPECT_TRUE(f.matches(r, today));
    EXPECT_EQ(foldForSearch(r.name), QStringLiteral("jose angstrom"));
    fillSearchKeys(r);
    EXPECT_TRUE(f.matches(r, today));
}

TEST_F(ColleagueDirectoryTest, PhotoIsLoadedOnItsOwn)
{
    Colleague withPhoto = test::makeColleague(QStringLiteral("Fay"));
    withPhoto.photoPng = test::tinyPng();
    const Id fay = must(j().addColleague(withPhoto));
    EXPECT_EQ(must(colleaguePhoto(journal.db(), fay)), test::tinyPng());
    EXPECT_TRUE(must(colleaguePhoto(journal.db(), ana)).isEmpty());
}

} // namespace
} // namespace rapport::core
