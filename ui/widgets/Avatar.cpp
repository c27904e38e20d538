#include "Avatar.h"

#include <QCryptographicHash>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

#include <array>

namespace rapport::ui {

QString initialsOf(const QString &name)
{
    QString initials;
    const QStringList words = name.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const auto letter = std::find_if(word.cbegin(), word.cend(), [](QChar c) { return c.isLetter(); });
        if (letter != word.cend())
            initials += letter->toUpper();
    }
    if (initials.size() > 2)
        initials = initials.left(1) + initials.right(1);
    return initials.isEmpty() ? QStringLiteral("?") : initials;
}

QColor avatarColor(const QString &name)
{
    // Hues spread around the wheel at a saturation and lightness that keep white initials
    // readable in light and dark palettes.
    static constexpr std::array kHues = {4, 24, 38, 88, 140, 168, 190, 204, 222, 250, 276, 300, 326, 344};
    const QByteArray hash = QCryptographicHash::hash(name.simplified().toCaseFolded().toUtf8(), QCryptographicHash::Sha1);
    const auto index = static_cast<unsigned char>(hash.at(0)) % kHues.size();
    return QColor::fromHsl(kHues[index], 110, 105);
}

QPixmap avatarPixmap(const QString &name, const QByteArray &photoPng, int size, qreal devicePixelRatio)
{
    const int pixels = qMax(1, qRound(size * devicePixelRatio));
    QPixmap pixmap(pixels, pixels);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    QPainterPath circle;
    circle.addEllipse(QRectF(0, 0, pixels, pixels));

    QImage photo;
    if (!photoPng.isEmpty() && photo.loadFromData(photoPng, "PNG")) {
        painter.setClipPath(circle);
        const QImage scaled = photo.scaled(pixels, pixels, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
        painter.drawImage(QPointF((pixels - scaled.width()) / 2.0, (pixels - scaled.height()) / 2.0), scaled);
    } else {
        painter.fillPath(circle, avatarColor(name));
        QFont font = painter.font();
        font.setPixelSize(qMax(6, pixels * 2 / 5));
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(QRectF(0, 0, pixels, pixels), Qt::AlignCenter, initialsOf(name));
    }
    painter.end();
    pixmap.setDevicePixelRatio(devicePixelRatio);
    return pixmap;
}

} // namespace rapport::ui
