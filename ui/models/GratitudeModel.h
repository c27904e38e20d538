#pragma once

#include "services/GratitudeOverview.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace rapport::core {
class Journal;
}

namespace rapport::ui {

// Every gratitude entry, newest first, read a page at a time through the keyset query;
// the view asks for more as it scrolls. Follows the journal through Journal::changed.
class GratitudeModel final : public QAbstractTableModel
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
    static constexpr int kPageSize = 200;

    explicit GratitudeModel(core::Journal &journal, QObject *parent = nullptr);
    ~GratitudeModel() override;
    Q_DISABLE_COPY_MOVE(GratitudeModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const core::GratitudeFilter &filter() const { return m_filter; }
    // Starts over with the first page of the new filter.
    void setFilter(const core::GratitudeFilter &filter);
    bool allLoaded() const { return m_atEnd; }
    core::Id idAt(int row) const;

    // Reads again every row down to the last one loaded (after any change to the journal).
    void reload();

    static QString directionLabel(core::GratitudeDirection direction);
    static QString whereLabel(core::GratitudeWhere where);

Q_SIGNALS:
    // Rows were loaded, reloaded or the filter changed: empty states move.
    void loaded();
    void loadFailed(const QString &message);

private:
    std::optional<QList<core::GratitudeListRow>> read(std::optional<core::GratitudeKey> after,
                                                      std::optional<core::GratitudeKey> boundary);
    void merge(const QList<core::GratitudeListRow> &fresh);

    core::GratitudeQuery m_query;
    core::GratitudeFilter m_filter;
    QList<core::GratitudeListRow> m_rows;
    bool m_atEnd = false;
    // Views ask for more from inside the model's own signals, which would nest changes.
    bool m_changing = false;
};

} // namespace rapport::ui
