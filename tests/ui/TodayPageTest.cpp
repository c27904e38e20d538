// The Today page: what is due, as a model under Qt's tester, and where Enter leads.
#include "TestSupport.h"
#include "models/DueListModel.h"
#include "pages/TodayPage.h"
#include "services/Journal.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QListView>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>

namespace rapport::ui {
namespace {

using test::date;
using test::must;

class TodayPageTest : public ::testing::Test
{
protected:
    TodayPageTest() : m_journal(date("2025-03-15")) {}

    core::Id colleague(const char *name, int cadence, const char *since)
    {
        core::Colleague c;
        c.name = QString::fromUtf8(name);
        c.cadenceDays = cadence;
        c.trackedSince = date(since);
        return must(m_journal->addColleague(c));
    }

    test::TempJournal m_journal;
};

TEST_F(TodayPageTest, ListsWhatIsDueAndLeadsToQuickLogOrTheCard)
{
    // Ana: tracked since 1 March, weekly, no contact: due 8 March, 7 days overdue.
    const core::Id ana = colleague("Ana Silva", 7, "2025-03-01");
    const core::Id ben = colleague("Ben Okafor", 0, "2025-01-01");
    core::FollowUp f;
    f.colleagueId = ben;
    f.what = QStringLiteral("ask how the move went");
    f.dueOn = date("2025-03-15");
    must(m_journal->addFollowUp(f));

    TodayPage page(m_journal.journal());
    auto *view = page.findChild<QListView *>();
    ASSERT_NE(view, nullptr);
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(view->model()->rowCount(), 2);
    EXPECT_EQ(view->model()->index(0, 0).data().toString(), QStringLiteral("Touch base with Ana Silva — 7 days overdue"));
    EXPECT_EQ(view->model()->index(1, 0).data().toString(), QStringLiteral("Follow up with Ben Okafor: ask how the move went"));

    QSignalSpy logs(&page, &TodayPage::logRequested);
    QSignalSpy cards(&page, &TodayPage::colleagueRequested);
    Q_EMIT view->activated(view->model()->index(0, 0));
    Q_EMIT view->activated(view->model()->index(1, 0));
    ASSERT_EQ(logs.count(), 1);
    EXPECT_EQ(logs.at(0).at(0).toLongLong(), ana);
    ASSERT_EQ(cards.count(), 1);
    EXPECT_EQ(cards.at(0).at(0).toLongLong(), ben);

    // A conversation logged today clears Ana's touchbase; the page follows the journal.
    core::Interaction coffee;
    coffee.date = date("2025-03-15");
    coffee.kind = core::InteractionKind::Coffee;
    coffee.participants = {ana};
    must(m_journal->logInteraction(coffee));
    ASSERT_EQ(view->model()->rowCount(), 1);
    auto *latest = page.findChild<QListWidget *>();
    ASSERT_NE(latest, nullptr);
    ASSERT_EQ(latest->count(), 1);
    EXPECT_EQ(latest->item(0)->text(), QStringLiteral("Today · Coffee chat with Ana Silva"));

    must(m_journal->undoStack().undo());
    EXPECT_EQ(view->model()->rowCount(), 2);
    EXPECT_EQ(latest->count(), 0);
}

} // namespace
} // namespace rapport::ui
