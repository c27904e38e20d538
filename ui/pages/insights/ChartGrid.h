#pragma once

#include <QWidget>

class QGridLayout;

namespace rapport::ui {

// Cards in two columns, or in one when the window is too narrow for two charts side by
// side; a wide card always takes a row of its own.
class ChartGrid final : public QWidget
{
    Q_OBJECT

public:
    explicit ChartGrid(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ChartGrid)

    void addCard(QWidget *card, bool wide = false);
    int columns() const { return m_columns; }
    // Below this width a chart is hard to read; two of them need twice as much.
    static constexpr int kMinCardWidth = 380;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void relayout(int columns);

    QGridLayout *m_layout = nullptr;
    QList<QPair<QWidget *, bool>> m_cards;
    int m_columns = 0;
};

} // namespace rapport::ui
