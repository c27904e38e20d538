#include "ChipFlowLayout.h"

#include <QWidget>

namespace rapport::ui {

ChipFlowLayout::ChipFlowLayout(QWidget *parent) : QLayout(parent) {}

ChipFlowLayout::~ChipFlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void ChipFlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

QLayoutItem *ChipFlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

QSize ChipFlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize ChipFlowLayout::sizeHint() const
{
    return minimumSize();
}

void ChipFlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int ChipFlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = spacing() >= 0 ? spacing() : 6;
    int x = area.x();
    int y = area.y();
    int rowHeight = 0;
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        if (x > area.x() && x + hint.width() > area.right() + 1) {
            x = area.x();
            y += rowHeight + gap;
            rowHeight = 0;
        }
        if (apply)
            item->setGeometry(QRect(QPoint(x, y), QSize(qMin(hint.width(), area.width()), hint.height())));
        x += hint.width() + gap;
        rowHeight = qMax(rowHeight, hint.height());
    }
    const QMargins margins = contentsMargins();
    return y + rowHeight - rect.y() + margins.bottom();
}

} // namespace rapport::ui
