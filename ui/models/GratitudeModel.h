#pragma once

#include "PagedTableModel.h"
#include "services/GratitudeOverview.h"

namespace rapport::core {
class Journal;
}

namespace rapport::ui {

// Every gratitude entry that matches the filter, newest first unless the user sorts by
// another column, read a page at a time through the keyset query. Follows the journal
// through Journal::changed.
class GratitudeModel final : public PagedTableModel<core::GratitudeListRow, core::GratitudeKey>
{
    Q_OBJECT

public:
    enum Column { DateColumn, ColleagueColumn, DirectionColumn, WhereColumn, WhatColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // core::Id
        ColleagueIdRole,           // core::Id
        DateRole,                  // QDate
        DirectionRole,             // int of core::GratitudeDirection
        WhereRole,                 // int of core::GratitudeWhere
    };
    explicit GratitudeModel(core::Journal &journal, QObject *parent = nullptr);
    ~GratitudeModel() override;
    Q_DISABLE_COPY_MOVE(GratitudeModel)

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Any column, either way; ties run by date and id the same way.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    const core::GratitudeSort &sortOrder() const { return m_sort; }

    const core::GratitudeFilter &filter() const { return m_filter; }
    // Starts over with the first page of the new filter.
    void setFilter(const core::GratitudeFilter &filter);
    core::Id idAt(int row) const;

    static QString directionLabel(core::GratitudeDirection direction);
    static QString whereLabel(core::GratitudeWhere where);

protected:
    core::Result<QList<core::GratitudeListRow>> fetchPage(std::optional<core::GratitudeKey> after, int limit) override;
    core::GratitudeKey keyOf(const core::GratitudeListRow &row) const override;
    bool comesBefore(const core::GratitudeKey &a, const core::GratitudeKey &b) const override;

private:
    core::GratitudeQuery m_query;
    core::GratitudeFilter m_filter;
    core::GratitudeSort m_sort;
};

} // namespace rapport::ui
