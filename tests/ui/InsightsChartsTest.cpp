// The chart builders of ui/charts on the hand-made journal of InsightsJournal.h: every
// series holds exactly the hand-computed values, with its axes, titles, tooltips and
// empty states; and saved charts open in independent tools (ImageMagick's identify for
// PNG, xmllint for SVG).

#include "charts/InsightsCharts.h"

#include "InsightsJournal.h"
#include "TestSupport.h"
#include "charts/ChartStyle.h"
#include "charts/ChartView.h"
#include "charts/FlowLegend.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QContextMenuEvent>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMenu>
#include <QProcess>
#include <QStackedBarSeries>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolTip>
#include <QValueAxis>

#include <gtest/gtest.h>

#include <memory>

namespace rapport::ui {
namespace {

using core::InteractionKind;
using test::date;
using test::must;

QList<qreal> valuesOf(const QBarSet *set)
{
    QList<qreal> values;
    for (int i = 0; i < set->count(); ++i)
        values << set->at(i);
    return values;
}

template<typename T> T *only(const QChart *chart)
{
    T *found = nullptr;
    for (QAbstractSeries *s : chart->series()) {
        if (auto *t = qobject_cast<T *>(s)) {
            EXPECT_EQ(found, nullptr) << "more than one series of the kind";
            found = t;
        }
    }
    EXPECT_NE(found, nullptr);
    return found;
}

template<typename T> T *axis(const QChart *chart, Qt::Orientation orientation)
{
    const auto axes = chart->axes(orientation);
    EXPECT_EQ(axes.size(), 1);
    return axes.isEmpty() ? nullptr : qobject_cast<T *>(axes.first());
}

// What a hover on `index` of `set` shows.
QString tipOf(QBarSet *set, int index)
{
    Q_EMIT set->hovered(true, index);
    const QString text = QToolTip::text();
    Q_EMIT set->hovered(false, index);
    return text;
}

class InsightsChartsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        ids = test::fillInsightsJournal(journal.journal());
    }
    core::InsightsSeries load(int months, std::optional<core::Id> colleague = {})
    {
        return must(
            core::loadInsights(journal.db(), { date("2025-03-15"), months, colleague, core::kInsightsBalanceLimit }));
    }
    // The chart, owned by the test.
    std::unique_ptr<QChart> build(
        QChart *(*builder)(const core::InsightsSeries &, const ChartStyle &), const core::InsightsSeries &series)
    {
        return std::unique_ptr<QChart>(builder(series, style));
    }

    test::TempJournal journal { date("2025-03-15") };
    test::InsightsJournal ids;
    ChartStyle style = ChartStyle::fromPalette(QApplication::palette(), QApplication::font());
};

TEST_F(InsightsChartsTest, InteractionsAreStackedByKindWithExactCounts)
{
    const auto chart = build(&InsightsCharts::interactions, load(3));
    EXPECT_EQ(chart->title(), QStringLiteral("Interactions per month, by kind"));
    auto *bars = only<QStackedBarSeries>(chart.get());
    ASSERT_NE(bars, nullptr);
    // Only the kinds that occur, in the enum's order, with the core's labels and colours.
    ASSERT_EQ(bars->count(), 4);
    const QList<InteractionKind> kinds { InteractionKind::Coffee, InteractionKind::Meal, InteractionKind::HelpGiven,
        InteractionKind::HelpReceived };
    const QList<QList<qreal>> values { { 1, 0, 1 }, { 1, 0, 0 }, { 1, 2, 0 }, { 0, 2, 1 } };
    for (int i = 0; i < 4; ++i) {
        EXPECT_EQ(bars->barSets()[i]->label(), core::label(kinds[i]));
        EXPECT_EQ(bars->barSets()[i]->color(), style.kindColor(kinds[i]));
        EXPECT_EQ(valuesOf(bars->barSets()[i]), values[i]) << i;
    }
    auto *months = axis<QBarCategoryAxis>(chart.get(), Qt::Horizontal);
    ASSERT_NE(months, nullptr);
    EXPECT_EQ(months->categories(),
        (QStringList { QStringLiteral("Jan 25"), QStringLiteral("Feb 25"), QStringLiteral("Mar 25") }));
    auto *counts = axis<QValueAxis>(chart.get(), Qt::Vertical);
    ASSERT_NE(counts, nullptr);
    EXPECT_EQ(counts->min(), 0);
    EXPECT_EQ(counts->max(), 4); // the busiest month, February, has 4
    EXPECT_EQ(counts->tickCount(), 5);
    EXPECT_EQ(counts->titleText(), QStringLiteral("Interactions (count)"));
    EXPECT_EQ(legendLabels(chart.get()),
        (QStringList { core::label(kinds[0]), core::label(kinds[1]), core::label(kinds[2]), core::label(kinds[3]) }));
    EXPECT_EQ(
        tipOf(bars->barSets()[2], 1), QStringLiteral("Help given, February 2025: 2 of 4 interactions that month"));
    EXPECT_TRUE(emptyText(chart.get()).isEmpty());
}

