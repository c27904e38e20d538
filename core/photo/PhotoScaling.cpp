#include "PhotoScaling.h"

#include <QBuffer>
#include <QImageReader>

#include <algorithm>
#include <climits>
#include <png.h>

namespace rapport::core {
namespace {

Error unreadable(const QString &why)
{
    return Error::inField(
        QStringLiteral("photo_png_base64"), PhotoScaling::tr("The photo could not be read: %1").arg(why));
}

Error tooLarge(const QSize &size)
{
    return Error::inField(QStringLiteral("photo_png_base64"),
        PhotoScaling::tr("The photo is too large to read (%1 × %2 px; at most %3 megapixels).")
            .arg(size.width())
            .arg(size.height())
            .arg(PhotoScaling::kMaxDecodedPixels / 1'000'000));
}

// The whole of what the reader points at when it is a PNG; nullopt when it is not one.
std::optional<QByteArray> pngBytes(QImageReader &reader)
{
    static constexpr char kSignature[] = "\x89PNG\r\n\x1a\n";
    QIODevice *device = reader.device();
    if (!device || (!device->isOpen() && !device->open(QIODevice::ReadOnly)))
        return std::nullopt;
    if (device->peek(8) != QByteArrayView(kSignature, 8))
        return std::nullopt;
    return device->readAll();
}

// PNGs are decoded here rather than by Qt, whose reader leaves libpng's errors to libpng's
// default handler: that prints "libpng error: ..." straight to stderr. libpng's simplified
// API keeps its warnings and errors in image.message instead.
Result<QImage> readPng(const QByteArray &bytes)
{
    png_image image {};
    image.version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_memory(&image, bytes.constData(), std::size_t(bytes.size())))
        return unreadable(QString::fromLatin1(image.message));
    const QSize size(
        int(std::min<png_uint_32>(image.width, INT_MAX)), int(std::min<png_uint_32>(image.height, INT_MAX)));
    if (qint64(image.width) * image.height > PhotoScaling::kMaxDecodedPixels) {
        png_image_free(&image);
        return tooLarge(size);
    }
    image.format = PNG_FORMAT_RGBA;
    QImage out(size, QImage::Format_RGBA8888);
    if (out.isNull()) {
        png_image_free(&image);
        return unreadable(PhotoScaling::tr("not enough memory"));
    }
    // The stride counts components, which are bytes at 8 bits each.
    const bool read = png_image_finish_read(&image, nullptr, out.bits(), png_int_32(out.bytesPerLine()), nullptr);
    const QString message = QString::fromLatin1(image.message);
    png_image_free(&image); // finish_read frees it too; a second free does nothing
    if (!read)
        return unreadable(message);
    return out;
}

} // namespace

Result<QImage> PhotoScaling::read(QImageReader &reader)
{
    if (auto png = pngBytes(reader))
        return readPng(*png);
    reader.setAutoTransform(true); // phone photos carry their rotation in EXIF
    reader.setDecideFormatFromContent(true);
    // The size comes from the header, before anything is decoded.
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty())
        return unreadable(reader.errorString());
    if (qint64(size.width()) * size.height() > kMaxDecodedPixels) {
        // JPEG decodes at down to an eighth of the size (other formats that take a scaled
        // size decode it whole first); anything larger is refused.
        const qint64 eighth = qint64(size.width() / 8) * (size.height() / 8);
        if (reader.format() != "jpeg" || eighth > kMaxDecodedPixels)
            return tooLarge(size);
        reader.setScaledSize(size.scaled(kReducedSide, kReducedSide, Qt::KeepAspectRatio));
    }
    QImage image = reader.read();
    if (image.isNull())
        return unreadable(reader.errorString());
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
