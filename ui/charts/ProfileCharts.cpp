#include "ProfileCharts.h"

#include "ChartView.h"
#include "InsightsCharts.h"
#include "services/Journal.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace rapport::ui {
namespace {

constexpr int kContactChartHeight = 200;
constexpr int kHealthChartHeight = 210;

} // namespace

ProfileCharts::ProfileCharts(core::Journal &journal, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
{
    m_contactDays = new ChartView(this);
    m_contactDays->setObjectName(QStringLiteral("contactDaysChart"));
    m_contactDays->setMinimumHeight(kContactChartHeight);
    m_health = new ChartView(this);
    m_health->setObjectName(QStringLiteral("healthPartsChart"));
    m_health->setMinimumHeight(kHealthChartHeight);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_contactDays);
    layout->addWidget(m_health);
    for (ChartView *view : { m_contactDays, m_health })
        connect(view, &ChartView::saveFailed, this, &ProfileCharts::statusMessage);
    connect(&m_journal, &core::Journal::changed, this, [this] {
        if (isVisible())
            reload();
        else
            m_stale = true;
    });
}

ProfileCharts::~ProfileCharts() = default;

void ProfileCharts::setColleague(core::Id colleagueId)
{
    m_colleague = colleagueId;
    reload();
}

void ProfileCharts::reload()
{
    m_stale = false;
    if (m_colleague <= 0)
        return;
    // One colleague's figures take a few milliseconds even on a large journal (see the
    // profile_card benchmark), so they are read here, on the GUI thread.
    auto series = core::loadProfileSeries(m_journal.database(), m_colleague, m_journal.clock().today());
    if (!series) {
        Q_EMIT statusMessage(series.error().message);
        return;
    }
    m_series = std::make_unique<core::ProfileSeries>(std::move(*series));
    draw();
}

void ProfileCharts::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void ProfileCharts::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    const auto type = event->type();
    if (type == QEvent::PaletteChange || type == QEvent::ApplicationPaletteChange || type == QEvent::FontChange)
        draw();
}

void ProfileCharts::draw()
{
    if (!m_series)
        return;
    const ChartStyle style = ChartStyle::fromPalette(palette(), font());
    m_contactDays->replaceChart(contactDaysChart(*m_series, style));
    m_health->replaceChart(healthChart(*m_series, style));
}

QStringList ProfileCharts::partNames()
{
    return { tr("Recency"), tr("Consistency"), tr("Warmth"), tr("Give and take"), tr("Promises") };
}

QChart *ProfileCharts::contactDaysChart(const core::ProfileSeries &series, const ChartStyle &style)
{
    auto *chart = new QChart;
    chart->setTitle(tr("Contact days per month"));
    QBarSet *set = style.barSet(tr("Contact days"), style.color(ChartStyle::Role::Contact));
    QStringList labels;
    int max = 0;
    for (std::size_t i = 0; i < series.months.size(); ++i) {
        set->append(series.contactDays[i]);
        labels << InsightsCharts::monthLabel(series.months[i].first);
        max = std::max(max, series.contactDays[i]);
    }
    QObject::connect(
        set, &QBarSet::hovered, chart, [months = series.months, days = series.contactDays](bool on, int i) {
            showChartTip(on,
                on ? tr("%1: %n contact day(s)", nullptr, days[std::size_t(i)])
                         .arg(InsightsCharts::monthName(months[std::size_t(i)].first))
                   : QString());
        });
    auto *bars = new QBarSeries;
    bars->append(set);
    chart->addSeries(bars);
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    x->setLabelsAngle(-90);
    chart->addAxis(x, Qt::AlignBottom);
    auto *y = new QValueAxis;
    y->setTitleText(tr("Days"));
    setCountRange(y, max);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    chart->legend()->hide(); // one series, named by the title
    style.apply(chart);
    if (max == 0)
        markEmpty(chart, tr("No contact in the last 12 months."), style);
    return chart;
}

QChart *ProfileCharts::healthChart(const core::ProfileSeries &series, const ChartStyle &style)
{
    const core::metrics::HealthParts &h = series.health;
    const std::array<std::optional<double>, 5> parts { h.recency, h.consistency, h.warmth, h.balance, h.promises };
    const QStringList names = partNames();

    auto *chart = new QChart;
    chart->setTitle(tr("Health %1: its parts").arg(h.score));
    QBarSet *set = style.barSet(tr("Part of the score"), style.color(ChartStyle::Role::Health));
    // Horizontal bars count from the bottom: the parts go in last to first, so that
    // recency is on top, as the card lists them.
    QStringList labels;
    for (std::size_t i = parts.size(); i-- > 0;) {
        set->append(parts[i].value_or(0.0));
        // The value beside the name: a bar of 0 has no length to label.
        labels << (parts[i] ? tr("%1 (%2)").arg(names[qsizetype(i)], QLocale().toString(*parts[i], 'f', 2))
                            : tr("%1 (left out)").arg(names[qsizetype(i)]));
    }
    QObject::connect(set, &QBarSet::hovered, chart, [parts, names](bool on, int index) {
        const std::size_t i = parts.size() - 1 - std::size_t(index);
        const std::optional<double> v = parts[i];
        showChartTip(on,
            !on     ? QString()
                : v ? tr("%1: %2").arg(names[qsizetype(i)], QLocale().toString(*v, 'f', 3))
                    : tr("%1: left out of the score, for want of data").arg(names[qsizetype(i)]));
    });
    auto *bars = new QHorizontalBarSeries;
    bars->append(set);
    bars->setBarWidth(0.6);
    chart->addSeries(bars);
    auto *which = new QBarCategoryAxis;
    which->append(labels);
    chart->addAxis(which, Qt::AlignLeft);
    auto *value = new QValueAxis;
    value->setRange(0, 1);
    value->setTickCount(5);
    value->setLabelFormat(QStringLiteral("%.2f"));
    value->setTitleText(tr("Part (0 to 1)"));
    chart->addAxis(value, Qt::AlignBottom);
    bars->attachAxis(which);
    bars->attachAxis(value);
    chart->legend()->hide();
    style.apply(chart);
    return chart;
}

} // namespace rapport::ui
