// The Promises page: its model under Qt's model tester, the quick entry row, Done and the
// reliability header, moving a due date (recorded, undoable), the state and direction
// filters on a hand-made journal, the keys and the empty state.

#include "TestSupport.h"

#include "dialogs/DialogSupport.h"
#include "dialogs/MoveDueDialog.h"
#include "models/PromiseModel.h"
#include "pages/PromiseEntry.h"
#include "pages/PromisesPage.h"

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

#include <algorithm>

namespace rapport::ui {
namespace {

using core::CommitmentDirection;
using core::CommitmentStatus;
using core::Id;
using core::PromiseState;
using test::date;
using test::must;

class PromisesPageTest : public ::testing::Test
{
protected:
    // Today is 2025-03-15.
    void SetUp() override
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        ana = must(j().addColleague(test::makeColleague(QStringLiteral("Ana Silva"))));
        ben = must(j().addColleague(test::makeColleague(QStringLiteral("Ben Okafor"))));
    }

    core::Journal &j() { return journal.journal(); }
    core::Commitment commitment(Id id) { return *must(journal.repos().commitments.find(id)); }

    void handMade()
    {
        overdue = must(j().addCommitment(test::makeCommitment(ana, "2025-03-01", "2025-03-10")));
        soon = must(j().addCommitment(test::makeCommitment(ben, "2025-03-01", "2025-03-18")));
        later = must(j().addCommitment(test::makeCommitment(ben, "2025-03-01", "2025-04-30", CommitmentDirection::Theirs)));
        done = must(j().addCommitment(test::makeCommitment(ana, "2025-02-01", "2025-03-05")));
        must(j().closeCommitment(done, CommitmentStatus::Done, date("2025-03-04")));
        dropped = must(j().addCommitment(test::makeCommitment(ben, "2025-02-01", "2025-03-01", CommitmentDirection::Theirs)));
        must(j().closeCommitment(dropped, CommitmentStatus::Dropped, date("2025-03-02")));
    }

    static QList<Id> ids(const PromiseModel &model)
    {
        QList<Id> out;
        for (int row = 0; row < model.rowCount(); ++row)
            out.append(model.index(row, 0).data(PromiseModel::IdRole).toLongLong());
        return out;
    }
    static void setState(PromisesPage &page, PromiseState state)
    {
        page.stateBox()->setCurrentIndex(page.stateBox()->findData(static_cast<int>(state)));
    }
    static QString cell(PromisesPage &page, Id id, int column)
    {
        return page.model()->index(page.model()->rowOf(id), column).data().toString();
    }

