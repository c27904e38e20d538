#include "GratitudeModel.h"

#include "services/Journal.h"

#include <QLocale>

#include <iterator>

namespace rapport::ui {
namespace {

using core::GratitudeKey;
using core::GratitudeListRow;

} // namespace

GratitudeModel::GratitudeModel(core::Journal &journal, QObject *parent)
    : PagedTableModel(parent)
    , m_query(journal)
{
    // Only what this list shows: a change elsewhere (or another program's) leaves it be.
    connect(&journal, &core::Journal::changed, this, [this](const core::JournalChange &change) {
        if (change.touchesAny({ core::JournalChange::Record::Gratitude, core::JournalChange::Record::Colleague }))
            reload();
    });
    restart();
}

GratitudeModel::~GratitudeModel() = default;

QString GratitudeModel::directionLabel(core::GratitudeDirection direction)
{
    return direction == core::GratitudeDirection::Given ? tr("Given") : tr("Received");
}

QString GratitudeModel::whereLabel(core::GratitudeWhere where)
{
    return where == core::GratitudeWhere::Private ? tr("Private") : tr("Public");
}

int GratitudeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GratitudeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GratitudeListRow &row = rows().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case DateColumn: return QLocale().toString(row.date, QLocale::ShortFormat);
        case ColleagueColumn: return row.colleagueName;
        case DirectionColumn: return directionLabel(row.direction);
        case WhereColumn: return whereLabel(row.where);
        case WhatColumn: return row.what;
        default: return {};
        }
    case Qt::ToolTipRole:
        // Escaped inside a <qt> block so the user's text shows as typed, never as markup.
        if (index.column() == WhatColumn)
            return QString(QStringLiteral("<qt><p style=\"white-space:pre-wrap\">") + row.what.toHtmlEscaped()
                           + QStringLiteral("</p></qt>"));
        return {};
    case IdRole: return row.id;
    case ColleagueIdRole: return row.colleagueId;
    case DateRole: return row.date;
    case DirectionRole: return static_cast<int>(row.direction);
    case WhereRole: return static_cast<int>(row.where);
    default: return {};
    }
}

QVariant GratitudeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn: return tr("Date");
    case ColleagueColumn: return tr("Colleague");
    case DirectionColumn: return tr("Direction");
    case WhereColumn: return tr("Where");
    case WhatColumn: return tr("What for");
    default: return {};
    }
}

void GratitudeModel::setFilter(const core::GratitudeFilter &filter)
{
    m_filter = filter;
    restart();
}

void GratitudeModel::sort(int column, Qt::SortOrder order)
{
    static constexpr core::GratitudeSort::Column byColumn[] = {
        core::GratitudeSort::Date, core::GratitudeSort::Colleague, core::GratitudeSort::Direction,
        core::GratitudeSort::Where, core::GratitudeSort::What};
    static_assert(std::size(byColumn) == ColumnCount);
    const auto wanted = sortForColumn<core::GratitudeSort>(column, order, byColumn);
    if (wanted == m_sort)
        return;
    m_sort = wanted; // the rows come anew in the new order: the loaded ones may be a few of many
    restart();
}

core::Id GratitudeModel::idAt(int row) const
{
    const GratitudeListRow *found = rowAt(row);
    return found ? found->id : 0;
}

core::Result<QList<GratitudeListRow>> GratitudeModel::fetchPage(std::optional<GratitudeKey> after, int limit)
{
    return m_query.page(m_filter, after, limit, m_sort);
}

GratitudeKey GratitudeModel::keyOf(const GratitudeListRow &row) const
{
    return core::storage::listKey(row, m_sort);
}

bool GratitudeModel::comesBefore(const GratitudeKey &a, const GratitudeKey &b) const
{
    return core::storage::comesBefore(a, b, m_sort.order());
}

} // namespace rapport::ui
