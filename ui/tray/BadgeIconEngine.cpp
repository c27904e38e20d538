#include "BadgeIconEngine.h"

#include "ReminderText.h"

#include <QFont>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace rapport::ui {

BadgeIconEngine::BadgeIconEngine(int count, QString svgPath)
    : m_count(count)
    , m_svgPath(std::move(svgPath))
    , m_renderer(std::make_unique<QSvgRenderer>(m_svgPath))
{
}

BadgeIconEngine::BadgeIconEngine(const BadgeIconEngine &other)
    : QIconEngine(other)
    , m_count(other.m_count)
    , m_svgPath(other.m_svgPath)
    , m_renderer(std::make_unique<QSvgRenderer>(m_svgPath))
{
}

BadgeIconEngine::~BadgeIconEngine() = default;

void BadgeIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State)
{
    // Square and centred: trays hand out rectangles that are not always square.
    const int side = qMin(rect.width(), rect.height());
    if (side <= 0)
        return;
    const QRectF square(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0, side, side);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    if (mode == QIcon::Disabled)
        painter->setOpacity(0.5);
    m_renderer->render(painter, square);

    const QString text = ReminderText::badge(m_count);
    if (!text.isEmpty()) {
        // The badge sits in the top right corner and grows sideways for "99+", so the
        // count stays readable at 16 px while most of the icon still shows.
        const qreal height = side * 0.56;
        const qreal width = text.size() == 1 ? height : height * (0.45 + 0.32 * text.size());
        const QRectF badge(square.right() - width, square.top(), width, height);
        painter->setPen(QPen(QColor(0xff, 0xff, 0xff), qMax(1.0, side / 32.0)));
        painter->setBrush(QColor(0xc6, 0x28, 0x28));
        painter->drawRoundedRect(badge, height / 2, height / 2);

        QFont font = painter->font();
        font.setBold(true);
        font.setPixelSize(qMax(6, qRound(height * (text.size() > 2 ? 0.62 : 0.74))));
        painter->setFont(font);
        painter->setPen(Qt::white);
        painter->drawText(badge, Qt::AlignCenter, text);
    }
    painter->restore();
}

QSize BadgeIconEngine::actualSize(const QSize &size, QIcon::Mode, QIcon::State)
{
    return size;
}

QPixmap BadgeIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    // `size` is in device pixels: QIcon multiplies by the device pixel ratio before it
    // asks, so this draws every pixel at the size it is shown.
    QPixmap pixmap(size);
    pixmap.fill(Qt::transparent);
    if (size.isEmpty())
        return pixmap;
    QPainter painter(&pixmap);
    paint(&painter, QRect(QPoint(0, 0), size), mode, state);
    return pixmap;
}

QList<QSize> BadgeIconEngine::availableSizes(QIcon::Mode, QIcon::State)
{
    // Any size: the SVG is scalable. These are the usual ones, for whoever asks.
    return { QSize(16, 16), QSize(22, 22), QSize(24, 24), QSize(32, 32), QSize(48, 48), QSize(64, 64) };
}

QIconEngine *BadgeIconEngine::clone() const
{
    return new BadgeIconEngine(*this);
}

QString BadgeIconEngine::key() const
{
    return QStringLiteral("RapportBadge");
}

bool BadgeIconEngine::isNull()
{
    return !m_renderer->isValid();
}

} // namespace rapport::ui
