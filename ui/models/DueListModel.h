#pragma once

#include "services/DueList.h"

#include <QAbstractListModel>
#include <QDate>

#include <optional>

namespace rapport::ui {

// The due list as a model: texts are made when a row is shown, not for every item, so a
// list of thousands costs nothing until it scrolls.
class DueListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { ColleagueRole = Qt::UserRole + 1, TypeRole, ColleagueNameRole };

    using QAbstractListModel::QAbstractListModel;

    void setItems(QList<core::DueItem> items, const QDate &today);
    // The item on this row, or nullopt.
    std::optional<core::DueItem> itemAt(int row) const;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString text(const core::DueItem &item) const;

    QList<core::DueItem> m_items;
    QDate m_today;
};

} // namespace rapport::ui
