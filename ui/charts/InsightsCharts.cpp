#include "InsightsCharts.h"

#include "FlowLegend.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <functional>

namespace rapport::ui {
namespace {

using core::InsightsSeries;
using core::MonthFigures;
using Role = ChartStyle::Role;

// More months than this and the month labels start upright.
constexpr int kUprightLabelsAfter = 6;
constexpr double kPercentMargin = 4;

QChart *newChart(const QString &title, const InsightsSeries &series)
{
    auto *chart = new QChart;
    chart->setTitle(
        series.request.colleague ? InsightsCharts::tr("%1 \u2014 %2").arg(title, series.colleagueName) : title);
    return chart;
}

QBarCategoryAxis *monthAxis(QChart *chart, const InsightsSeries &series)
{
    auto *axis = new QBarCategoryAxis;
    QStringList labels;
    for (const MonthFigures &m : series.months)
        labels << InsightsCharts::monthLabel(m.first);
    axis->append(labels);
    axis->setTitleText(InsightsCharts::tr("Month"));
    // Upright to begin with when there are many; the view lays them flat if they fit.
    if (series.months.size() > std::size_t(kUprightLabelsAfter))
        axis->setLabelsAngle(-90);
    chart->addAxis(axis, Qt::AlignBottom);
    return axis;
}

QValueAxis *countAxis(QChart *chart, const QString &title, int max)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    setCountRange(axis, max);
    chart->addAxis(axis, Qt::AlignLeft);
    return axis;
}

// The tooltip of bar `index` of `set`, while the mouse is over it.
void tipOnHover(QBarSet *set, QChart *chart, std::function<QString(int)> text)
{
    QObject::connect(set, &QBarSet::hovered, chart,
        [text = std::move(text)](bool on, int index) { showChartTip(on, on ? text(index) : QString()); });
}

// A ratio per month as a line on a 0-100 % axis: one line per run of months that have a
// value (a month without one is a gap, not a zero), one legend entry for them all.
void ratioLines(QChart *chart, const InsightsSeries &series, std::optional<double> MonthFigures::*value,
    const QString &name, const QString &axisTitle, const QColor &color,
    const std::function<QString(const MonthFigures &, double)> &tip)
{
    QBarCategoryAxis *x = monthAxis(chart, series);
    auto *y = new QValueAxis;
    // A little room beyond 0 and 100 so points there are not cut in half; ticks stay on
    // the round twenties.
    y->setRange(-kPercentMargin, 100 + kPercentMargin);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(20);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(axisTitle);
    chart->addAxis(y, Qt::AlignLeft);

    QList<QLineSeries *> runs;
    QLineSeries *run = nullptr;
    for (std::size_t i = 0; i < series.months.size(); ++i) {
        const std::optional<double> v = series.months[i].*value;
        if (!v) {
            run = nullptr;
            continue;
        }
        if (!run) {
            run = new QLineSeries;
            run->setName(name);
            run->setPen(QPen(color, 2.5));
            run->setPointsVisible(true);
            run->setMarkerSize(7);
            runs << run;
        }
        run->append(double(i), *v * 100.0);
    }
    for (QLineSeries *line : runs) {
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
        QObject::connect(
            line, &QLineSeries::hovered, chart, [months = series.months, value, tip](const QPointF &p, bool on) {
                const auto i = std::size_t(std::clamp<qint64>(qRound64(p.x()), 0, qint64(months.size()) - 1));
                const std::optional<double> v = months[i].*value;
                showChartTip(on && v, v ? tip(months[i], *v) : QString());
            });
    }
    for (qsizetype i = 1; i < runs.size(); ++i) {
        for (QLegendMarker *marker : chart->legend()->markers(runs[i]))
            marker->setVisible(false);
    }
}

} // namespace

QString InsightsCharts::monthLabel(core::Day first)
{
    return QLocale().toString(core::fromDay(first), tr("MMM yy", "month under a bar"));
}

QString InsightsCharts::monthName(core::Day first)
{
    return QLocale().toString(core::fromDay(first), tr("MMMM yyyy", "month in a tooltip"));
}

QString InsightsCharts::percent(double ratio)
{
    return tr("%1 %").arg(QLocale().toString(ratio * 100.0, 'f', 1));
}