TEST_F(InsightsChartsTest, ConsistencyAndReliabilityArePercentLines)
{
    const core::InsightsSeries series = load(3);
    const auto consistency = build(&InsightsCharts::consistency, series);
    auto *line = only<QLineSeries>(consistency.get());
    ASSERT_NE(line, nullptr);
    ASSERT_EQ(line->count(), 3);
    EXPECT_EQ(line->at(0), QPointF(0, 24.0 / 31.0 * 100));
    EXPECT_EQ(line->at(1), QPointF(1, 9.0 / 28.0 * 100));
    EXPECT_EQ(line->at(2), QPointF(2, 2.0 / 15.0 * 100));
    auto *percent = axis<QValueAxis>(consistency.get(), Qt::Vertical);
    ASSERT_NE(percent, nullptr);
    // 0 to 100 %, with room for the points at either end; ticks every 20 from 0.
    EXPECT_EQ(percent->min(), -4);
    EXPECT_EQ(percent->max(), 104);
    EXPECT_EQ(percent->tickType(), QValueAxis::TicksDynamic);
    EXPECT_EQ(percent->tickAnchor(), 0);
    EXPECT_EQ(percent->tickInterval(), 20);
    EXPECT_EQ(percent->titleText(), QStringLiteral("Days on track (%)"));
    Q_EMIT line->hovered(QPointF(0.9, 40), true); // near February
    EXPECT_EQ(QToolTip::text(), QStringLiteral("February 2025: on track 32.1 % of the days"));
    QToolTip::hideText();

    const auto reliability = build(&InsightsCharts::reliability, series);
    auto *kept = only<QLineSeries>(reliability.get());
    ASSERT_NE(kept, nullptr);
    EXPECT_EQ(kept->points(), (QList<QPointF> { { 0, 100 }, { 1, 0 }, { 2, 50 } }));
    EXPECT_EQ(reliability->title(), QStringLiteral("Promises kept on time per month"));
}

TEST_F(InsightsChartsTest, MonthsWithoutAValueAreGapsWithOneLegendEntry)
{
    core::InsightsSeries series = load(3);
    series.months[1].consistency.reset();
    ChartView view; // legend markers are laid out once the chart is shown
    view.replaceChart(InsightsCharts::consistency(series, style));
    view.resize(500, 300);
    view.show();
    QChart *chart = view.chart();
    const auto lines = chart->series();
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(static_cast<QLineSeries *>(lines[0])->points(), (QList<QPointF> { { 0, 24.0 / 31.0 * 100 } }));
    EXPECT_EQ(static_cast<QLineSeries *>(lines[1])->points(), (QList<QPointF> { { 2, 2.0 / 15.0 * 100 } }));
    EXPECT_TRUE(chart->legend()->markers(lines[0]).first()->isVisible());
    EXPECT_FALSE(chart->legend()->markers(lines[1]).first()->isVisible());
}

