#include "ChartStyle.h"

#include <QAbstractAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QTextDocument>
#include <QTextOption>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>

namespace rapport::ui {
namespace {

const char *const kEmptyTextProperty = "rapportEmptyText";

// Picked to tell fifteen kinds apart on white and on a dark grey, in the enum's order.
constexpr std::array<QRgb, core::kInteractionKindCount> kKindColors {
    0x9c6644, // coffee
    0x1f77b4, // touchbase
    0xff7f0e, // meal
    0xbcbd22, // greeting
    0x2ca02c, // collaboration
    0x17becf, // help given
    0x9467bd, // help received
    0xe377c2, // feedback given
    0xb39ddb, // feedback received
    0x7f7f7f, // shared info
    0x6fa8dc, // asked opinion
    0xf6b26b, // celebration
    0x76c96b, // introduction
    0xd62728, // tension
    0xa8a29e, // other
};

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
        float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

ChartStyle ChartStyle::fromPalette(const QPalette &palette, const QFont &font)
{
    ChartStyle style;
    style.background = palette.color(QPalette::Base);
    style.text = palette.color(QPalette::Text);
    style.dark = style.background.lightnessF() < 0.5;
    style.mutedText = mix(style.text, style.background, 0.35);
    style.grid = mix(style.text, style.background, 0.85);
    style.axisLine = mix(style.text, style.background, 0.6);
    style.font = font;
    return style;
}

QColor ChartStyle::kindColor(core::InteractionKind kind) const
{
    const QColor base(kKindColors[std::size_t(kind)]);
    return dark ? base.lighter(115) : base;
}

QColor ChartStyle::color(Role role) const
{
    QColor c;
    switch (role) {
    case Role::Given:
        c = QColor(0x2a9d8f);
        break;
    case Role::Received:
        c = QColor(0xe09f3e);
        break;
    case Role::Consistency:
        c = QColor(0x1f77b4);
        break;
    case Role::Reliability:
        c = QColor(0x8e5ac8);
        break;
    case Role::Breadth:
        c = QColor(0x2ca02c);
        break;
    case Role::Balance:
        c = QColor(0x3a8fb7);
        break;
    case Role::Contact:
        c = QColor(0x1f77b4);
        break;
    case Role::Health:
        c = QColor(0x2a9d8f);
        break;
    }
    return dark ? c.lighter(125) : c;
}

QBarSet *ChartStyle::barSet(const QString &name, const QColor &color) const
{
    auto *set = new QBarSet(name);
    set->setColor(color);
    set->setBorderColor(background);
    set->setLabelColor(text);
    return set;
}

void ChartStyle::apply(QChart *chart) const
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(background);
    chart->setBackgroundPen(QPen(grid));
    chart->setBackgroundRoundness(6);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setMargins(QMargins(6, 6, 6, 6));
    QFont title = font;
    title.setBold(true);
    title.setPointSizeF(font.pointSizeF() * 1.1);
    chart->setTitleFont(title);
    chart->setTitleBrush(text);
    chart->legend()->setFont(font);
    chart->legend()->setLabelColor(text);
    chart->legend()->setBrush(Qt::NoBrush);
    chart->legend()->setPen(Qt::NoPen);
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.9);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(small);
        axis->setLabelsColor(text);
        axis->setTitleFont(small);
        axis->setTitleBrush(mutedText);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
        axis->setLinePenColor(axisLine);
        axis->setShadesVisible(false);
    }
}

void setCountRange(QValueAxis *axis, int max)
{
    max = std::max(max, 1);
    // The smallest round step that needs at most five of them.
    int step = 1;
    for (int scale = 1;; scale *= 10) {
        const int candidates[] = { scale, 2 * scale, 5 * scale };
        const auto fits
            = std::find_if(std::begin(candidates), std::end(candidates), [max](int s) { return max <= 5 * s; });
        if (fits != std::end(candidates)) {
            step = *fits;
            break;
        }
    }
    const int top = (max + step - 1) / step * step;
    axis->setRange(0, top);
    axis->setTickCount(top / step + 1);
    axis->setMinorTickCount(0);
    axis->setLabelFormat(QStringLiteral("%d"));
}

void markEmpty(QChart *chart, const QString &text, const ChartStyle &style)
{
    chart->setProperty(kEmptyTextProperty, text);
    auto *item = new QGraphicsTextItem(chart);
    item->setPlainText(text); // never markup
    item->setDefaultTextColor(style.mutedText);
    item->setFont(style.font);
    QTextOption centred = item->document()->defaultTextOption();
    centred.setAlignment(Qt::AlignHCenter);
    item->document()->setDefaultTextOption(centred);
    const auto place = [item, chart](const QRectF &area) {
        const QRectF plot = area.isValid() ? area : chart->plotArea();
        item->setTextWidth(std::max<qreal>(plot.width() - 24, 80));
        const QRectF box = item->boundingRect();
        item->setPos(plot.center().x() - box.width() / 2, plot.center().y() - box.height() / 2);
    };
    QObject::connect(chart, &QChart::plotAreaChanged, item, place);
    place(chart->plotArea());
}

QString emptyText(const QChart *chart)
{
    return chart ? chart->property(kEmptyTextProperty).toString() : QString();
}

void showChartTip(bool show, const QString &text)
{
    if (show)
        QToolTip::showText(QCursor::pos(), text);
    else
        QToolTip::hideText();
}

} // namespace rapport::ui