QChart *InsightsCharts::interactions(const InsightsSeries &series, const ChartStyle &style)
{
    QChart *chart = newChart(tr("Interactions per month, by kind"), series);
    auto *bars = new QStackedBarSeries;
    QList<LegendEntry> legend;
    int max = 0;
    for (const MonthFigures &m : series.months)
        max = std::max(max, m.interactions);
    for (int k = 0; k < core::kInteractionKindCount; ++k) {
        const auto kind = static_cast<core::InteractionKind>(k);
        const bool any = std::any_of(series.months.begin(), series.months.end(),
            [k](const MonthFigures &m) { return m.byKind[std::size_t(k)] > 0; });
        if (!any)
            continue; // a legend of fifteen kinds, most of them empty, helps no one
        QBarSet *set = style.barSet(core::label(kind), style.kindColor(kind));
        for (const MonthFigures &m : series.months)
            set->append(m.byKind[std::size_t(k)]);
        tipOnHover(set, chart, [months = series.months, k, name = core::label(kind)](int i) {
            const MonthFigures &m = months[std::size_t(i)];
            return tr("%1, %2: %3 of %n interaction(s) that month", nullptr, m.interactions)
                .arg(name, monthName(m.first))
                .arg(m.byKind[std::size_t(k)]);
        });
        bars->append(set);
        legend.append({ set->label(), set->color() });
    }
    chart->addSeries(bars);
    bars->attachAxis(monthAxis(chart, series));
    bars->attachAxis(countAxis(chart, tr("Interactions (count)"), max));
    style.apply(chart);
    attachFlowLegend(chart, legend, style); // up to fifteen kinds: rows, not one long line
    if (max == 0)
        markEmpty(chart, tr("No interactions in these months. Log one with Quick log (Ctrl+L)."), style);
    return chart;
}

QChart *InsightsCharts::consistency(const InsightsSeries &series, const ChartStyle &style)
{
    QChart *chart = newChart(tr("Consistency per month"), series);
    ratioLines(chart, series, &MonthFigures::consistency, tr("Days on track"), tr("Days on track (%)"),
        style.color(Role::Consistency), [](const MonthFigures &m, double v) {
            return tr("%1: on track %2 of the days").arg(monthName(m.first), percent(v));
        });
    chart->legend()->setAlignment(Qt::AlignBottom);
    style.apply(chart);
    if (chart->series().isEmpty()) {
        QString why;
        if (!series.request.colleague)
            why = series.cadencedColleagues == 0
                ? tr("No colleague has a touchbase cadence yet. Set one on a profile card to measure consistency.")
                : tr("No colleague with a cadence was tracked in these months.");
        else if (series.archived)
            why = tr("%1 is archived, so consistency is not measured.").arg(series.colleagueName);
        else if (series.cadenceDays == 0)
            why = tr("%1 has no touchbase cadence. Set one on the profile card to measure consistency.")
                      .arg(series.colleagueName);
        else
            why = tr("%1 was not tracked yet in these months.").arg(series.colleagueName);
        markEmpty(chart, why, style);
    }
    return chart;
}

QChart *InsightsCharts::gratitude(const InsightsSeries &series, const ChartStyle &style)
{
    QChart *chart = newChart(tr("Thanks per month"), series);
    QBarSet *given = style.barSet(tr("Given"), style.color(Role::Given));
    QBarSet *received = style.barSet(tr("Received"), style.color(Role::Received));
    int max = 0;
    for (const MonthFigures &m : series.months) {
        given->append(m.gratitudeGiven);
        received->append(m.gratitudeReceived);
        max = std::max({ max, m.gratitudeGiven, m.gratitudeReceived });
    }
    const std::vector<MonthFigures> &months = series.months; // each tooltip keeps a copy
    tipOnHover(given, chart, [months](int i) {
        const MonthFigures &m = months[std::size_t(i)];
        return tr("%1: you thanked people %n time(s)", nullptr, m.gratitudeGiven).arg(monthName(m.first));
    });
    tipOnHover(received, chart, [months](int i) {
        const MonthFigures &m = months[std::size_t(i)];
        return tr("%1: you were thanked %n time(s)", nullptr, m.gratitudeReceived).arg(monthName(m.first));
    });
    auto *bars = new QBarSeries;
    bars->append(given);
    bars->append(received);
    chart->addSeries(bars);
    bars->attachAxis(monthAxis(chart, series));
    bars->attachAxis(countAxis(chart, tr("Thanks (count)"), max));
    chart->legend()->setAlignment(Qt::AlignBottom);
    style.apply(chart);
    if (max == 0)
        markEmpty(chart, tr("No thanks in these months. Say thank you often and specifically, then note it."), style);
    return chart;
}

QChart *InsightsCharts::reliability(const InsightsSeries &series, const ChartStyle &style)
{
    QChart *chart = newChart(tr("Promises kept on time per month"), series);
    ratioLines(chart, series, &MonthFigures::promiseReliability, tr("Kept on time"), tr("Kept on time (%)"),
        style.color(Role::Reliability), [](const MonthFigures &m, double v) {
            return tr("%1: %2 of the promises you closed were kept on time").arg(monthName(m.first), percent(v));
        });
    chart->legend()->setAlignment(Qt::AlignBottom);
    style.apply(chart);
    if (chart->series().isEmpty())
        markEmpty(chart, tr("None of your promises was done or dropped in these months."), style);
    return chart;
}

