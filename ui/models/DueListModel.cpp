#include "DueListModel.h"

#include <QIcon>

namespace rapport::ui {
namespace {

// One QIcon per kind of item, shared by every row: each renders its SVG once.
const QIcon &iconFor(core::DueType type)
{
    static const QIcon icons[] = {QIcon(QStringLiteral(":/icons/colleagues.svg")), QIcon(QStringLiteral(":/icons/quick-log.svg")),
                                  QIcon(QStringLiteral(":/icons/journal.svg")), QIcon(QStringLiteral(":/icons/today.svg"))};
    return icons[std::size_t(type)];
}

} // namespace

void DueListModel::setItems(QList<core::DueItem> items, const QDate &today)
{
    beginResetModel();
    m_items = std::move(items);
    m_today = today;
    endResetModel();
}

int DueListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

std::optional<core::DueItem> DueListModel::itemAt(int row) const
{
    if (row < 0 || row >= m_items.size())
        return std::nullopt;
    return m_items.at(row);
}

QString DueListModel::text(const core::DueItem &item) const
{
    if (item.type != core::DueType::Birthday && item.overdueDays > 0)
        return tr("%1 — %n day(s) overdue", nullptr, item.overdueDays).arg(item.title);
    if (item.dueOn > core::toDay(m_today))
        return tr("%1 — tomorrow").arg(item.title);
    return item.title;
}

QVariant DueListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::DueItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return text(item);
    case Qt::DecorationRole:
        return iconFor(item.type);
    case Qt::ToolTipRole:
        return QString(text(item) + QLatin1Char('\n')
            + (item.type == core::DueType::Touchbase ? tr("Press Enter to log a conversation with %1").arg(item.colleagueName)
                                                     : tr("Press Enter to open %1's card").arg(item.colleagueName)));
    case ColleagueRole:
        return item.colleagueId;
    case TypeRole:
        return int(item.type);
    case ColleagueNameRole:
        return item.colleagueName;
    default:
        return {};
    }
}

} // namespace rapport::ui
