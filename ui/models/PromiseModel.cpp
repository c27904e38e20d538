#include "PromiseModel.h"

#include <algorithm>

#include <QLocale>

namespace rapport::ui {
namespace {

QString shortDay(const QDate &date)
{
    //: Date format of a day within the last year in the Promises list, e.g. "12 Mar"
    return QLocale().toString(date, PromiseModel::tr("d MMM"));
}

} // namespace

PromiseModel::PromiseModel(core::Journal &journal, QObject *parent)
    : QAbstractTableModel(parent)
    , m_overview(journal)
{
    // Only what this list shows: a change elsewhere (or another program's) leaves it be.
    connect(&journal, &core::Journal::changed, this, [this](const core::JournalChange &change) {
        if (change.touchesAny({ core::JournalChange::Record::Commitment, core::JournalChange::Record::Colleague }))
            reload();
    });
    reload();
}

PromiseModel::~PromiseModel() = default;

int PromiseModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PromiseModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PromiseModel::stateText(const core::CommitmentListRow &row, const QDate &today)
{
    switch (row.status) {
    case core::CommitmentStatus::Open: {
        const auto days = static_cast<int>(today.daysTo(row.dueOn));
        if (days < 0)
            return tr("Overdue by %n day(s)", nullptr, -days);
        if (days == 0)
            return tr("Open — due today");
        return tr("Open — due in %n day(s)", nullptr, days);
    }
    case core::CommitmentStatus::Done: {
        const QDate closed = row.closedOn.value_or(QDate());
        if (closed.isValid() && closed <= row.dueOn)
            return tr("Done %1 (on time)").arg(shortDay(closed));
        return tr("Done %1 (late)").arg(closed.isValid() ? shortDay(closed) : QString());
    }
    case core::CommitmentStatus::Dropped:
        return row.closedOn ? tr("Dropped %1").arg(shortDay(*row.closedOn)) : tr("Dropped");
    }
    return {};
}

QVariant PromiseModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::CommitmentListRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case DueColumn: return QLocale().toString(row.dueOn, QLocale::ShortFormat);
        case ColleagueColumn: return row.colleagueName;
        case WhatColumn: return row.what;
        case DirectionColumn: return row.direction == core::CommitmentDirection::Mine ? tr("Mine") : tr("Theirs");
        case StateColumn: return stateText(row, m_today);
        case MovedColumn:
            if (role == Qt::AccessibleTextRole)
                return tr("Moved %n time(s)", nullptr, row.renegotiations);
            return row.renegotiations > 0 ? QLocale().toString(row.renegotiations) : QString();
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == DirectionColumn)
            return row.direction == core::CommitmentDirection::Mine ? tr("I promised %1").arg(row.colleagueName)
                                                                    : tr("%1 promised me").arg(row.colleagueName);
        if (index.column() == WhatColumn)
            return tr("Promised on %1").arg(QLocale().toString(row.madeOn, QLocale::ShortFormat));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == MovedColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case IdRole: return row.id;
    case ColleagueIdRole: return row.colleagueId;
    case DueRole: return row.dueOn;
    case ClosedRole: return row.closedOn.value_or(QDate());
    case StatusRole: return static_cast<int>(row.status);
    case DirectionRole: return static_cast<int>(row.direction);
    default: return {};
    }
}

QVariant PromiseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DueColumn: return tr("Due");
    case ColleagueColumn: return tr("Colleague");
    case WhatColumn: return tr("What");
    case DirectionColumn: return tr("Direction");
    case StateColumn: return tr("State");
    case MovedColumn: return tr("Moved");
    default: return {};
    }
}

void PromiseModel::setFilter(const core::CommitmentFilter &filter)
{
    m_filter = filter;
    reload();
}

const core::CommitmentListRow *PromiseModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

core::Id PromiseModel::idAt(int row) const
{
    const core::CommitmentListRow *found = rowAt(row);
    return found ? found->id : 0;
}

int PromiseModel::rowOf(core::Id id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return static_cast<int>(i);
    }
    return -1;
}

void PromiseModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column < 0 || column >= ColumnCount ? -1 : column;
    m_sortOrder = order;
    reload(); // from the journal's own order, so ties stay in it
}

// A stable sort of the journal's order (open first by due date, then closed, latest
// first): ties keep that order whichever way the column runs.
void PromiseModel::sortRows()
{
    if (m_sortColumn < 0)
        return;
    const auto compare = [column = m_sortColumn](const core::CommitmentListRow &a, const core::CommitmentListRow &b) {
        switch (column) {
        case DueColumn: return a.dueOn < b.dueOn ? -1 : (b.dueOn < a.dueOn ? 1 : 0);
        case ColleagueColumn: return QString::localeAwareCompare(a.colleagueName, b.colleagueName);
        case WhatColumn: return QString::localeAwareCompare(a.what, b.what);
        case DirectionColumn: return int(a.direction) - int(b.direction);
        case StateColumn: return int(a.status) - int(b.status);
        case MovedColumn: return a.renegotiations - b.renegotiations;
        default: return 0;
        }
    };
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const auto &a, const auto &b) {
        const int c = compare(a, b);
        return ascending ? c < 0 : c > 0;
    });
}

void PromiseModel::reload()
{
    auto fresh = m_overview.list(m_filter);
    beginResetModel();
    m_today = m_overview.today();
    if (fresh)
        m_rows = std::move(*fresh);
    else
        m_rows.clear();
    sortRows();
    endResetModel();
    if (!fresh)
        Q_EMIT loadFailed(fresh.error().message);
    Q_EMIT loaded();
}

} // namespace rapport::ui
