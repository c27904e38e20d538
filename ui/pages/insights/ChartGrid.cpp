#include "ChartGrid.h"

#include <QGridLayout>
#include <QResizeEvent>

namespace rapport::ui {

ChartGrid::ChartGrid(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QGridLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    relayout(1);
}

void ChartGrid::addCard(QWidget *card, bool wide)
{
    card->setParent(this);
    m_cards.append({ card, wide });
    relayout(m_columns);
}

void ChartGrid::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int spacing = m_layout->horizontalSpacing();
    relayout(event->size().width() >= 2 * kMinCardWidth + spacing ? 2 : 1);
}

void ChartGrid::relayout(int columns)
{
    if (columns == m_columns && m_layout->count() == m_cards.size())
        return;
    m_columns = columns;
    while (m_layout->count() > 0)
        delete m_layout->takeAt(0); // the items only; the cards stay
    int row = 0;
    int column = 0;
    for (const auto &[card, wide] : std::as_const(m_cards)) {
        if (wide || columns == 1) {
            if (column > 0)
                ++row;
            m_layout->addWidget(card, row++, 0, 1, columns);
            column = 0;
            continue;
        }
        m_layout->addWidget(card, row, column);
        if (++column == columns) {
            column = 0;
            ++row;
        }
    }
    for (int c = 0; c < 2; ++c)
        m_layout->setColumnStretch(c, c < columns ? 1 : 0);
}

} // namespace rapport::ui
