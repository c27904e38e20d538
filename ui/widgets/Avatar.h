#pragma once

#include <QByteArray>
#include <QColor>
#include <QPixmap>
#include <QString>

namespace rapport::ui {

// A colleague's avatar: their photo cut to a circle, or their initials on a colour that
// stays the same for the same name (so people are recognised at a glance across pages).
// `size` is in device-independent pixels; the pixmap is drawn for `devicePixelRatio`.
QPixmap avatarPixmap(const QString &name, const QByteArray &photoPng, int size, qreal devicePixelRatio);
// "Ana Silva" -> "AS", "Ben" -> "B"; letters only, upper-cased.
QString initialsOf(const QString &name);
// A calm, readable background colour derived from the name.
QColor avatarColor(const QString &name);

} // namespace rapport::ui
