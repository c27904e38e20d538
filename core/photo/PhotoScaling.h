#pragma once

#include "domain/Records.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>

#include <optional>

class QImageReader;

namespace rapport::core {

// How the app and the command line turn any image into the photo a colleague keeps: at
// most kMaxPhotoSide px on its longer side, scaled smoothly, as PNG. Kept apart from
// rapport_core because it needs Qt Gui (QImage works without a display).
class PhotoScaling final
{
    Q_DECLARE_TR_FUNCTIONS(PhotoScaling)

public:
    // Decodes what `reader` points at (JPEG, PNG, GIF, any format QImageReader reads; the
    // format from the content, EXIF rotation applied) without letting a hostile image take
    // more memory than kMaxDecodedPixels; a JPEG larger than that is decoded at a reduced
    // size instead. The error says why nothing could be read. PNGs are read by libpng
    // itself, so that nothing of a damaged one reaches stderr.
    static Result<QImage> read(QImageReader &reader);
    // The image scaled down to fit kMaxPhotoSide (never up), as PNG bytes.
    static QByteArray toPng(const QImage &image);

    // About 96 MB at 4 bytes a pixel: a 24-megapixel photo decodes whole.
    static constexpr qint64 kMaxDecodedPixels = 24'000'000;
    // A larger JPEG, which libjpeg can decode scaled, is read at about this size.
    static constexpr int kReducedSide = 4 * kMaxPhotoSide;
};

// The photo a colleague keeps, from the bytes of an image file; nullopt when they are not
// an image that can be read (or one too large to decode).
std::optional<QByteArray> scaledPhotoPng(const QByteArray &imageBytes);

} // namespace rapport::core
