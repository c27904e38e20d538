#pragma once

#include <QLayout>
#include <QList>

namespace rapport::ui {

// Lays items out left to right and wraps to a new row when the width runs out, so any
// number of chips (and longer translated names) fit without widening the dialog.
class ChipFlowLayout final : public QLayout
{
public:
    explicit ChipFlowLayout(QWidget *parent = nullptr);
    ~ChipFlowLayout() override;
    Q_DISABLE_COPY_MOVE(ChipFlowLayout)

    void addItem(QLayoutItem *item) override;
    int count() const override { return static_cast<int>(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
};

} // namespace rapport::ui
