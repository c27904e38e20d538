// The Insights page driven through its controls on the hand-made journal of
// InsightsJournal.h (range and colleague choices, a change to the journal, stale
// results dropped, the empty state, the reflowing grid), and the profile card's charts.

#include "pages/InsightsPage.h"

#include "InsightsJournal.h"
#include "TestSupport.h"
#include "charts/ChartStyle.h"
#include "charts/ChartView.h"
#include "charts/ProfileCharts.h"
#include "pages/insights/ChartGrid.h"
#include "services/Stats.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTest>
#include <QWheelEvent>

#include <gtest/gtest.h>

namespace rapport::ui {
namespace {

using test::date;
using test::must;

QList<qreal> valuesOf(const QBarSet *set)
{
    QList<qreal> values;
    for (int i = 0; i < set->count(); ++i)
        values << set->at(i);
    return values;
}

QBarSet *firstSet(const ChartView *view)
{
    for (QAbstractSeries *s : view->chart()->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s); bars && bars->count() > 0)
            return bars->barSets().first();
    }
    return nullptr;
}

QStringList monthsOf(const ChartView *view)
{
    const auto axes = view->chart()->axes(Qt::Horizontal);
    auto *months = axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis *>(axes.first());
    return months ? months->categories() : QStringList();
}

