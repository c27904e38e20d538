#pragma once

#include "services/DueList.h"

#include <QAbstractListModel>
#include <QDate>

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
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString text(const core::DueItem &item) const;

    QList<core::DueItem> m_items;
    QDate m_today;
};

} // namespace rapport::ui
