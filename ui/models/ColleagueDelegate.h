#pragma once

#include <QStyledItemDelegate>

namespace rapport::ui {

// One colleague per line: avatar, bold name with "role · team" below, and on the right
// the health score over the next touchbase. Archived colleagues are dimmed. Colours come
// from the palette only, so light and dark themes both work.
class ColleagueDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ColleagueDelegate(QObject *parent = nullptr);
    ~ColleagueDelegate() override;
    Q_DISABLE_COPY_MOVE(ColleagueDelegate)

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace rapport::ui
