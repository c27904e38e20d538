#pragma once

#include <QIconEngine>
#include <QString>

#include <memory>

class QSvgRenderer;

namespace rapport::ui {

// The app icon with the number of due items on a badge, drawn when the icon is painted
// (the SVG and the badge both at the size asked for), so it stays crisp at whatever
// size the tray, the panel or the scaling factor wants. No badge for zero.
class BadgeIconEngine final : public QIconEngine
{
public:
    explicit BadgeIconEngine(int count, QString svgPath = QStringLiteral(":/icons/rapport.svg"));
    ~BadgeIconEngine() override;

    int count() const { return m_count; }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;
    bool isNull() override;

private:
    BadgeIconEngine(const BadgeIconEngine &other);

    int m_count;
    QString m_svgPath;
    std::unique_ptr<QSvgRenderer> m_renderer;
};

} // namespace rapport::ui
