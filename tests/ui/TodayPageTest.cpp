// The Today page: what is due, as a model under Qt's tester; Done, Snooze and Dismiss on a
// due item with undo; the explained suggestions and their actions; the starters.
#include "TestSupport.h"
#include "models/DueListModel.h"
#include "pages/TodayPage.h"
#include "pages/today/DueActions.h"
#include "pages/today/Starters.h"
#include "pages/today/SuggestionsPanel.h"
#include "services/Journal.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSet>
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
    core::Id followUp(core::Id who, const QString &what)
    {
        core::FollowUp f;
        f.colleagueId = who;
        f.what = what;
        f.dueOn = date("2025-03-15");
        return must(m_journal->addFollowUp(f));
    }
    QStringList dueTexts(TodayPage &page)
    {
        QStringList texts;
        for (int row = 0; row < page.dueModel()->rowCount(); ++row)
            texts << page.dueModel()->index(row, 0).data().toString();
        return texts;
    }

    test::TempJournal m_journal;
};

TEST_F(TodayPageTest, ListsWhatIsDueAndFollowsTheJournal)
{
    // Ana: tracked since 1 March, weekly, no contact: due 8 March, 7 days overdue.
    const core::Id ana = colleague("Ana Silva", 7, "2025-03-01");
    const core::Id ben = colleague("Ben Okafor", 0, "2025-01-01");
    followUp(ben, QStringLiteral("ask how the move went"));

    TodayPage page(m_journal.journal());
    QAbstractItemModelTester tester(page.dueModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(dueTexts(page), (QStringList{QStringLiteral("Touch base with Ana Silva — 7 days overdue"),
                                           QStringLiteral("Follow up with Ben Okafor: ask how the move went")}));
    EXPECT_EQ(page.findChild<QLabel *>(QStringLiteral("todaySummary"))->text(),
              QStringLiteral("2 things to do today. One small action is enough to keep trust growing."));

    // Enter on a row is Done: the window opens Quick log for that item.
    QSignalSpy done(&page, &TodayPage::dueDoneRequested);
    Q_EMIT page.dueView()->activated(page.dueModel()->index(1, 0));
    ASSERT_EQ(done.count(), 1);
    const auto item = done.at(0).at(0).value<core::DueItem>();
    EXPECT_EQ(item.type, core::DueType::FollowUp);
    EXPECT_EQ(item.colleagueId, ben);

    // A conversation logged today clears Ana's touchbase; the page follows the journal.
    core::Interaction coffee;
    coffee.date = date("2025-03-15");
    coffee.kind = core::InteractionKind::Coffee;
    coffee.participants = {ana};
    must(m_journal->logInteraction(coffee));
    ASSERT_EQ(page.dueModel()->rowCount(), 1);
    auto *latest = page.findChild<QListWidget *>();
    ASSERT_NE(latest, nullptr);
    ASSERT_EQ(latest->count(), 1);
    EXPECT_EQ(latest->item(0)->text(), QStringLiteral("Today · Coffee chat with Ana Silva"));

    must(m_journal->undoStack().undo());
    EXPECT_EQ(page.dueModel()->rowCount(), 2);
    EXPECT_EQ(latest->count(), 0);
}

TEST_F(TodayPageTest, SnoozeAndDismissHideAnItemUndoablyAndTheNextOneWaitsUnderTheCursor)
{
    colleague("Ana Silva", 7, "2025-03-01");
    const core::Id ben = colleague("Ben Okafor", 0, "2025-01-01");
    followUp(ben, QStringLiteral("ask how the move went"));
    TodayPage page(m_journal.journal());
    page.show();
    page.dueView()->setCurrentIndex(page.dueModel()->index(0, 0));

    auto *snooze = page.findChild<QPushButton *>(QStringLiteral("dueSnooze"));
    ASSERT_TRUE(snooze && snooze->menu());
    const auto actions = snooze->menu()->actions();
    ASSERT_EQ(actions.size(), 3);
    EXPECT_EQ(actions.at(1)->text(), QStringLiteral("For a week"));
    actions.at(1)->trigger();
    EXPECT_EQ(dueTexts(page), QStringList{QStringLiteral("Follow up with Ben Okafor: ask how the move went")});
    EXPECT_EQ(must(core::dueItems(m_journal.db(), date("2025-03-21"))).size(), 1) << "still snoozed on the 21st";
    EXPECT_EQ(must(core::dueItems(m_journal.db(), date("2025-03-22"))).size(), 2) << "back a week later";
    EXPECT_EQ(page.dueModel()->itemAt(page.dueView()->currentIndex().row())->colleagueId, ben);

    page.findChild<QPushButton *>(QStringLiteral("dueDismiss"))->click();
    EXPECT_EQ(page.dueModel()->rowCount(), 0);
    EXPECT_FALSE(page.findChild<QPushButton *>(QStringLiteral("dueDone"))->isEnabled());

    must(m_journal->undoStack().undo());
    must(m_journal->undoStack().undo());
    EXPECT_EQ(page.dueModel()->rowCount(), 2);
}

TEST_F(TodayPageTest, SnoozeUntilAChosenDate)
{
    colleague("Ana Silva", 7, "2025-03-01");
    TodayPage page(m_journal.journal());
    page.dueView()->setCurrentIndex(page.dueModel()->index(0, 0));
    page.dueActions()->setDatePicker([](const QDate &suggested) {
        EXPECT_EQ(suggested, date("2025-03-18"));
        return std::optional<QDate>(date("2025-04-01"));
    });
    page.dueActions()->snoozeUntilChosenDate();
    EXPECT_EQ(page.dueModel()->rowCount(), 0);
    EXPECT_EQ(must(core::dueItems(m_journal.db(), date("2025-04-01"))).size(), 1);
}

TEST_F(TodayPageTest, SuggestionsSayWhyAndActInOneClick)
{
    const core::Id ana = colleague("Ana Silva", 7, "2025-03-01");
    const core::Id ben = colleague("Ben Okafor", 0, "2025-01-01");
    core::Interaction help;
    help.date = date("2025-03-12");
    help.kind = core::InteractionKind::HelpReceived;
    help.participants = {ben};
    must(m_journal->logInteraction(help));

    TodayPage page(m_journal.journal());
    const auto &found = page.suggestions()->suggestions();
    ASSERT_GE(found.size(), 2);
    QStringList titles, reasons;
    for (QLabel *label : page.suggestions()->findChildren<QLabel *>(QStringLiteral("suggestionTitle")))
        titles << label->text();
    for (QLabel *label : page.suggestions()->findChildren<QLabel *>(QStringLiteral("suggestionWhy")))
        reasons << label->text();
    EXPECT_TRUE(titles.contains(QStringLiteral("Thank Ben Okafor for their help"))) << titles.join(u'|').toStdString();
    EXPECT_TRUE(reasons.contains(QStringLiteral("They helped you 3 days ago, and you have not thanked them since.")));
    EXPECT_TRUE(titles.contains(QStringLiteral("Invite Ana Silva for a 10-minute coffee")));
    EXPECT_TRUE(reasons.contains(QStringLiteral("Your touchbase with them is 7 days overdue.")));

    QSignalSpy thanks(&page, &TodayPage::thankRequested);
    QSignalSpy logs(&page, &TodayPage::logRequested);
    for (QPushButton *b : page.suggestions()->findChildren<QPushButton *>(QStringLiteral("suggestionThank")))
        b->click();
    for (QPushButton *b : page.suggestions()->findChildren<QPushButton *>(QStringLiteral("suggestionLog")))
        b->click();
    ASSERT_EQ(thanks.count(), 1);
    EXPECT_EQ(thanks.at(0).at(0).toLongLong(), ben);
    ASSERT_EQ(logs.count(), 1);
    EXPECT_EQ(logs.at(0).at(0).toLongLong(), ana);
    EXPECT_EQ(logs.at(0).at(1).value<core::InteractionKind>(), core::InteractionKind::Coffee);

    // Dismiss takes the thanks away until Ctrl+Z; the click's own card goes later, safely.
    const qsizetype before = found.size();
    const auto dismissals = page.suggestions()->findChildren<QPushButton *>(QStringLiteral("suggestionDismiss"));
    dismissals.first()->click();
    EXPECT_EQ(page.suggestions()->suggestions().size(), before - 1);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_EQ(page.suggestions()->findChildren<QPushButton *>(QStringLiteral("suggestionDismiss")).size(), before - 1);
    must(m_journal->undoStack().undo());
    EXPECT_EQ(page.suggestions()->suggestions().size(), before);
}

TEST_F(TodayPageTest, OffersSomethingToSayFromFortyOrMoreCuratedPhrases)
{
    const QStringList all = Starters::all();
    EXPECT_GE(all.size(), 40);
    EXPECT_EQ(QSet<QString>(all.begin(), all.end()).size(), all.size());
    TodayPage page(m_journal.journal());
    const QString first = page.starter();
    EXPECT_EQ(first, all.at(Starters::indexFor(date("2025-03-15"))));
    page.findChild<QPushButton *>(QStringLiteral("anotherStarter"))->click();
    EXPECT_NE(page.starter(), first);
    EXPECT_TRUE(all.contains(page.starter()));
    EXPECT_NE(Starters::indexFor(date("2025-03-15")), Starters::indexFor(date("2025-03-16")));
}

} // namespace
} // namespace rapport::ui
