// Photos from files are decoded without a word on stderr: a PNG with a bad iCCP chunk is
// read (libpng only warns), a truncated one is an error that says why, and neither
// leaves a "libpng ..." line behind, whether or not a Qt message handler is installed.

#include "photo/PhotoScaling.h"

#include <QBuffer>
#include <QFile>
#include <QImageReader>
#include <QTemporaryFile>

#include <gtest/gtest.h>

#include <cstdio>
#include <unistd.h>

namespace rapport::core {
namespace {

using namespace Qt::StringLiterals;

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(RAPPORT_IO_FIXTURES) + u"/hostile/"_s + QLatin1String(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return file.readAll();
}

// What the process writes to file descriptor 2 while `work` runs.
template<typename Work> QByteArray stderrOf(Work work)
{
    QTemporaryFile capture;
    EXPECT_TRUE(capture.open());
    std::fflush(stderr);
    const int saved = ::dup(STDERR_FILENO);
    ::dup2(capture.handle(), STDERR_FILENO);
    work();
    std::fflush(stderr);
    ::dup2(saved, STDERR_FILENO);
    ::close(saved);
    capture.seek(0);
    return capture.readAll();
}

Result<QImage> readBytes(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    return PhotoScaling::read(reader);
}

TEST(PhotoScalingTest, APngWithABadIccpChunkIsReadQuietly)
{
    std::optional<Result<QImage>> image;
    EXPECT_EQ(stderrOf([&] { image = readBytes(fixture("bad-iccp.png")); }), QByteArray());
    ASSERT_TRUE(image->ok()) << image->error().message.toStdString();
    EXPECT_EQ((*image)->size(), QSize(2, 2));
    EXPECT_EQ((*image)->pixelColor(1, 1), QColor(255, 0, 0));
}

TEST(PhotoScalingTest, ATruncatedPngIsAnErrorNotALineOfLibpng)
{
    std::optional<Result<QImage>> image;
    EXPECT_EQ(stderrOf([&] { image = readBytes(fixture("truncated.png")); }), QByteArray());
    ASSERT_FALSE(image->ok());
    EXPECT_TRUE(image->error().message.startsWith(u"The photo could not be read: "_s))
        << image->error().message.toStdString();
    EXPECT_EQ(image->error().field, u"photo_png_base64"_s);
    EXPECT_EQ(stderrOf([] { EXPECT_EQ(scaledPhotoPng(fixture("truncated.png")), std::nullopt); }), QByteArray());
}

TEST(PhotoScalingTest, AGoodPngFromAFileIsReadAndScaled)
{
    QImage big(1200, 600, QImage::Format_RGB32);
    big.fill(Qt::blue);
    QTemporaryFile file(u"XXXXXX.png"_s);
    ASSERT_TRUE(file.open());
    ASSERT_TRUE(big.save(&file, "PNG"));
    file.close();
    QImageReader reader(file.fileName());
    const auto image = PhotoScaling::read(reader);
    ASSERT_TRUE(image.ok()) << image.error().message.toStdString();
    EXPECT_EQ(image->size(), QSize(1200, 600));
    const QImage scaled = QImage::fromData(PhotoScaling::toPng(*image), "PNG");
    EXPECT_EQ(std::max(scaled.width(), scaled.height()), kMaxPhotoSide);
    EXPECT_EQ(scaled.pixelColor(0, 0), QColor(Qt::blue));
}

} // namespace
} // namespace rapport::core
