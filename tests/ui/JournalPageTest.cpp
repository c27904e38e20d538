// The Journal page: its model under Qt's model tester, lazy paging on a generated journal
// of 20,000 interactions (the view never loads the whole table), filters checked against
// the core query, the empty states, and Delete with undo.

#include "TestSupport.h"

#include "models/JournalModel.h"
#include "pages/JournalPage.h"
#include "services/SyntheticJournal.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

namespace rapport::ui {
namespace {

using core::Id;
using core::InteractionFilter;
using core::InteractionKind;
using test::date;
using test::must;

QList<Id> modelIds(const JournalModel &model)
{
    QList<Id> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(JournalModel::IdRole).toLongLong());
    return ids;
}

// The first `count` rows the core query gives for this filter.
QList<Id> coreIds(core::Journal &journal, const InteractionFilter &filter, int count)
{
    core::JournalQuery query(journal);
    QList<Id> ids;
    std::optional<core::InteractionKey> after;
    while (ids.size() < count) {
        const auto rows = must(query.page(filter, after, JournalModel::kPageSize));
        for (const auto &row : rows)
            ids.append(row.id);
        if (rows.size() < JournalModel::kPageSize)
            break;
        after = core::storage::listKey(rows.last());
    }
    return ids.mid(0, count);
}

class JournalPageTest : public ::testing::Test
{
protected:
    void SetUp() override { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    core::Journal &j() { return journal.journal(); }

    // Three colleagues and five interactions, two of them on the same day.
    void handMade()
    {
        ana = must(j().addColleague(test::makeColleague(QStringLiteral("Ana Silva"))));
        ben = must(j().addColleague(test::makeColleague(QStringLiteral("Ben Okafor"))));
        auto lunch = test::fullInteraction("2025-03-10", {ben, ana});
        lunch.notes = QStringLiteral("<b>Lisbon</b> trip\nAsk about the kids");
        ids.append(must(j().logInteraction(lunch)));
        ids.append(must(j().logInteraction(test::makeInteraction("2025-03-10", {ana}, InteractionKind::Coffee, 5))));
        ids.append(must(j().logInteraction(test::makeInteraction("2025-03-12", {ben}, InteractionKind::HelpGiven))));
        ids.append(must(j().logInteraction(test::makeInteraction("2025-02-01", {ana}, InteractionKind::Tension, 2))));
        ids.append(must(j().logInteraction(test::makeInteraction("2025-03-14", {ben}, InteractionKind::Greeting))));
    }

    void generated()
    {
        core::SyntheticOptions options;
        options.interactions = 20'000;
        options.colleagues = 60;
        options.seed = 20250315;
        options.today = journal.clock().today();
        must(core::generateSyntheticJournal(j().database(), options), "generate");
    }

    void show(JournalPage &page)
    {
        page.resize(1000, 600);
        page.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
        QCoreApplication::processEvents();
    }

    test::TempJournal journal;
    Id ana = 0, ben = 0;
    QList<Id> ids;
};

TEST_F(JournalPageTest, ModelPassesTheTesterThroughChanges)
{
    handMade();
    JournalModel model(j());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(modelIds(model), (QList<Id>{ids[4], ids[2], ids[1], ids[0], ids[3]}));
    EXPECT_TRUE(model.allLoaded());
    EXPECT_EQ(model.matchCount(), 5);

    const QModelIndex lunch = model.index(3, 0);
    EXPECT_EQ(model.index(3, JournalModel::WithColumn).data().toString(), QStringLiteral("Ana Silva, Ben Okafor"));
    EXPECT_EQ(model.index(3, JournalModel::KindColumn).data().toString(), core::label(InteractionKind::Meal));
    EXPECT_EQ(model.index(3, JournalModel::ChannelColumn).data().toString(), core::label(core::Channel::InPerson));
    EXPECT_EQ(model.index(3, JournalModel::QualityColumn).data().toString(), QString(4, QChar(0x2605)));
    EXPECT_EQ(model.index(3, JournalModel::NotesColumn).data().toString(), QStringLiteral("<b>Lisbon</b> trip") + QChar(0x2026));
    EXPECT_TRUE(model.index(3, JournalModel::DateColumn).data().toString().contains(QStringLiteral("12:35")));
    EXPECT_EQ(lunch.data(JournalModel::DateRole).toDate(), date("2025-03-10"));
    EXPECT_EQ(lunch.data(JournalModel::NotesRole).toString(), QStringLiteral("<b>Lisbon</b> trip\nAsk about the kids"));
    // The tooltip is the notes as plain text: markup shows as typed.
    const QString tip = lunch.data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(QStringLiteral("&lt;b&gt;Lisbon&lt;/b&gt; trip\nAsk about the kids"))) << tip.toStdString();
    EXPECT_TRUE(model.index(1, JournalModel::QualityColumn).data().toString().isEmpty());

