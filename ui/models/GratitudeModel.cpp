#include "GratitudeModel.h"

#include "services/Journal.h"

#include <QLocale>
#include <QScopedValueRollback>

#include <limits>

namespace rapport::ui {
namespace {

using core::GratitudeKey;
using core::GratitudeListRow;
using core::storage::listKey;

} // namespace

GratitudeModel::GratitudeModel(core::Journal &journal, QObject *parent)
    : QAbstractTableModel(parent)
    , m_query(journal)
{
    connect(&journal, &core::Journal::changed, this, &GratitudeModel::reload);
    if (auto first = read(std::nullopt, std::nullopt))
        m_rows = std::move(*first);
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

int GratitudeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int GratitudeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GratitudeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GratitudeListRow &row = m_rows.at(index.row());
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

bool GratitudeModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_changing;
}

void GratitudeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const auto after = m_rows.isEmpty() ? std::nullopt : std::optional<GratitudeKey>(listKey(m_rows.last()));
    const auto more = read(after, std::nullopt);
    if (!more || more->isEmpty()) {
        Q_EMIT loaded();
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    const QScopedValueRollback changing(m_changing, true);
    beginInsertRows({}, first, first + static_cast<int>(more->size()) - 1);
    m_rows.append(*more);
    endInsertRows();
    Q_EMIT loaded();
}

void GratitudeModel::setFilter(const core::GratitudeFilter &filter)
{
    {
        const QScopedValueRollback changing(m_changing, true);
        beginResetModel();
        m_filter = filter;
        m_rows.clear();
        m_atEnd = false;
        if (auto first = read(std::nullopt, std::nullopt))
            m_rows = std::move(*first);
        endResetModel();
    }
    Q_EMIT loaded();
}

core::Id GratitudeModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

std::optional<QList<GratitudeListRow>> GratitudeModel::read(std::optional<GratitudeKey> after,
                                                            std::optional<GratitudeKey> boundary)
{
    QList<GratitudeListRow> rows;
    for (;;) {
        auto page = m_query.page(m_filter, after, kPageSize);
        if (!page) {
            m_atEnd = true; // stop asking: the view would retry on every scroll
            Q_EMIT loadFailed(page.error().message);
            return std::nullopt;
        }
        m_atEnd = page->size() < kPageSize;
        for (const GratitudeListRow &row : std::as_const(*page)) {
            if (boundary && listKey(row) < *boundary) {
                m_atEnd = false;
                return rows;
            }
            rows.append(row);
        }
        if (m_atEnd || !boundary)
            return rows;
        after = listKey(page->last());
    }
}

void GratitudeModel::reload()
{
    // Down to the last row shown, so the list keeps its length and the view its place.
    std::optional<GratitudeKey> boundary;
    if (m_atEnd)
        boundary = GratitudeKey{std::numeric_limits<core::Day>::min(), 0};
    else if (!m_rows.isEmpty())
        boundary = listKey(m_rows.last());
    if (const auto fresh = read(std::nullopt, boundary)) {
        const QScopedValueRollback changing(m_changing, true);
        merge(*fresh);
    }
    Q_EMIT loaded();
}

// Both lists run newest first by (day, id); walking them together turns the difference
// into row removals, insertions and changes, which keeps the selection and scroll place.
void GratitudeModel::merge(const QList<GratitudeListRow> &fresh)
{
    qsizetype pos = 0;
    qsizetype next = 0;
    while (pos < m_rows.size() || next < fresh.size()) {
        if (pos < m_rows.size() && next < fresh.size() && listKey(m_rows.at(pos)) == listKey(fresh.at(next))) {
            if (m_rows.at(pos) != fresh.at(next)) {
                m_rows[pos] = fresh.at(next);
                Q_EMIT dataChanged(index(static_cast<int>(pos), 0), index(static_cast<int>(pos), ColumnCount - 1));
            }
            ++pos;
            ++next;
            continue;
        }
        qsizetype end = pos;
        while (end < m_rows.size() && (next == fresh.size() || listKey(m_rows.at(end)) > listKey(fresh.at(next))))
            ++end;
        if (end > pos) {
            beginRemoveRows({}, static_cast<int>(pos), static_cast<int>(end - 1));
            m_rows.remove(pos, end - pos);
            endRemoveRows();
            continue;
        }
        end = next;
        while (end < fresh.size() && (pos == m_rows.size() || listKey(fresh.at(end)) > listKey(m_rows.at(pos))))
            ++end;
        beginInsertRows({}, static_cast<int>(pos), static_cast<int>(pos + end - next - 1));
        for (qsizetype i = next; i < end; ++i)
            m_rows.insert(pos + i - next, fresh.at(i));
        endInsertRows();
        pos += end - next;
        next = end;
    }
}

} // namespace rapport::ui
