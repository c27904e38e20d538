#pragma once

#include "services/PromisesOverview.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace rapport::ui {

// The promises that match a filter, open ones first by due date, then closed ones latest
// first, unless the user sorts by a column. A journal holds hundreds of promises, so the
// list is read whole and read again after every change (the page keeps the selection by
// id).
class PromiseModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DueColumn, ColleagueColumn, WhatColumn, DirectionColumn, StateColumn, MovedColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // core::Id
        ColleagueIdRole,           // core::Id
        DueRole,                   // QDate
        ClosedRole,                // QDate, invalid while open
        StatusRole,                // int of core::CommitmentStatus
        DirectionRole,             // int of core::CommitmentDirection
    };

    explicit PromiseModel(core::Journal &journal, QObject *parent = nullptr);
    ~PromiseModel() override;
    Q_DISABLE_COPY_MOVE(PromiseModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Any column, either way; -1 restores the journal's order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const core::CommitmentFilter &filter() const { return m_filter; }
    void setFilter(const core::CommitmentFilter &filter);
    const core::CommitmentListRow *rowAt(int row) const;
    core::Id idAt(int row) const;
    int rowOf(core::Id id) const; // -1 when not listed

    // "Open — due in 3 days", "Overdue by 2 days", "Done 12 Mar (on time)", "Dropped 5 Mar".
    static QString stateText(const core::CommitmentListRow &row, const QDate &today);

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);

private:
    core::PromisesOverview m_overview;
    core::CommitmentFilter m_filter;
    QList<core::CommitmentListRow> m_rows;
    QDate m_today;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    void sortRows();
};

} // namespace rapport::ui
