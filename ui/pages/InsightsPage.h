#pragma once

#include "services/Insights.h"

#include <QWidget>

#include <array>
#include <memory>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTimer;

namespace rapport::core {
class Journal;
}

namespace rapport::ui {

class ChartGrid;
class ChartView;
class InsightsLoader;

// Insights: the monthly charts of DESIGN.md section 5 over 6, 12 or 24 months or all of
// them, for everyone or one colleague. The figures come from core::loadInsights, computed
// off the GUI thread; the charts shown stay until newer ones arrive. It follows the
// journal: any change reloads it (when hidden, at the next show).
class InsightsPage final : public QWidget
{
    Q_OBJECT

public:
    enum Chart { Interactions, Consistency, Gratitude, Reliability, Breadth, Balance, ChartCount };

    explicit InsightsPage(core::Journal &journal, QWidget *parent = nullptr);
    ~InsightsPage() override;
    Q_DISABLE_COPY_MOVE(InsightsPage)

    ChartView *chartView(Chart chart) const { return m_views[std::size_t(chart)]; }
    // The chart to save: the one with keyboard focus, else the one last clicked or
    // opened a menu on, else the first.
    ChartView *currentChart() const;
    // What the range and colleague choices ask for, as of today.
    core::InsightsRequest request() const;
    // The series the charts show now; none before the first load.
    const core::InsightsSeries *series() const { return m_series.get(); }
    // Computing, or still drawing what was computed.
    bool isLoading() const;
    bool showsEmptyState() const;
    QString emptyStateText() const;

public Q_SLOTS:
    // Computes the series again for the current choices.
    void reload();
    // Charts for this colleague (0: everyone).
    void showColleague(core::Id colleagueId);
    // Asks where to save the current chart, as PNG or SVG.
    void saveCurrentChart();

Q_SIGNALS:
    void statusMessage(const QString &message);
    // New series are drawn, every chart of them (for tests and the window's status).
    void chartsUpdated();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildBar();
    QWidget *buildCard(Chart chart, bool withCaption);
    void refreshColleagues();
    void journalChanged();
    void present(const core::InsightsSeries &series);
    void drawCharts();
    void drawChart(quint64 generation, int chart);
    void settleColleagueText();

    core::Journal &m_journal;
    InsightsLoader *m_loader = nullptr;
    std::unique_ptr<core::InsightsSeries> m_series;
    QComboBox *m_range = nullptr;
    QComboBox *m_colleague = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_busyDelay = nullptr;
    QStackedWidget *m_stack = nullptr;
    ChartGrid *m_grid = nullptr;
    QLabel *m_empty = nullptr;
    std::array<ChartView *, ChartCount> m_views {};
    std::array<QLabel *, ChartCount> m_captions {};
    QList<QPair<core::Id, QString>> m_colleagueEntries; // what the colleague combo holds
    ChartView *m_current = nullptr;
    quint64 m_drawGeneration = 0;
    bool m_drawing = false;
    bool m_stale = false;
};

} // namespace rapport::ui