    test::TempJournal journal;
    Id ana = 0, ben = 0;
    Id overdue = 0, soon = 0, later = 0, done = 0, dropped = 0;
};

TEST_F(PromisesPageTest, ModelPassesTheModelTesterThroughChanges)
{
    handMade();
    PromisesPage page(j());
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    for (auto state : {PromiseState::All, PromiseState::Done, PromiseState::Overdue, PromiseState::Open})
        setState(page, state);
    page.select(soon);
    ASSERT_TRUE(page.closeSelected(CommitmentStatus::Done));
    must(j().undoStack().undo());
    must(j().deleteCommitment(later));
    EXPECT_EQ(page.model()->columnCount(), PromiseModel::ColumnCount);
    EXPECT_EQ(page.model()->headerData(PromiseModel::StateColumn, Qt::Horizontal).toString(), QStringLiteral("State"));
}

TEST_F(PromisesPageTest, RowsSayWhereEachPromiseStands)
{
    handMade();
    PromisesPage page(j());
    setState(page, PromiseState::All);
    EXPECT_EQ(ids(*page.model()), (QList<Id>{overdue, soon, later, done, dropped}));
    EXPECT_TRUE(cell(page, overdue, PromiseModel::StateColumn).startsWith(QStringLiteral("Overdue by 5 day")));
    EXPECT_TRUE(cell(page, soon, PromiseModel::StateColumn).startsWith(QStringLiteral("Open — due in 3 day")));
    EXPECT_EQ(cell(page, done, PromiseModel::StateColumn), QStringLiteral("Done 4 Mar (on time)"));
    EXPECT_EQ(cell(page, dropped, PromiseModel::StateColumn), QStringLiteral("Dropped 2 Mar"));
    EXPECT_EQ(cell(page, later, PromiseModel::ColleagueColumn), QStringLiteral("Ben Okafor"));
    EXPECT_EQ(cell(page, later, PromiseModel::DirectionColumn), QStringLiteral("Theirs"));
    EXPECT_EQ(cell(page, overdue, PromiseModel::WhatColumn), QStringLiteral("send the notes"));
}

TEST_F(PromisesPageTest, EntryRowRecordsAPromiseAndShowsErrorsBesideTheField)
{
    PromisesPage page(j());
    PromiseEntry *entry = page.entry();
    EXPECT_EQ(entry->dueEdit()->date(), date("2025-03-22"));

    entry->colleagueBox()->setEditText(QStringLiteral("nobody"));
    entry->whatEdit()->setText(QStringLiteral("Share the deck"));
    EXPECT_FALSE(entry->submit());
    EXPECT_FALSE(entry->errors().labelFor(QStringLiteral("colleague_id"))->isHidden());

    entry->colleagueBox()->setEditText(QStringLiteral("ana silva"));
    entry->whatEdit()->clear();
    EXPECT_FALSE(entry->submit());
    EXPECT_FALSE(entry->errors().labelFor(QStringLiteral("what"))->isHidden());
    EXPECT_TRUE(entry->errors().labelFor(QStringLiteral("colleague_id"))->isHidden());

    entry->whatEdit()->setText(QStringLiteral("  Share the <b>deck</b> "));
    entry->dueEdit()->setDate(date("2025-03-20"));
    entry->directionBox()->setCurrentIndex(entry->directionBox()->findData(static_cast<int>(CommitmentDirection::Theirs)));
    QSignalSpy status(&page, &PromisesPage::statusMessage);
    QTest::mouseClick(entry->addButton(), Qt::LeftButton);
    ASSERT_EQ(page.model()->rowCount(), 1);
    const core::Commitment added = commitment(page.model()->idAt(0));
    EXPECT_EQ(added.colleagueId, ana);
    EXPECT_EQ(added.what, QStringLiteral("Share the <b>deck</b>"));
    EXPECT_EQ(added.direction, CommitmentDirection::Theirs);
    EXPECT_EQ(added.madeOn, date("2025-03-15"));
    EXPECT_EQ(added.dueOn, date("2025-03-20"));
    EXPECT_EQ(added.status, CommitmentStatus::Open);
    EXPECT_TRUE(entry->whatEdit()->text().isEmpty());
    EXPECT_TRUE(entry->errors().labelFor(QStringLiteral("what"))->isHidden());
    EXPECT_EQ(status.count(), 1);
    EXPECT_EQ(page.selectedId(), added.id);

    must(j().undoStack().undo());
    EXPECT_EQ(page.model()->rowCount(), 0);
}

TEST_F(PromisesPageTest, DoneClosesTodayAndUpdatesTheReliability)
{
    PromisesPage empty(j());
    EXPECT_EQ(empty.reliabilityLabel()->text(), QStringLiteral("Kept on time: none yet this month · none yet over 12 months"));
    auto *emptyState = empty.findChild<QLabel *>(QStringLiteral("promisesEmptyState"));
    ASSERT_NE(emptyState, nullptr);
    EXPECT_EQ(empty.findChild<QStackedWidget *>()->currentWidget(), emptyState);

    handMade();
    PromisesPage page(j());
    // Mine closed this month: `done`, on time. `dropped` is theirs.
    EXPECT_EQ(page.reliabilityLabel()->text(), QStringLiteral("Kept on time: 1 of 1 this month · 100 % over 12 months"));
    page.select(overdue);
    auto *doneButton = page.findChild<QPushButton *>(QStringLiteral("markDone"));
    ASSERT_TRUE(doneButton->isEnabled());
    QTest::mouseClick(doneButton, Qt::LeftButton);
    const core::Commitment closed = commitment(overdue);
    EXPECT_EQ(closed.status, CommitmentStatus::Done);
    EXPECT_EQ(closed.closedOn, date("2025-03-15"));
    // Due the 10th, done the 15th: late.
    EXPECT_EQ(page.reliabilityLabel()->text(), QStringLiteral("Kept on time: 1 of 2 this month · 50 % over 12 months"));
    EXPECT_EQ(page.model()->rowOf(overdue), -1); // the Open list no longer shows it

    must(j().undoStack().undo());
    EXPECT_EQ(commitment(overdue).status, CommitmentStatus::Open);
    EXPECT_EQ(page.reliabilityLabel()->text(), QStringLiteral("Kept on time: 1 of 1 this month · 100 % over 12 months"));
    EXPECT_EQ(empty.reliabilityLabel()->text(), page.reliabilityLabel()->text());

    // D on the list marks done too; Reopen clears the date.
    setState(page, PromiseState::All);
    page.select(soon);
    QTest::keyClick(page.view(), Qt::Key_D);
    EXPECT_EQ(commitment(soon).status, CommitmentStatus::Done);
    EXPECT_EQ(page.selectedId(), soon);
    EXPECT_EQ(cell(page, soon, PromiseModel::StateColumn), QStringLiteral("Done 15 Mar (on time)"));
    page.reopen();
    EXPECT_EQ(commitment(soon).status, CommitmentStatus::Open);
    EXPECT_FALSE(commitment(soon).closedOn);
}

TEST_F(PromisesPageTest, MovingTheDueDateRecordsTheOldOneAndUndoes)
{
    handMade();
    PromisesPage page(j());
    page.select(soon);
    ASSERT_TRUE(page.moveSelected(date("2025-03-28")));
    core::Commitment moved = commitment(soon);
    EXPECT_EQ(moved.dueOn, date("2025-03-28"));
    ASSERT_EQ(moved.renegotiations.size(), 1);
    EXPECT_EQ(moved.renegotiations[0], (core::Renegotiation{date("2025-03-18"), date("2025-03-28"), date("2025-03-15")}));
    EXPECT_EQ(cell(page, soon, PromiseModel::MovedColumn), QStringLiteral("1"));
    EXPECT_EQ(page.selectedId(), soon);

    must(j().undoStack().undo());
    moved = commitment(soon);
    EXPECT_EQ(moved.dueOn, date("2025-03-18"));
    EXPECT_TRUE(moved.renegotiations.isEmpty());
    EXPECT_EQ(cell(page, soon, PromiseModel::MovedColumn), QString());

    MoveDueDialog dialog(QStringLiteral("review the plan"), date("2025-03-18"), date("2025-03-01"), date("2025-03-15"));
    EXPECT_EQ(dialog.newDue(), date("2025-03-25"));
    auto *hint = dialog.findChild<QLabel *>(QStringLiteral("moveHint"));
    ASSERT_NE(hint, nullptr);
    EXPECT_EQ(hint->text(), QStringLiteral("Telling them early, before the date passes, keeps their trust."));
}

TEST_F(PromisesPageTest, StateAndDirectionFiltersNarrowTheList)
{
    handMade();
    PromisesPage page(j());
    EXPECT_EQ(ids(*page.model()), (QList<Id>{overdue, soon, later}));
    setState(page, PromiseState::DueSoon);
    EXPECT_EQ(ids(*page.model()), (QList<Id>{soon}));
    setState(page, PromiseState::Overdue);
    EXPECT_EQ(ids(*page.model()), (QList<Id>{overdue}));
    setState(page, PromiseState::Done);
    EXPECT_EQ(ids(*page.model()), (QList<Id>{done}));
    setState(page, PromiseState::Dropped);
    EXPECT_EQ(ids(*page.model()), (QList<Id>{dropped}));
    setState(page, PromiseState::All);
    page.directionBox()->setCurrentIndex(page.directionBox()->findData(static_cast<int>(CommitmentDirection::Theirs)));
    EXPECT_EQ(ids(*page.model()), (QList<Id>{later, dropped}));
    page.directionBox()->setCurrentIndex(page.directionBox()->findData(static_cast<int>(CommitmentDirection::Mine)));
    EXPECT_EQ(ids(*page.model()), (QList<Id>{overdue, soon, done}));
    setState(page, PromiseState::Dropped);
    EXPECT_EQ(page.model()->rowCount(), 0);
    auto *emptyState = page.findChild<QLabel *>(QStringLiteral("promisesEmptyState"));
    EXPECT_EQ(page.findChild<QStackedWidget *>()->currentWidget(), emptyState);
    EXPECT_EQ(emptyState->text(), QStringLiteral("No promise matches these filters."));

    page.focusSearch();
    auto *search = page.findChild<QLineEdit *>(QStringLiteral("promiseSearch"));
    setState(page, PromiseState::All);
    page.directionBox()->setCurrentIndex(0);
    search->setText(QStringLiteral("okafor"));
    EXPECT_EQ(ids(*page.model()), (QList<Id>{soon, later, dropped}));
}

TEST_F(PromisesPageTest, DeleteKeyDeletesAndPromiseToPicksTheColleague)
{
    handMade();
    PromisesPage page(j());
    page.select(later);
    QTest::keyClick(page.view(), Qt::Key_Delete);
    EXPECT_FALSE(must(journal.repos().commitments.find(later)));
    must(j().undoStack().undo());
    EXPECT_TRUE(must(journal.repos().commitments.find(later)));
    EXPECT_NE(page.model()->rowOf(later), -1);

    page.promiseTo(ben);
    EXPECT_EQ(page.entry()->colleagueBox()->currentText(), QStringLiteral("Ben Okafor"));
}

} // namespace
} // namespace rapport::ui
