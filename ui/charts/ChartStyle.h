#pragma once

#include "domain/Enums.h"

#include <QColor>
#include <QFont>
#include <QPalette>
#include <QString>

class QBarSet;
class QChart;
class QValueAxis;

namespace rapport::ui {

// How charts look, taken from a widget palette so they follow the light or dark system
// palette; the series colours are fixed per meaning so a kind keeps its colour from
// chart to chart and run to run.
struct ChartStyle
{
    bool dark = false;
    QColor background;
    QColor text;
    QColor mutedText;
    QColor grid;
    QColor axisLine;
    QFont font;

    static ChartStyle fromPalette(const QPalette &palette, const QFont &font);

    // One colour per interaction kind, lifted a little on a dark background.
    QColor kindColor(core::InteractionKind kind) const;
    enum class Role { Given, Received, Consistency, Reliability, Breadth, Balance, Contact, Health };
    QColor color(Role role) const;

    // A bar set in `color`, edged in the background colour so stacked parts stay apart.
    QBarSet *barSet(const QString &name, const QColor &color) const;

    // Background, title, legend and every attached axis in this style. Call after the
    // series and axes are attached; it also turns animations off.
    void apply(QChart *chart) const;
};

// An integer count axis from 0 to at least `max`, on round steps (1, 2 or 5 times a power
// of ten) so every tick is a whole number.
void setCountRange(QValueAxis *axis, int max);

// A message in the middle of the plot area, for a chart with nothing to show; drawn in
// the chart itself so saved images carry it too. Read back with emptyText().
void markEmpty(QChart *chart, const QString &text, const ChartStyle &style);
QString emptyText(const QChart *chart);

// A tooltip with `text` at the mouse while `show` is true; hidden otherwise.
void showChartTip(bool show, const QString &text);

} // namespace rapport::ui