TEST_F(InsightsChartsTest, GratitudeAndBreadthAreBarsPerMonth)
{
    const core::InsightsSeries series = load(3);
    const auto gratitude = build(&InsightsCharts::gratitude, series);
    auto *thanks = only<QBarSeries>(gratitude.get());
    ASSERT_NE(thanks, nullptr);
    ASSERT_EQ(thanks->count(), 2);
    EXPECT_EQ(thanks->barSets()[0]->label(), QStringLiteral("Given"));
    EXPECT_EQ(valuesOf(thanks->barSets()[0]), (QList<qreal> { 0, 1, 1 }));
    EXPECT_EQ(valuesOf(thanks->barSets()[1]), (QList<qreal> { 0, 0, 1 }));
    EXPECT_EQ(axis<QValueAxis>(gratitude.get(), Qt::Vertical)->max(), 1);
    EXPECT_EQ(tipOf(thanks->barSets()[1], 2), QStringLiteral("March 2025: you were thanked 1 time"));

    const auto breadth = build(&InsightsCharts::breadth, series);
    auto *people = only<QBarSeries>(breadth.get());
    ASSERT_NE(people, nullptr);
    EXPECT_EQ(valuesOf(people->barSets()[0]), (QList<qreal> { 2, 3, 2 }));
    EXPECT_EQ(axis<QValueAxis>(breadth.get(), Qt::Vertical)->max(), 3);
    EXPECT_EQ(tipOf(people->barSets()[0], 1), QStringLiteral("February 2025: in touch with 3 colleagues"));
}

TEST_F(InsightsChartsTest, SupportBalanceIsSortedBarsWithBalancedMarked)
{
    const auto chart = build(&InsightsCharts::supportBalance, load(3));
    auto *bars = only<QHorizontalBarSeries>(chart.get());
    ASSERT_NE(bars, nullptr);
    EXPECT_EQ(valuesOf(bars->barSets()[0]), (QList<qreal> { 0.5, 2.0 / 3.0 }));
    auto *who = axis<QBarCategoryAxis>(chart.get(), Qt::Vertical);
    ASSERT_NE(who, nullptr);
    EXPECT_EQ(
        who->categories(), (QStringList { QStringLiteral("Ana Silva (0.50)"), QStringLiteral("Ben Okafor (0.67)") }));
    auto *share = axis<QValueAxis>(chart.get(), Qt::Horizontal);
    ASSERT_NE(share, nullptr);
    EXPECT_EQ(share->min(), 0);
    EXPECT_EQ(share->max(), 1);
    auto *balanced = only<QLineSeries>(chart.get());
    ASSERT_NE(balanced, nullptr);
    EXPECT_EQ(balanced->points(), (QList<QPointF> { { 0.5, -0.5 }, { 0.5, 1.5 } }));
    EXPECT_EQ(balanced->name(), QStringLiteral("Balanced (0.5)"));
    EXPECT_EQ(tipOf(bars->barSets()[0], 1),
        QStringLiteral("Ben Okafor: 0.667 \u2014 you helped 2 times, they helped 1 time"));
}

TEST_F(InsightsChartsTest, OneColleagueIsNamedAndSaysWhyAChartIsEmpty)
{
    const core::InsightsSeries ben = load(3, ids.ben);
    const auto consistency = build(&InsightsCharts::consistency, ben);
    EXPECT_EQ(consistency->title(), QStringLiteral("Consistency per month \u2014 Ben Okafor"));
    EXPECT_TRUE(consistency->series().isEmpty());
    EXPECT_EQ(emptyText(consistency.get()),
        QStringLiteral("Ben Okafor has no touchbase cadence. Set one on the profile card to measure consistency."));
    const auto breadth = build(&InsightsCharts::breadth, ben);
    EXPECT_EQ(valuesOf(only<QBarSeries>(breadth.get())->barSets()[0]), (QList<qreal> { 1, 1, 1 }));
    EXPECT_EQ(axis<QValueAxis>(breadth.get(), Qt::Vertical)->max(), 1);
}

TEST_F(InsightsChartsTest, EveryChartOfAnEmptyRangeSaysSo)
{
    test::TempJournal empty(date("2025-03-15"));
    const auto series = must(core::loadInsights(empty.db(), { date("2025-03-15"), 6, {}, 30 }));
    for (auto builder : { &InsightsCharts::interactions, &InsightsCharts::consistency, &InsightsCharts::gratitude,
             &InsightsCharts::reliability, &InsightsCharts::breadth, &InsightsCharts::supportBalance }) {
        const auto chart = build(builder, series);
        EXPECT_FALSE(emptyText(chart.get()).isEmpty()) << chart->title().toStdString();
        EXPECT_EQ(chart->axes(Qt::Horizontal).size(), 1) << chart->title().toStdString();
    }
}

