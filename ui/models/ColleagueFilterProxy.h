#pragma once

#include "services/ColleagueDirectory.h"

#include <QSortFilterProxyModel>

namespace rapport::ui {

class ColleagueListModel;

// Filters and sorts a ColleagueListModel with the core's ColleagueFilter and sort keys, so
// what the list shows is what the core tests check. The sort key is passed on to the
// source too, which then fetches its batches in the same order.
class ColleagueFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ColleagueFilterProxy(QObject *parent = nullptr);
    ~ColleagueFilterProxy() override;
    Q_DISABLE_COPY_MOVE(ColleagueFilterProxy)

    void setSourceModel(QAbstractItemModel *model) override;

    const core::ColleagueFilter &filter() const { return m_filter; }
    void setFilter(const core::ColleagueFilter &filter);
    core::ColleagueSort sortKey() const { return m_sortKey; }
    void setSortKey(core::ColleagueSort key);

    // How many of all the source's colleagues, fetched or not, the filter lets through.
    int matchingCount() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    ColleagueListModel *m_colleagues = nullptr;
    core::ColleagueFilter m_filter;
    core::ColleagueSort m_sortKey = core::ColleagueSort::Name;
};

} // namespace rapport::ui
