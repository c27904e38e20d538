// The Gratitude page: its model under Qt's model tester, logging thanks through the entry
// row (and the month's counts moving with it), the "thank them?" prompt, filters checked
// against the core query, Delete with undo, and the empty state.

#include "TestSupport.h"

#include "models/GratitudeModel.h"
#include "pages/GratitudeEntry.h"
#include "pages/GratitudePage.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

namespace rapport::ui {
namespace {

using core::GratitudeDirection;
using core::GratitudeFilter;
using core::GratitudeWhere;
using core::Id;
using test::date;
using test::must;

QList<Id> modelIds(const GratitudeModel &model)
{
    QList<Id> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(GratitudeModel::IdRole).toLongLong());
    return ids;
}

QList<Id> coreIds(core::Journal &journal, const GratitudeFilter &filter)
{
    QList<Id> ids;
    for (const auto &row : must(core::GratitudeQuery(journal).page(filter, std::nullopt, 10'000)))
        ids.append(row.id);
    return ids;
}

class GratitudePageTest : public ::testing::Test
{
protected:
    void SetUp() override { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    core::Journal &j() { return journal.journal(); }

    Id add(Id who, const char *on, GratitudeDirection direction, const QString &what,
           GratitudeWhere where = GratitudeWhere::Private)
    {
        core::Gratitude g = test::makeGratitude(who, on, direction, what);
        g.where = where;
        const Id id = must(j().addGratitude(g), "gratitude");
        ids.append(id);
        return id;
    }

    void handMade()
    {
        ana = must(j().addColleague(test::makeColleague(QStringLiteral("Ana Silva"))));
        ben = must(j().addColleague(test::makeColleague(QStringLiteral("Ben Okafor"))));
        add(ana, "2025-03-10", GratitudeDirection::Given, QStringLiteral("<b>the</b> Lisbon review"), GratitudeWhere::Public);
        add(ben, "2025-03-10", GratitudeDirection::Received, QStringLiteral("covering my shift"));
        add(ana, "2025-03-12", GratitudeDirection::Received, QStringLiteral("the kind words"));
        add(ben, "2025-02-01", GratitudeDirection::Given, QStringLiteral("the demo"), GratitudeWhere::Public);
    }

    void show(GratitudePage &page)
    {
        page.resize(1000, 600);
        page.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
        QCoreApplication::processEvents();
    }

    template<typename W>
    W *child(QWidget &page, const char *name)
    {
        auto *w = page.findChild<W *>(QString::fromLatin1(name));
        if (!w)
            throw test::Failed(std::string("no child ") + name);
        return w;
    }

    QList<QWidget *> prompts(GratitudePage &page)
    {
        return child<QWidget>(page, "thankPrompts")->findChildren<QWidget *>(QStringLiteral("thankPrompt"));
    }

    test::TempJournal journal;
    Id ana = 0, ben = 0;
    QList<Id> ids;
};

TEST_F(GratitudePageTest, ModelPassesTheTesterThroughChanges)
{
    handMade();
    GratitudeModel model(j());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(modelIds(model), (QList<Id>{ids[2], ids[1], ids[0], ids[3]}));
    EXPECT_TRUE(model.allLoaded());
    EXPECT_EQ(model.index(2, GratitudeModel::ColleagueColumn).data().toString(), QStringLiteral("Ana Silva"));
    EXPECT_EQ(model.index(2, GratitudeModel::DirectionColumn).data().toString(), QStringLiteral("Given"));
    EXPECT_EQ(model.index(1, GratitudeModel::DirectionColumn).data().toString(), QStringLiteral("Received"));
    EXPECT_EQ(model.index(2, GratitudeModel::WhereColumn).data().toString(), QStringLiteral("Public"));
    EXPECT_EQ(model.index(1, GratitudeModel::WhereColumn).data().toString(), QStringLiteral("Private"));
    EXPECT_EQ(model.index(2, GratitudeModel::WhatColumn).data().toString(), QStringLiteral("<b>the</b> Lisbon review"));
    EXPECT_EQ(model.index(2, GratitudeModel::DateColumn).data().toString(), QStringLiteral("10/03/2025"));
    EXPECT_EQ(model.index(2, 0).data(GratitudeModel::DateRole).toDate(), date("2025-03-10"));
    EXPECT_TRUE(model.index(2, GratitudeModel::WhatColumn).data(Qt::ToolTipRole).toString().contains(
        QStringLiteral("&lt;b&gt;the&lt;/b&gt;")));

    const Id added = add(ben, "2025-03-15", GratitudeDirection::Given, QStringLiteral("newest"));
    EXPECT_EQ(model.idAt(0), added);
    auto moved = must(j().repositories().gratitude.find(ids[3])).value();
    moved.date = date("2025-03-11");
    must(j().updateGratitude(moved));
    EXPECT_EQ(modelIds(model), (QList<Id>{added, ids[2], ids[3], ids[1], ids[0]}));
    must(j().deleteGratitude(ids[1]));
    EXPECT_EQ(model.rowCount(), 4);
    must(j().undoStack().undo());
    must(j().undoStack().undo());
    EXPECT_EQ(modelIds(model), (QList<Id>{added, ids[2], ids[1], ids[0], ids[3]}));

    model.setFilter({.colleagueId = ben});
    EXPECT_EQ(modelIds(model), (QList<Id>{added, ids[1], ids[3]}));
    model.setFilter({.text = QStringLiteral("LISBON")});
    EXPECT_EQ(modelIds(model), QList<Id>{ids[0]});
}

TEST_F(GratitudePageTest, ModelLoadsAPageAtATime)
{
    ana = must(j().addColleague(test::makeColleague(QStringLiteral("Ana Silva"))));
    for (int i = 0; i < GratitudeModel::kPageSize * 2 + 10; ++i)
        add(ana, i % 2 ? "2025-03-01" : "2025-02-01", GratitudeDirection::Given, QStringLiteral("thanks %1").arg(i));
    GratitudeModel model(j());
    EXPECT_EQ(model.rowCount(), GratitudeModel::kPageSize);
    EXPECT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 2 * GratitudeModel::kPageSize);
    EXPECT_FALSE(model.allLoaded());
    // The tester fetches the rest itself, then watches a change on a long list.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.fetchMore({});
    EXPECT_TRUE(model.allLoaded());
    EXPECT_EQ(modelIds(model), coreIds(j(), {}));
    must(j().deleteGratitude(model.idAt(250)));
    must(j().undoStack().undo());
    EXPECT_EQ(modelIds(model), coreIds(j(), {}));
}

TEST_F(GratitudePageTest, EntryRowLogsThanksAndUpdatesTheMonth)
{
    handMade();
    GratitudePage page(j());
    show(page);
    auto *month = child<QLabel>(page, "gratitudeMonth");
    EXPECT_EQ(month->text(), QStringLiteral("This month: 1 given \u00b7 2 received"));
    EXPECT_EQ(child<QDateEdit>(page, "entryDate")->date(), date("2025-03-15"));

    auto *colleague = child<QComboBox>(page, "entryColleague");
    auto *what = child<QLineEdit>(page, "entryWhat");
    // Nothing chosen: the error stands beside the colleague, and nothing is added.
    QTest::keyClicks(what, QStringLiteral("the pairing"));
    QTest::keyClick(what, Qt::Key_Return);
    EXPECT_TRUE(child<QLabel>(page, "colleagueError")->isVisible());
    EXPECT_EQ(page.model()->rowCount(), 4);

    colleague->setEditText(QStringLiteral("ben okafor"));
    what->clear();
    QTest::keyClick(what, Qt::Key_Return); // "what for" is required
    EXPECT_FALSE(child<QLabel>(page, "colleagueError")->isVisible());
    EXPECT_TRUE(child<QLabel>(page, "whatError")->isVisible());
    EXPECT_FALSE(child<QLabel>(page, "whatError")->text().isEmpty());

    QTest::keyClicks(what, QStringLiteral("the pairing"));
    QTest::keyClick(what, Qt::Key_Return);
    EXPECT_FALSE(child<QLabel>(page, "whatError")->isVisible());
    ASSERT_EQ(page.model()->rowCount(), 5);
    const QModelIndex top = page.model()->index(0, 0);
    EXPECT_EQ(top.data(GratitudeModel::ColleagueIdRole).toLongLong(), ben);
    EXPECT_EQ(page.model()->index(0, GratitudeModel::WhatColumn).data().toString(), QStringLiteral("the pairing"));
    EXPECT_EQ(top.data(GratitudeModel::DateRole).toDate(), date("2025-03-15"));
    EXPECT_TRUE(what->text().isEmpty());
    EXPECT_EQ(month->text(), QStringLiteral("This month: 2 given \u00b7 2 received"));

    // Received, in public, through the Add button.
    child<QPushButton>(page, "entryReceived")->click();
    auto *where = child<QComboBox>(page, "entryWhere");
    where->setCurrentIndex(where->findData(static_cast<int>(GratitudeWhere::Public)));
    QTest::keyClicks(what, QStringLiteral("a shout-out"));
    child<QPushButton>(page, "entryAdd")->click();
    EXPECT_EQ(page.model()->index(0, GratitudeModel::DirectionColumn).data().toString(), QStringLiteral("Received"));
    EXPECT_EQ(page.model()->index(0, GratitudeModel::WhereColumn).data().toString(), QStringLiteral("Public"));
    EXPECT_EQ(month->text(), QStringLiteral("This month: 2 given \u00b7 3 received"));
    must(j().undoStack().undo());
    EXPECT_EQ(month->text(), QStringLiteral("This month: 2 given \u00b7 2 received"));
}

TEST_F(GratitudePageTest, PromptAppearsForUnthankedHelpAndGoesAfterThanks)
{
    handMade();
    GratitudePage page(j());
    show(page);
    EXPECT_TRUE(prompts(page).isEmpty());
    EXPECT_FALSE(child<QWidget>(page, "thankPrompts")->isVisible());

    must(j().logInteraction(test::makeInteraction("2025-03-12", {ana}, core::InteractionKind::HelpReceived)));
    ASSERT_EQ(prompts(page).size(), 1);
    EXPECT_TRUE(child<QWidget>(page, "thankPrompts")->isVisible());
    auto *text = prompts(page).first()->findChild<QLabel *>();
    EXPECT_EQ(text->text(), QStringLiteral("Ana Silva helped you on 12 Mar \u2014 thank them?"));

    prompts(page).first()->findChild<QPushButton *>(QStringLiteral("thankButton"))->click();
    auto *what = child<QLineEdit>(page, "entryWhat");
    EXPECT_EQ(child<QComboBox>(page, "entryColleague")->currentText(), QStringLiteral("Ana Silva"));
    EXPECT_TRUE(child<QPushButton>(page, "entryGiven")->isChecked());
    EXPECT_EQ(page.focusWidget(), what);
    QTest::keyClicks(what, QStringLiteral("unblocking the release"));
    QTest::keyClick(what, Qt::Key_Return);
    EXPECT_TRUE(prompts(page).isEmpty());
    EXPECT_FALSE(child<QWidget>(page, "thankPrompts")->isVisible());
    must(j().undoStack().undo());
    EXPECT_EQ(prompts(page).size(), 1);

    page.thank(ben);
    EXPECT_EQ(child<QComboBox>(page, "entryColleague")->currentText(), QStringLiteral("Ben Okafor"));
}

TEST_F(GratitudePageTest, FiltersNarrowLikeTheCoreQuery)
{
    handMade();
    GratitudePage page(j());
    show(page);
    auto *direction = child<QComboBox>(page, "directionFilter");
    auto *where = child<QComboBox>(page, "whereFilter");
    auto *colleague = child<QComboBox>(page, "colleagueFilter");
    auto *search = child<QLineEdit>(page, "gratitudeSearch");
    const auto expectMatchesCore = [&](const GratitudeFilter &expected) {
        EXPECT_EQ(page.filter(), expected);
        EXPECT_EQ(page.model()->filter(), expected);
        EXPECT_EQ(modelIds(*page.model()), coreIds(j(), expected));
    };

    direction->setCurrentIndex(direction->findData(static_cast<int>(GratitudeDirection::Given)));
    expectMatchesCore({.direction = GratitudeDirection::Given});
    EXPECT_EQ(page.model()->rowCount(), 2);
    where->setCurrentIndex(where->findData(static_cast<int>(GratitudeWhere::Public)));
    colleague->setCurrentIndex(colleague->findData(ben));
    expectMatchesCore({.direction = GratitudeDirection::Given, .where = GratitudeWhere::Public, .colleagueId = ben});
    EXPECT_EQ(modelIds(*page.model()), QList<Id>{ids[3]});
    page.clearFilters();
    QTest::keyClicks(search, QStringLiteral("THE"));
    QTest::keyClick(search, Qt::Key_Return);
    expectMatchesCore({.text = QStringLiteral("THE")});
    EXPECT_EQ(page.model()->rowCount(), 3);

    QTest::keyClicks(search, QStringLiteral(" nothing like it"));
    QTest::keyClick(search, Qt::Key_Return);
    auto *empty = child<QLabel>(page, "gratitudeEmptyState");
    EXPECT_EQ(child<QStackedWidget>(page, "")->currentWidget(), empty);
    EXPECT_EQ(empty->text(), QStringLiteral("No entry matches these filters."));
    page.clearFilters();
    expectMatchesCore({});

    page.focusSearch();
    EXPECT_EQ(page.focusWidget(), search);
}

TEST_F(GratitudePageTest, DeleteKeyDeletesAndUndoBringsItBack)
{
    handMade();
    GratitudePage page(j());
    show(page);
    QSignalSpy status(&page, &GratitudePage::statusMessage);
    page.view()->setCurrentIndex(page.model()->index(1, 0));
    QTest::keyClick(page.view(), Qt::Key_Delete);
    EXPECT_EQ(modelIds(*page.model()), (QList<Id>{ids[2], ids[0], ids[3]}));
    ASSERT_EQ(status.count(), 1);
    EXPECT_EQ(status.first().first().toString(), QStringLiteral("Deleted; Ctrl+Z brings it back"));
    EXPECT_EQ(page.view()->currentIndex().row(), 1);
    EXPECT_EQ(child<QLabel>(page, "gratitudeMonth")->text(), QStringLiteral("This month: 1 given \u00b7 1 received"));
    must(j().undoStack().undo());
    EXPECT_EQ(modelIds(*page.model()), (QList<Id>{ids[2], ids[1], ids[0], ids[3]}));
}

TEST_F(GratitudePageTest, EmptyJournalSaysWhatToDo)
{
    GratitudePage page(j());
    show(page);
    auto *empty = child<QLabel>(page, "gratitudeEmptyState");
    EXPECT_EQ(child<QStackedWidget>(page, "")->currentWidget(), empty);
    EXPECT_EQ(empty->text(),
              QStringLiteral("No thanks logged yet. Say thank you often and specifically, then note it above."));
    EXPECT_EQ(child<QLabel>(page, "gratitudeMonth")->text(), QStringLiteral("This month: 0 given \u00b7 0 received"));
    handMade();
    EXPECT_EQ(child<QStackedWidget>(page, "")->currentWidget(), page.view());
}

} // namespace
} // namespace rapport::ui
