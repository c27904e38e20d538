#include "ChartView.h"

#include <QAbstractScrollArea>
#include <QAction>
#include <QBarCategoryAxis>
#include <QChart>
#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollBar>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QWheelEvent>

#include <algorithm>
#include <cstdlib>

namespace rapport::ui {
namespace {

// Qt Charts cuts a flat label short unless its category is this much wider than the text.
constexpr qreal kLabelPadding = 16;

core::Error cannotWrite(const QString &path, const QString &why)
{
    return core::Error { ChartView::tr("Cannot save the chart to %1: %2").arg(QDir::toNativeSeparators(path), why) };
}

QString suffixOf(ChartFormat format)
{
    return format == ChartFormat::Svg ? QStringLiteral("svg") : QStringLiteral("png");
}

} // namespace

core::Status saveChart(QChartView &view, const QString &path)
{
    const bool svg = QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0;
    return saveChart(view, path, svg ? ChartFormat::Svg : ChartFormat::Png);
}

core::Status saveChart(QChartView &view, const QString &path, ChartFormat format)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    if (format == ChartFormat::Png) {
        const QPixmap image = view.grab(); // at the view's device pixel ratio
        if (image.isNull() || !image.save(&file, "PNG"))
            return cannotWrite(path, ChartView::tr("the image could not be made"));
    } else {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(view.size());
        svg.setViewBox(QRect(QPoint(0, 0), view.size()));
        svg.setResolution(view.logicalDpiX());
        if (view.chart())
            svg.setTitle(view.chart()->title());
        QPainter painter;
        if (!painter.begin(&svg))
            return cannotWrite(path, ChartView::tr("the drawing could not be started"));
        view.render(&painter);
        painter.end();
    }
    if (!file.commit())
        return cannotWrite(path, file.errorString());
    return {};
}

ChartView::ChartView(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    setContextMenuPolicy(Qt::DefaultContextMenu);
    m_savePng = new QAction(tr("Save as PNG\u2026"), this);
    m_savePng->setObjectName(QStringLiteral("saveChartPng"));
    m_saveSvg = new QAction(tr("Save as SVG\u2026"), this);
    m_saveSvg->setObjectName(QStringLiteral("saveChartSvg"));
    connect(m_savePng, &QAction::triggered, this, [this] { saveWithDialog(ChartFormat::Png); });
    connect(m_saveSvg, &QAction::triggered, this, [this] { saveWithDialog(ChartFormat::Svg); });
}

ChartView::~ChartView() = default; // the scene, and the chart in it, go with the view

void ChartView::replaceChart(QChart *chart)
{
    QChart *old = this->chart();
    setChart(chart);
    setAccessibleName(chart->title());
    delete old; // setChart() hands the previous chart back to us
    // The plot's width is known once the chart is laid out; the angle changes its height only.
    connect(chart, &QChart::plotAreaChanged, this, &ChartView::fitCategoryLabels);
    fitCategoryLabels();
}

void ChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    fitCategoryLabels();
}

void ChartView::fitCategoryLabels()
{
    if (!chart())
        return;
    for (QAbstractAxis *axis : chart()->axes(Qt::Horizontal)) {
        auto *categories = qobject_cast<QBarCategoryAxis *>(axis);
        if (!categories || categories->count() == 0)
            continue;
        const QFontMetricsF metrics(categories->labelsFont());
        qreal widest = 0;
        for (const QString &label : categories->categories())
            widest = std::max(widest, metrics.horizontalAdvance(label));
        // Before the first layout the plot area is unknown: the view less the value axis.
        const QRectF plot = chart()->plotArea();
        const qreal width = plot.width() > 0 ? plot.width() : qreal(this->width()) - 90;
        const int angle = width / categories->count() < widest + kLabelPadding ? -90 : 0;
        if (categories->labelsAngle() != angle)
            categories->setLabelsAngle(angle);
    }
}

QString ChartView::suggestedFileName(ChartFormat format) const
{
    QString name = chart() ? chart()->title() : QString();
    // Characters that some file systems or shells refuse.
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|]+"));
    name.replace(unsafe, QStringLiteral(" "));
    name = name.simplified();
    if (name.isEmpty())
        name = tr("chart");
    return name + QLatin1Char('.') + suffixOf(format);
}

void ChartView::saveWithDialog(std::optional<ChartFormat> format)
{
    Q_EMIT activated();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString png = tr("PNG image (*.png)");
    const QString svg = tr("SVG drawing (*.svg)");
    QString filter = !format ? png + QStringLiteral(";;") + svg : *format == ChartFormat::Svg ? svg : png;
    QString chosen;
    QString path = QFileDialog::getSaveFileName(this, tr("Save chart"),
        QDir(folder).filePath(suggestedFileName(format.value_or(ChartFormat::Png))), filter, &chosen);
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    ChartFormat as = format.value_or(
        suffix == QLatin1String("svg") || (suffix.isEmpty() && chosen == svg) ? ChartFormat::Svg : ChartFormat::Png);
    if (suffix.isEmpty())
        path += QLatin1Char('.') + suffixOf(as);
    if (auto done = saveChart(*this, path, as); !done) {
        Q_EMIT saveFailed(done.error().message);
        return;
    }
    Q_EMIT saved(path);
}

void ChartView::contextMenuEvent(QContextMenuEvent *event)
{
    Q_EMIT activated();
    QMenu menu(this);
    menu.addAction(m_savePng);
    menu.addAction(m_saveSvg);
    menu.exec(event->globalPos());
    event->accept();
}

void ChartView::focusInEvent(QFocusEvent *event)
{
    Q_EMIT activated();
    QChartView::focusInEvent(event);
}

void ChartView::mousePressEvent(QMouseEvent *event)
{
    Q_EMIT activated();
    QChartView::mousePressEvent(event);
}

void ChartView::wheelEvent(QWheelEvent *event)
{
    // Handed to the scroll bar of the area that holds the chart: a graphics view keeps the
    // wheel to itself even when it has nothing to scroll.
    for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
        if (auto *area = qobject_cast<QAbstractScrollArea *>(w)) {
            const bool sideways = std::abs(event->angleDelta().x()) > std::abs(event->angleDelta().y());
            QCoreApplication::sendEvent(sideways ? area->horizontalScrollBar() : area->verticalScrollBar(), event);
            return;
        }
    }
    event->ignore();
}

} // namespace rapport::ui
