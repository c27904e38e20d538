#pragma once

#include "domain/Result.h"

#include <QChartView>

#include <optional>

class QAction;
class QMenu;

namespace rapport::ui {

enum class ChartFormat { Png, Svg };

// Saves what `view` shows to `path`, whole or not at all (written aside, then renamed).
// PNG is the view grabbed at its device pixel ratio; SVG is drawn by QSvgGenerator, so
// text stays text. The format follows the suffix (".svg", else PNG) unless given.
core::Status saveChart(QChartView &view, const QString &path);
core::Status saveChart(QChartView &view, const QString &path, ChartFormat format);

// A chart view that owns the chart it shows, offers "Save as PNG…" and "Save as SVG…" in
// its context menu (mouse or keyboard), and takes focus so a window can ask which chart
// is current.
class ChartView final : public QChartView
{
    Q_OBJECT

public:
    explicit ChartView(QWidget *parent = nullptr);
    ~ChartView() override;
    Q_DISABLE_COPY_MOVE(ChartView)

    // Shows `chart`, taking it, and deletes the chart shown before.
    void replaceChart(QChart *chart);
    // The chart's title made into a file name: "Thanks per month.png".
    QString suggestedFileName(ChartFormat format) const;
    // The context menu's actions, for a window's menu or a test.
    QAction *savePngAction() const { return m_savePng; }
    QAction *saveSvgAction() const { return m_saveSvg; }

    // Asks where, then saves; says how it went through `saved` or `saveFailed`. Without a
    // format the dialog offers both and the chosen file type decides.
    void saveWithDialog(std::optional<ChartFormat> format = std::nullopt);

Q_SIGNALS:
    void saved(const QString &path);
    void saveFailed(const QString &message);
    // The user clicked, focused or opened the menu of this chart.
    void activated();

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    // Charts neither scroll nor zoom: the wheel scrolls whatever holds them.
    void wheelEvent(QWheelEvent *event) override;

private:
    // Month labels lie flat when they fit under their bar, and stand upright when not.
    void fitCategoryLabels();

    QAction *m_savePng = nullptr;
    QAction *m_saveSvg = nullptr;
};

} // namespace rapport::ui
