#pragma once

#include "ChartStyle.h"

#include <QColor>
#include <QList>
#include <QString>

class QChart;

namespace rapport::ui {

struct LegendEntry
{
    QString label;
    QColor color;
};

// A legend drawn inside the chart under the plot, wrapping into as many centred rows as
// the width needs; Qt Charts' own legend keeps to one row or one column and cuts labels
// short in a narrow window. Being part of the chart, it is saved with it. Replaces the
// chart's own legend, which is hidden. legendLabels() reads the entries back.
void attachFlowLegend(QChart *chart, const QList<LegendEntry> &entries, const ChartStyle &style);
QStringList legendLabels(const QChart *chart);

} // namespace rapport::ui
