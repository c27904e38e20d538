#include "PhotoScaling.h"

#include <QBuffer>
#include <QImageReader>

namespace rapport::core {

Result<QImage> PhotoScaling::read(QImageReader &reader)
{
    reader.setAutoTransform(true); // phone photos carry their rotation in EXIF
    reader.setDecideFormatFromContent(true);
    // The size comes from the header, before anything is decoded.
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty())
        return Error::inField(
            QStringLiteral("photo_png_base64"), tr("The photo could not be read: %1").arg(reader.errorString()));
    if (qint64(size.width()) * size.height() > kMaxDecodedPixels) {
        // JPEG decodes at down to an eighth of the size (other formats that take a scaled
        // size decode it whole first); anything larger is refused.
        const qint64 eighth = qint64(size.width() / 8) * (size.height() / 8);
        if (reader.format() != "jpeg" || eighth > kMaxDecodedPixels)
            return Error::inField(QStringLiteral("photo_png_base64"),
                tr("The photo is too large to read (%1 × %2 px; at most %3 megapixels).")
                    .arg(size.width())
                    .arg(size.height())
                    .arg(kMaxDecodedPixels / 1'000'000));
        reader.setScaledSize(size.scaled(kReducedSide, kReducedSide, Qt::KeepAspectRatio));
    }
    QImage image = reader.read();
    if (image.isNull())
        return Error::inField(
            QStringLiteral("photo_png_base64"), tr("The photo could not be read: %1").arg(reader.errorString()));
    return image;
}

QByteArray PhotoScaling::toPng(const QImage &image)
{
    const QImage scaled = qMax(image.width(), image.height()) > kMaxPhotoSide
        ? image.scaled(kMaxPhotoSide, kMaxPhotoSide, Qt::KeepAspectRatio, Qt::SmoothTransformation)
        : image;
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    scaled.save(&buffer, "PNG");
    return png;
}

std::optional<QByteArray> scaledPhotoPng(const QByteArray &imageBytes)
{
    QBuffer buffer;
    buffer.setData(imageBytes);
    if (!buffer.open(QIODevice::ReadOnly))
        return std::nullopt;
    QImageReader reader(&buffer);
    const auto image = PhotoScaling::read(reader);
    if (!image)
        return std::nullopt;
    QByteArray png = PhotoScaling::toPng(*image);
    if (png.isEmpty())
        return std::nullopt;
    return png;
}

} // namespace rapport::core