QChart *InsightsCharts::breadth(const InsightsSeries &series, const ChartStyle &style)
{
    const bool one = series.request.colleague.has_value();
    QChart *chart = newChart(one ? tr("Months in touch") : tr("Colleagues in touch per month"), series);
    QBarSet *set = style.barSet(one ? tr("In touch") : tr("Colleagues in touch"), style.color(Role::Breadth));
    int max = 0;
    for (const MonthFigures &m : series.months) {
        set->append(m.breadth);
        max = std::max(max, m.breadth);
    }
    tipOnHover(set, chart, [months = series.months, one](int i) {
        const MonthFigures &m = months[std::size_t(i)];
        if (one)
            return (m.breadth > 0 ? tr("%1: in touch") : tr("%1: no contact")).arg(monthName(m.first));
        return tr("%1: in touch with %n colleague(s)", nullptr, m.breadth).arg(monthName(m.first));
    });
    auto *bars = new QBarSeries;
    bars->append(set);
    chart->addSeries(bars);
    bars->attachAxis(monthAxis(chart, series));
    bars->attachAxis(countAxis(chart, one ? tr("In touch (1 = yes)") : tr("Colleagues (count)"), max));
    chart->legend()->setAlignment(Qt::AlignBottom);
    style.apply(chart);
    if (max == 0)
        markEmpty(chart, tr("No contact in these months."), style);
    return chart;
}

QChart *InsightsCharts::supportBalance(const InsightsSeries &series, const ChartStyle &style)
{
    QChart *chart = newChart(tr("Give and take per colleague"), series);
    QBarSet *set = style.barSet(tr("Share of the help that was yours"), style.color(Role::Balance));
    QStringList names;
    for (const core::BalanceEntry &b : series.balances) {
        set->append(b.balance);
        // The value beside the name: a bar of 0 has no length to label.
        names << tr("%1 (%2)").arg(b.name, QLocale().toString(b.balance, 'f', 2));
    }
    tipOnHover(set, chart, [balances = series.balances](int i) {
        const core::BalanceEntry &b = balances[std::size_t(i)];
        return tr("%1: %2 \u2014 you helped %3, they helped %4")
            .arg(b.name, QLocale().toString(b.balance, 'f', 3), tr("%n time(s)", nullptr, b.given),
                tr("%n time(s)", nullptr, b.received));
    });
    auto *bars = new QHorizontalBarSeries;
    bars->append(set);
    bars->setBarWidth(0.6);
    chart->addSeries(bars);

    auto *who = new QBarCategoryAxis;
    who->append(names);
    chart->addAxis(who, Qt::AlignLeft);
    auto *share = new QValueAxis;
    share->setRange(0, 1);
    share->setTickCount(5);
    share->setLabelFormat(QStringLiteral("%.2f"));
    share->setTitleText(tr("Help you gave \u00f7 all help (0.5 = balanced)"));
    chart->addAxis(share, Qt::AlignBottom);
    bars->attachAxis(who);
    bars->attachAxis(share);

    auto *balanced = new QLineSeries;
    balanced->setName(tr("Balanced (0.5)"));
    balanced->setPen(QPen(style.mutedText, 1.5, Qt::DashLine));
    const double top = std::max<double>(double(names.size()) - 0.5, 0.5);
    balanced->append(0.5, -0.5);
    balanced->append(0.5, top);
    chart->addSeries(balanced);
    balanced->attachAxis(share);
    balanced->attachAxis(who);

    chart->legend()->setAlignment(Qt::AlignBottom);
    style.apply(chart);
    if (series.balances.empty())
        markEmpty(chart,
            tr("No help given or received in these months. Log \u201c%1\u201d and \u201c%2\u201d to see the give and "
               "take.")
                .arg(core::label(core::InteractionKind::HelpGiven), core::label(core::InteractionKind::HelpReceived)),
            style);
    return chart;
}

QString InsightsCharts::consistencyRule(const InsightsSeries &series)
{
    const QString rule = tr("A day is on track when your last contact was at most the cadence's number of days "
                            "before it (and on the day tracking began).");
    if (series.request.colleague)
        return tr("Share of the days you kept to %1's touchbase cadence. %2").arg(series.colleagueName, rule);
    return tr("Share of the days on which you kept to the touchbase cadence of every colleague who has one; "
              "archived colleagues are left out. %1")
        .arg(rule);
}

QString InsightsCharts::reliabilityRule()
{
    return tr("Of your promises done or dropped each month, the share done by their due date.");
}

QString InsightsCharts::breadthRule(const InsightsSeries &series)
{
    if (series.request.colleague)
        return tr("Whether you had any contact with %1 that month.").arg(series.colleagueName);
    return tr("How many different colleagues you were in touch with each month.");
}

QString InsightsCharts::balanceRule(const InsightsSeries &series)
{
    QString text = tr("Help you gave \u00f7 all help given or received with each colleague over these months; "
                      "0.5 is a two-way street.");
    if (series.balancesTotal > int(series.balances.size()))
        text += QLatin1Char(' ')
            + tr("Showing the %1 that lean the most of %n colleague(s).", nullptr, series.balancesTotal)
                  .arg(series.balances.size());
    return text;
}

} // namespace rapport::ui
