#pragma once

#include "ChartStyle.h"
#include "services/Insights.h"

#include <QWidget>

#include <memory>

class QChart;

namespace rapport::core {
class Journal;
}

namespace rapport::ui {

class ChartView;

// For the profile card: contact days in each of the last 12 months as a small bar chart,
// and the parts of the health score as small bars from 0 to 1, named as the card names
// them. Both come from core::loadProfileSeries; each can be saved from its context menu.
// Follows the journal: a change reloads it (when hidden, at the next show).
class ProfileCharts final : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileCharts(core::Journal &journal, QWidget *parent = nullptr);
    ~ProfileCharts() override;
    Q_DISABLE_COPY_MOVE(ProfileCharts)

    void setColleague(core::Id colleagueId);
    core::Id colleague() const { return m_colleague; }
    ChartView *contactDaysView() const { return m_contactDays; }
    ChartView *healthView() const { return m_health; }
    // What the charts show; none before a colleague is set.
    const core::ProfileSeries *series() const { return m_series.get(); }

    // The builders, apart so they can be tested on their own.
    static QChart *contactDaysChart(const core::ProfileSeries &series, const ChartStyle &style);
    static QChart *healthChart(const core::ProfileSeries &series, const ChartStyle &style);
    // "Recency", "Consistency", "Warmth", "Give and take", "Promises": the parts as the
    // card names them, top to bottom in the chart (so the bar set holds them last first).
    static QStringList partNames();

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void draw();

    core::Journal &m_journal;
    core::Id m_colleague = 0;
    std::unique_ptr<core::ProfileSeries> m_series;
    ChartView *m_contactDays = nullptr;
    ChartView *m_health = nullptr;
    bool m_stale = false;
};

} // namespace rapport::ui