TEST_F(InsightsChartsTest, TheDarkPaletteGivesADarkChart)
{
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    const ChartStyle night = ChartStyle::fromPalette(dark, QApplication::font());
    EXPECT_TRUE(night.dark);
    EXPECT_FALSE(style.dark);
    const std::unique_ptr<QChart> chart(InsightsCharts::gratitude(load(3), night));
    EXPECT_EQ(chart->backgroundBrush().color(), QColor(0x1e, 0x1f, 0x22));
    EXPECT_EQ(chart->titleBrush().color(), QColor(0xe6, 0xe6, 0xe6));
    EXPECT_EQ(chart->axes(Qt::Vertical).first()->labelsBrush().color(), QColor(0xe6, 0xe6, 0xe6));
}

// identify (ImageMagick) or xmllint on `path`: exit status and output.
std::pair<int, QString> runTool(const QString &program, const QStringList &arguments)
{
    QProcess tool;
    tool.start(program, arguments);
    if (!tool.waitForFinished(30'000))
        return { -1, tool.errorString() };
    return { tool.exitCode(), QString::fromUtf8(tool.readAllStandardOutput() + tool.readAllStandardError()) };
}

TEST_F(InsightsChartsTest, SavedPngAndSvgOpenInOtherTools)
{
    ChartView view;
    view.replaceChart(InsightsCharts::gratitude(load(3), style));
    view.resize(640, 400);
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("thanks.png"));
    const QString svg = dir.filePath(QStringLiteral("thanks.svg"));
    must(saveChart(view, png));
    must(saveChart(view, svg));

    const auto [identified, format]
        = runTool(QStringLiteral("identify"), { QStringLiteral("-format"), QStringLiteral("%m %w %h"), png });
    EXPECT_EQ(identified, 0) << format.toStdString();
    const qreal ratio = view.devicePixelRatioF();
    EXPECT_EQ(format, QStringLiteral("PNG %1 %2").arg(qRound(640 * ratio)).arg(qRound(400 * ratio)));

    const auto [parsed, complaints] = runTool(QStringLiteral("xmllint"), { QStringLiteral("--noout"), svg });
    EXPECT_EQ(parsed, 0) << complaints.toStdString();
    QFile file(svg);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    EXPECT_TRUE(text.contains("<svg")) << "not an SVG drawing";
    EXPECT_TRUE(text.contains("Thanks per month")) << "the title is text in the drawing";

    // A folder that does not exist: an error, and nothing written.
    const auto failed = saveChart(view, dir.filePath(QStringLiteral("missing/thanks.png")));
    EXPECT_FALSE(failed);
    EXPECT_TRUE(failed.error().message.contains(QStringLiteral("missing")));
}

TEST_F(InsightsChartsTest, TheContextMenuOffersPngAndSvg)
{
    ChartView view;
    view.replaceChart(InsightsCharts::breadth(load(3), style));
    view.resize(500, 300);
    view.show();
    EXPECT_EQ(view.accessibleName(), QStringLiteral("Colleagues in touch per month"));
    EXPECT_EQ(view.suggestedFileName(ChartFormat::Svg), QStringLiteral("Colleagues in touch per month.svg"));
    QStringList offered;
    QTimer::singleShot(0, [&offered] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            for (QAction *action : menu->actions())
                offered << action->text();
            menu->close();
        }
    });
    QContextMenuEvent event(QContextMenuEvent::Keyboard, QPoint(10, 10), view.mapToGlobal(QPoint(10, 10)));
    QApplication::sendEvent(&view, &event);
    EXPECT_EQ(offered, (QStringList { QStringLiteral("Save as PNG\u2026"), QStringLiteral("Save as SVG\u2026") }));
}

} // namespace
} // namespace rapport::ui
