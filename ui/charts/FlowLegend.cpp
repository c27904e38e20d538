#include "FlowLegend.h"

#include <QBrush>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QPen>

#include <memory>

namespace rapport::ui {
namespace {

const char *const kLabelsProperty = "rapportLegendLabels";
constexpr qreal kSwatch = 10;
constexpr qreal kGap = 5; // swatch to label
constexpr qreal kSpacing = 14; // between entries
constexpr qreal kRowSpacing = 4;
constexpr qreal kPadding = 10;

struct Item
{
    QGraphicsRectItem *swatch = nullptr;
    QGraphicsSimpleTextItem *text = nullptr;
    qreal width = 0;
};

// Lays the entries out in rows that fit the chart's width and keeps the chart's bottom
// margin as tall as the rows, so the plot never runs under them.
void layOut(QChart *chart, const std::vector<Item> &items, qreal lineHeight, const QMargins &base)
{
    const qreal available = std::max<qreal>(chart->size().width() - 2 * kPadding, 1);
    std::vector<std::vector<const Item *>> rows(1);
    qreal used = 0;
    for (const Item &item : items) {
        const qreal needed = (rows.back().empty() ? 0 : kSpacing) + item.width;
        if (!rows.back().empty() && used + needed > available) {
            rows.emplace_back();
            used = 0;
        }
        used += rows.back().empty() ? item.width : needed;
        rows.back().push_back(&item);
    }
    const qreal height = qreal(rows.size()) * lineHeight + qreal(rows.size() - 1) * kRowSpacing;
    qreal y = chart->size().height() - kPadding - height;
    for (const auto &row : rows) {
        qreal width = 0;
        for (const Item *item : row)
            width += item->width + (width > 0 ? kSpacing : 0);
        qreal x = (chart->size().width() - width) / 2;
        for (const Item *item : row) {
            item->swatch->setPos(x, y + (lineHeight - kSwatch) / 2);
            item->text->setPos(x + kSwatch + kGap, y);
            x += item->width + kSpacing;
        }
        y += lineHeight + kRowSpacing;
    }
    QMargins margins = base;
    margins.setBottom(base.bottom() + int(std::ceil(height + kPadding)));
    if (chart->margins() != margins)
        chart->setMargins(margins);
}

} // namespace

void attachFlowLegend(QChart *chart, const QList<LegendEntry> &entries, const ChartStyle &style)
{
    chart->legend()->hide();
    QStringList labels;
    auto items = std::make_shared<std::vector<Item>>();
    const QFontMetricsF metrics(style.font);
    for (const LegendEntry &entry : entries) {
        Item item;
        item.swatch = new QGraphicsRectItem(0, 0, kSwatch, kSwatch, chart);
        item.swatch->setBrush(entry.color);
        item.swatch->setPen(QPen(style.axisLine, 0.5));
        item.text = new QGraphicsSimpleTextItem(entry.label, chart);
        item.text->setFont(style.font);
        item.text->setBrush(style.text);
        item.width = kSwatch + kGap + metrics.horizontalAdvance(entry.label);
        items->push_back(item);
        labels << entry.label;
    }
    chart->setProperty(kLabelsProperty, labels);
    const qreal lineHeight = std::max(metrics.height(), kSwatch);
    const QMargins base = chart->margins();
    QObject::connect(chart, &QChart::geometryChanged, chart,
        [chart, items, lineHeight, base] { layOut(chart, *items, lineHeight, base); });
    layOut(chart, *items, lineHeight, base);
}

QStringList legendLabels(const QChart *chart)
{
    return chart ? chart->property(kLabelsProperty).toStringList() : QStringList();
}

} // namespace rapport::ui