class InsightsPageTest : public ::testing::Test
{
protected:
    void SetUp() override { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void makePage(bool fill = true)
    {
        if (fill)
            ids = test::fillInsightsJournal(journal.journal());
        page = std::make_unique<InsightsPage>(journal.journal());
        page->resize(1100, 800);
        page->show();
        spy = std::make_unique<QSignalSpy>(page.get(), &InsightsPage::chartsUpdated);
        settle();
    }
    // Waits until the page shows the newest series.
    void settle()
    {
        ASSERT_TRUE(QTest::qWaitFor([this] { return !page->isLoading() && page->series(); }, 10'000));
        QCoreApplication::processEvents();
    }
    ChartView *view(InsightsPage::Chart chart) const { return page->chartView(chart); }
    QComboBox *combo(const char *name) const { return page->findChild<QComboBox *>(QLatin1String(name)); }

    test::TempJournal journal { date("2025-03-15") };
    test::InsightsJournal ids;
    std::unique_ptr<InsightsPage> page;
    std::unique_ptr<QSignalSpy> spy;
};

TEST_F(InsightsPageTest, ShowsTwelveMonthsOfEveryoneFirst)
{
    makePage();
    EXPECT_FALSE(page->showsEmptyState());
    const QStringList months = monthsOf(view(InsightsPage::Breadth));
    ASSERT_EQ(months.size(), 12);
    EXPECT_EQ(months.first(), QStringLiteral("Apr 24"));
    EXPECT_EQ(months.last(), QStringLiteral("Mar 25"));
    // Dec: Ana; Jan: Ana, Ben; Feb: Ana, Ben, Cleo; Mar: Ana, Ben.
    EXPECT_EQ(valuesOf(firstSet(view(InsightsPage::Breadth))), (QList<qreal> { 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 2 }));
    // What the charts show is what `rapport-cli stats` computes for the same day.
    const core::StatsReport stats = must(core::computeStats(journal.db(), date("2025-03-15"), 12));
    QList<qreal> interactions;
    for (const core::MonthFigures &m : stats.months)
        interactions << m.interactions;
    QList<qreal> stacked(12, 0);
    for (QAbstractSeries *s : view(InsightsPage::Interactions)->chart()->series()) {
        for (QBarSet *set : static_cast<QStackedBarSeries *>(s)->barSets()) {
            for (int i = 0; i < 12; ++i)
                stacked[i] += set->at(i);
        }
    }
    EXPECT_EQ(stacked, interactions);
    for (int c = 0; c < InsightsPage::ChartCount; ++c)
        EXPECT_FALSE(view(InsightsPage::Chart(c))->chart()->title().isEmpty()) << c;
}

TEST_F(InsightsPageTest, RangeAndColleagueChoicesRedrawTheCharts)
{
    makePage();
    combo("insightsRange")->setCurrentIndex(0); // 6 months
    settle();
    EXPECT_EQ(monthsOf(view(InsightsPage::Gratitude)).size(), 6);
    EXPECT_EQ(page->series()->request.months, 6);

    combo("insightsRange")->setCurrentIndex(3); // all: from December 2024
    settle();
    EXPECT_EQ(monthsOf(view(InsightsPage::Gratitude)),
        (QStringList {
            QStringLiteral("Dec 24"), QStringLiteral("Jan 25"), QStringLiteral("Feb 25"), QStringLiteral("Mar 25") }));

    QComboBox *who = combo("insightsColleague");
    ASSERT_NE(who, nullptr);
    EXPECT_EQ(who->itemText(0), QStringLiteral("Everyone"));
    EXPECT_GE(who->findText(QStringLiteral("Cleo Park (archived)")), 0);
    who->setCurrentIndex(who->findData(ids.ana));
    settle();
    EXPECT_EQ(page->series()->request.colleague, ids.ana);
    EXPECT_EQ(valuesOf(firstSet(view(InsightsPage::Breadth))), (QList<qreal> { 1, 1, 1, 1 }));
    EXPECT_TRUE(view(InsightsPage::Consistency)->chart()->title().endsWith(QStringLiteral("Ana Silva")));
    auto *balance = firstSet(view(InsightsPage::Balance));
    ASSERT_NE(balance, nullptr);
    EXPECT_EQ(valuesOf(balance), (QList<qreal> { 2.0 / 3.0 })); // Dec - Mar: given twice, received once

    page->showColleague(0);
    settle();
    EXPECT_FALSE(page->series()->request.colleague);
}

TEST_F(InsightsPageTest, AChangeToTheJournalUpdatesTheOpenPage)
{
    makePage();
    const int before = spy->count();
    must(journal->logInteraction(
        test::makeInteraction("2025-03-15", { ids.ben, ids.cleo }, core::InteractionKind::Greeting)));
    ASSERT_TRUE(QTest::qWaitFor([&] { return spy->count() > before && !page->isLoading(); }, 10'000));
    EXPECT_EQ(page->series()->months.back().interactions, 3);
    EXPECT_EQ(page->series()->months.back().breadth, 3); // Ben, Cleo and Ana
    EXPECT_EQ(page->series()->months.back().byKind[std::size_t(core::InteractionKind::Greeting)], 1);
}

TEST_F(InsightsPageTest, OnlyTheNewestOfQuickChoicesIsShown)
{
    makePage();
    spy->clear();
    combo("insightsRange")->setCurrentIndex(0);
    combo("insightsRange")->setCurrentIndex(2);
    combo("insightsRange")->setCurrentIndex(0);
    combo("insightsRange")->setCurrentIndex(2); // 24 months
    settle();
    QTest::qWait(50); // any late result would arrive now
    EXPECT_EQ(monthsOf(view(InsightsPage::Interactions)).size(), 24);
    // The first request ran; the three after it collapsed into one.
    EXPECT_LE(spy->count(), 2);
    EXPECT_EQ(page->series()->request.months, 24);
}

TEST_F(InsightsPageTest, AnEmptyJournalSaysWhatToDoNext)
{
    makePage(false);
    EXPECT_TRUE(page->showsEmptyState());
    EXPECT_TRUE(page->emptyStateText().contains(QStringLiteral("Ctrl+N"))) << page->emptyStateText().toStdString();
    must(journal->addColleague(test::makeColleague(QStringLiteral("Dee Moss"))));
    must(journal->logInteraction(test::makeInteraction("2025-03-14", { 1 }, core::InteractionKind::Coffee)));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page->showsEmptyState(); }, 10'000));
}

TEST_F(InsightsPageTest, TheGridHasOneColumnInANarrowWindow)
{
    makePage();
    auto *grid = page->findChild<ChartGrid *>();
    ASSERT_NE(grid, nullptr);
    EXPECT_EQ(grid->columns(), 2);
    page->resize(520, 800);
    QTest::qWait(20);
    EXPECT_EQ(grid->columns(), 1);
    EXPECT_EQ(page->currentChart(), view(InsightsPage::Interactions));
    view(InsightsPage::Gratitude)->setFocus();
    EXPECT_EQ(page->currentChart(), view(InsightsPage::Gratitude));
}

TEST_F(InsightsPageTest, TheWheelOverAChartScrollsThePage)
{
    makePage();
    page->resize(900, 400);
    QTest::qWait(20);
    auto *scroll = page->findChild<QScrollArea *>(QStringLiteral("insightsScroll"));
    ASSERT_NE(scroll, nullptr);
    ASSERT_GT(scroll->verticalScrollBar()->maximum(), 0);
    EXPECT_EQ(scroll->verticalScrollBar()->value(), 0);
    ChartView *chart = view(InsightsPage::Interactions);
    const QPointF at(50, 50);
    QWheelEvent wheel(at, chart->viewport()->mapToGlobal(at.toPoint()), QPoint(), QPoint(0, -120), Qt::NoButton,
        Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(chart->viewport(), &wheel);
    EXPECT_GT(scroll->verticalScrollBar()->value(), 0);
}

TEST(ProfileChartsTest, ContactDaysAndHealthPartsOfOneColleague)
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    test::TempJournal journal(date("2025-03-15"));
    const test::InsightsJournal ids = test::fillInsightsJournal(journal.journal());
    ProfileCharts charts(journal.journal());
    charts.setColleague(ids.ana);
    ASSERT_NE(charts.series(), nullptr);

    QBarSet *days = firstSet(charts.contactDaysView());
    ASSERT_NE(days, nullptr);
    EXPECT_EQ(valuesOf(days), (QList<qreal> { 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 2, 1 }));
    EXPECT_EQ(monthsOf(charts.contactDaysView()).last(), QStringLiteral("Mar 25"));

    const core::ColleagueFigures figures
        = must(core::computeColleagueFigures(journal.db(), ids.ana, date("2025-03-15")));
    const core::metrics::HealthParts &h = figures.health;
    QBarSet *parts = firstSet(charts.healthView());
    ASSERT_NE(parts, nullptr);
    // Bottom to top: promises, give and take, warmth, consistency, recency.
    EXPECT_EQ(valuesOf(parts),
        (QList<qreal> {
            h.promises.value_or(0), h.balance.value_or(0), h.warmth.value_or(0), h.consistency, h.recency }));
    auto *names = qobject_cast<QBarCategoryAxis *>(charts.healthView()->chart()->axes(Qt::Vertical).first());
    ASSERT_NE(names, nullptr);
    // No conversation with Ana was rated: warmth is left out of her score.
    const auto two = [](double v) { return QLocale().toString(v, 'f', 2); };
    EXPECT_EQ(names->categories(),
        (QStringList { QStringLiteral("Promises (%1)").arg(two(*h.promises)),
            QStringLiteral("Give and take (%1)").arg(two(*h.balance)), QStringLiteral("Warmth (left out)"),
            QStringLiteral("Consistency (%1)").arg(two(h.consistency)),
            QStringLiteral("Recency (%1)").arg(two(h.recency)) }));
    EXPECT_EQ(charts.healthView()->chart()->title(), QStringLiteral("Health %1: its parts").arg(h.score));

    // A new contact day this month shows at once.
    charts.show();
    must(journal->addGratitude(test::makeGratitude(ids.ana, "2025-03-15")));
    EXPECT_EQ(firstSet(charts.contactDaysView())->at(11), 2);
}

} // namespace
} // namespace rapport::ui