    // Every kind of change arrives through Journal::changed, as row moves the tester checks.
    core::Interaction newest = test::makeInteraction("2025-03-15", {ana}, InteractionKind::Celebration);
    const Id added = must(j().logInteraction(newest));
    EXPECT_EQ(model.idAt(0), added);
    auto moved = must(j().repositories().interactions.find(ids[3])).value();
    moved.date = date("2025-03-13");
    must(j().updateInteraction(moved));
    EXPECT_EQ(model.rowOf(ids[3]), 2);
    must(j().deleteInteraction(ids[1]));
    EXPECT_EQ(model.rowOf(ids[1]), -1);
    must(j().undoStack().undo());
    must(j().undoStack().undo());
    EXPECT_EQ(modelIds(model), (QList<Id>{added, ids[4], ids[2], ids[1], ids[0], ids[3]}));

    model.setFilter({.colleagueId = ben});
    EXPECT_EQ(modelIds(model), (QList<Id>{ids[4], ids[2], ids[0]}));
    model.setFilter({.text = QStringLiteral("LISBON")});
    EXPECT_EQ(modelIds(model), QList<Id>{ids[0]});
    EXPECT_FALSE(model.matchCount().has_value() && *model.matchCount() != 1);
}

TEST_F(JournalPageTest, LargeJournalLoadsAPageAtATime)
{
    generated();
    JournalPage page(j());
    show(page);
    auto *model = page.model();
    EXPECT_EQ(model->rowCount(), JournalModel::kPageSize); // one page fills the view
    EXPECT_EQ(model->matchCount(), 20'000);
    const auto *count = page.findChild<QLabel *>(QStringLiteral("journalCount"));
    ASSERT_NE(count, nullptr);
    EXPECT_TRUE(count->text().contains(QStringLiteral("of 20,000"))) << count->text().toStdString();

    for (int i = 0; i < 3; ++i) {
        page.view()->scrollToBottom();
        QCoreApplication::processEvents();
    }
    const int loaded = model->rowCount();
    EXPECT_GT(loaded, JournalModel::kPageSize);
    EXPECT_LE(loaded, JournalModel::kPageSize * 4); // a page a scroll, never the table
    EXPECT_FALSE(model->allLoaded());
    EXPECT_EQ(modelIds(*model), coreIds(j(), {}, loaded));
    EXPECT_TRUE(count->text().contains(QLocale().toString(loaded))) << count->text().toStdString();

    // A change reloads the pages already read, and no more.
    Id someone = 0;
    for (const auto &c : must(core::JournalQuery(j()).colleagues()))
        someone = c.archived ? someone : c.id;
    const Id newest = must(j().logInteraction(test::makeInteraction("2025-03-15", {someone}, InteractionKind::Coffee)));
    EXPECT_EQ(model->idAt(0), newest);
    EXPECT_EQ(model->rowCount(), loaded + 1);
    EXPECT_EQ(modelIds(*model), coreIds(j(), {}, loaded + 1));
}

TEST_F(JournalPageTest, ModelPassesTheTesterOnALargeJournal)
{
    generated();
    JournalModel model(j());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    for (int i = 0; i < 3; ++i)
        model.fetchMore({});
    const int loaded = model.rowCount();
    EXPECT_LT(loaded, 20'000);
    must(j().deleteInteraction(model.idAt(5)));
    must(j().undoStack().undo());
    EXPECT_EQ(modelIds(model), coreIds(j(), {}, loaded));
    model.setFilter({.kind = InteractionKind::Meal});
    model.fetchMore({});
    EXPECT_EQ(modelIds(model), coreIds(j(), {.kind = InteractionKind::Meal}, model.rowCount()));
}

TEST_F(JournalPageTest, FiltersNarrowTheRowsLikeTheCoreQuery)
{
    generated();
    JournalPage page(j());
    show(page);
    auto *model = page.model();
    auto *kind = page.findChild<QComboBox *>(QStringLiteral("kindFilter"));
    auto *colleague = page.findChild<QComboBox *>(QStringLiteral("colleagueFilter"));
    auto *from = page.findChild<QDateEdit *>(QStringLiteral("fromFilter"));
    auto *to = page.findChild<QDateEdit *>(QStringLiteral("toFilter"));
    auto *search = page.findChild<QLineEdit *>(QStringLiteral("journalSearch"));
    ASSERT_TRUE(kind && colleague && from && to && search);
    EXPECT_EQ(kind->count(), 1 + core::kInteractionKindCount);
    EXPECT_EQ(kind->itemText(0), QStringLiteral("All kinds"));
    EXPECT_EQ(colleague->itemText(0), QStringLiteral("Everyone"));
    EXPECT_EQ(search->placeholderText(), QStringLiteral("Search notes"));

    const auto expectMatchesCore = [&](const InteractionFilter &expected) {
        EXPECT_EQ(page.filter(), expected);
        EXPECT_EQ(model->filter(), expected);
        const int rows = model->rowCount();
        EXPECT_LE(rows, JournalModel::kPageSize * 2);
        EXPECT_EQ(modelIds(*model), coreIds(j(), expected, rows));
    };

    kind->setCurrentIndex(kind->findData(static_cast<int>(InteractionKind::Coffee)));
    InteractionFilter expected{.kind = InteractionKind::Coffee};
    expectMatchesCore(expected);
    for (int row = 0; row < model->rowCount(); ++row)
        EXPECT_EQ(model->index(row, 0).data(JournalModel::KindRole).toInt(), static_cast<int>(InteractionKind::Coffee));

    colleague->setCurrentIndex(1);
    expected.colleagueId = colleague->itemData(1).toLongLong();
    expectMatchesCore(expected);
    EXPECT_GT(model->rowCount(), 0);
    for (int row = 0; row < model->rowCount(); ++row)
        EXPECT_TRUE(model->index(row, 0).data(JournalModel::ParticipantsRole).value<QList<Id>>().contains(*expected.colleagueId));

    from->setDate(date("2024-06-01"));
    to->setDate(date("2024-12-31"));
    expected.from = date("2024-06-01");
    expected.to = date("2024-12-31");
    expectMatchesCore(expected);

    // The search waits for a pause in typing.
    kind->setCurrentIndex(0);
    colleague->setCurrentIndex(0);
    QString word;
    for (int row = 0; row < model->rowCount() && word.isEmpty(); ++row)
        word = model->index(row, 0).data(JournalModel::NotesRole).toString().section(QLatin1Char(' '), 0, 0);
    ASSERT_FALSE(word.isEmpty());
    search->setText(word.toUpper());
    EXPECT_TRUE(model->filter().text.isEmpty());
    QTest::qWait(400);
    expectMatchesCore({.from = expected.from, .to = expected.to, .text = word.toUpper()});
    EXPECT_GT(model->rowCount(), 0);

    auto *stack = page.findChild<QStackedWidget *>();
    auto *empty = page.findChild<QLabel *>(QStringLiteral("journalEmptyState"));
    search->setText(QStringLiteral("no note says 100%_this"));
    QTest::keyClick(search, Qt::Key_Return);
    EXPECT_EQ(model->rowCount(), 0);
    EXPECT_EQ(stack->currentWidget(), empty);
    EXPECT_EQ(empty->text(), QStringLiteral("No interaction matches these filters."));

    page.clearFilters();
    expectMatchesCore({});
    EXPECT_EQ(stack->currentWidget(), page.view());
    EXPECT_EQ(from->text(), QStringLiteral("any"));
}

TEST_F(JournalPageTest, DeleteKeyDeletesAndUndoBringsItBack)
{
    handMade();
    JournalPage page(j());
    show(page);
    QSignalSpy status(&page, &JournalPage::statusMessage);
    page.view()->setCurrentIndex(page.model()->index(1, 0));
    QTest::keyClick(page.view(), Qt::Key_Delete);
    EXPECT_EQ(page.model()->rowOf(ids[2]), -1);
    EXPECT_EQ(page.model()->rowCount(), 4);
    ASSERT_EQ(status.count(), 1);
    EXPECT_EQ(status.first().first().toString(), QStringLiteral("Deleted; Ctrl+Z brings it back"));
    EXPECT_EQ(page.view()->currentIndex().row(), 1); // the next one is selected
    must(j().undoStack().undo());
    EXPECT_EQ(page.model()->rowOf(ids[2]), 1);
}

TEST_F(JournalPageTest, EnterActivatesAndCtrlFFocusesSearch)
{
    handMade();
    JournalPage page(j());
    show(page);
    QSignalSpy activated(&page, &JournalPage::interactionActivated);
    page.view()->setCurrentIndex(page.model()->index(2, 0));
    QTest::keyClick(page.view(), Qt::Key_Return);
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.first().first().value<Id>(), ids[1]);

    page.focusSearch();
    EXPECT_EQ(page.focusWidget(), page.findChild<QLineEdit *>(QStringLiteral("journalSearch")));
}

TEST_F(JournalPageTest, EmptyJournalSaysWhatToDo)
{
    JournalPage page(j());
    show(page);
    auto *empty = page.findChild<QLabel *>(QStringLiteral("journalEmptyState"));
    EXPECT_EQ(page.findChild<QStackedWidget *>()->currentWidget(), empty);
    EXPECT_EQ(empty->text(), QStringLiteral("Nothing logged yet. Press Ctrl+L to log a conversation."));

    // A deleted colleague's filter falls back to everyone; archived ones are marked.
    handMade();
    EXPECT_EQ(page.findChild<QStackedWidget *>()->currentWidget(), page.view());
    must(j().setArchived(ben, true));
    auto *colleague = page.findChild<QComboBox *>(QStringLiteral("colleagueFilter"));
    EXPECT_EQ(colleague->itemText(colleague->findData(ben)), QStringLiteral("Ben Okafor (archived)"));
    colleague->setCurrentIndex(colleague->findData(ben));
    EXPECT_EQ(page.model()->rowCount(), 3);
    must(j().deleteColleague(ben));
    EXPECT_EQ(colleague->currentIndex(), 0);
    EXPECT_FALSE(page.model()->filter().colleagueId.has_value());
}

} // namespace
} // namespace rapport::ui
