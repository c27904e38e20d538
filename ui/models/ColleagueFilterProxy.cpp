#include "ColleagueFilterProxy.h"

#include "ColleagueListModel.h"

#include <algorithm>

namespace rapport::ui {

ColleagueFilterProxy::ColleagueFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

ColleagueFilterProxy::~ColleagueFilterProxy() = default;

void ColleagueFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_colleagues = qobject_cast<ColleagueListModel *>(model);
    if (m_colleagues)
        m_colleagues->setSortKey(m_sortKey);
    QSortFilterProxyModel::setSourceModel(model);
    sort(0, Qt::AscendingOrder);
}

void ColleagueFilterProxy::setFilter(const core::ColleagueFilter &filter)
{
    m_filter = filter;
    invalidateFilter();
}

void ColleagueFilterProxy::setSortKey(core::ColleagueSort key)
{
    if (key == m_sortKey)
        return;
    m_sortKey = key;
    // The source reorders first (a layout change this proxy follows), then the proxy
    // sorts its own rows by the same key.
    if (m_colleagues)
        m_colleagues->setSortKey(key);
    invalidate();
    sort(0, Qt::AscendingOrder);
}

int ColleagueFilterProxy::matchingCount() const
{
    if (!m_colleagues)
        return rowCount();
    const auto &rows = m_colleagues->allRows();
    const core::Day today = m_colleagues->today();
    return int(std::count_if(rows.begin(), rows.end(),
                             [this, today](const core::ColleagueRow &row) { return m_filter.matches(row, today); }));
}

bool ColleagueFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_colleagues || sourceParent.isValid())
        return true;
    const core::ColleagueRow *row = m_colleagues->rowAt(sourceRow);
    return row && m_filter.matches(*row, m_colleagues->today());
}

bool ColleagueFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_colleagues)
        return QSortFilterProxyModel::lessThan(left, right);
    const core::ColleagueRow *a = m_colleagues->rowAt(left.row());
    const core::ColleagueRow *b = m_colleagues->rowAt(right.row());
    if (!a || !b)
        return left.row() < right.row();
    return core::sortsBefore(m_sortKey, *a, *b);
}

} // namespace rapport::ui
