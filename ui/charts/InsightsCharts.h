#pragma once

#include "ChartStyle.h"
#include "services/Insights.h"

#include <QCoreApplication>

class QChart;

namespace rapport::ui {

// Turns the core's Insights series into chart objects, and does nothing else: every
// figure comes from core::loadInsights. Each builder returns a new chart for a ChartView
// to own, with a title, axes titled with their units, a legend, a tooltip with the exact
// value on hover, and a message in place of the plot when there is nothing to show.
// Months are categories oldest first; line points sit at the month's index.
class InsightsCharts final
{
    Q_DECLARE_TR_FUNCTIONS(InsightsCharts)

public:
    // Interactions per month, one stacked bar set per kind that occurs in the range.
    static QChart *interactions(const core::InsightsSeries &series, const ChartStyle &style);
    // Monthly consistency as a line on a 0-100 % axis; months without a value are gaps.
    static QChart *consistency(const core::InsightsSeries &series, const ChartStyle &style);
    // Thanks given and received per month, side by side.
    static QChart *gratitude(const core::InsightsSeries &series, const ChartStyle &style);
    // Promise reliability per month as a line on a 0-100 % axis.
    static QChart *reliability(const core::InsightsSeries &series, const ChartStyle &style);
    // Breadth per month (for one colleague: whether you were in touch).
    static QChart *breadth(const core::InsightsSeries &series, const ChartStyle &style);
    // Support balance per colleague as sorted horizontal bars on 0-1, 0.5 marked.
    static QChart *supportBalance(const core::InsightsSeries &series, const ChartStyle &style);

    // "Mar 25" under a bar; "March 2025" in a tooltip.
    static QString monthLabel(core::Day first);
    static QString monthName(core::Day first);
    // "77.4 %", as `rapport-cli stats` rounds a ratio.
    static QString percent(double ratio);
    // Sentences shown under the charts.
    static QString consistencyRule(const core::InsightsSeries &series);
    static QString reliabilityRule();
    static QString breadthRule(const core::InsightsSeries &series);
    static QString balanceRule(const core::InsightsSeries &series);
};

} // namespace rapport::ui
