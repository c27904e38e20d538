// The log may name colleagues' ids and the journal's path: every file of it, the one
// being written and each rotated one, is owner-only (0600) from its first byte, whatever
// the umask.

#include "services/Logging.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <spdlog/spdlog.h>

#include <string>
#include <sys/stat.h>

namespace rapport::core {
namespace {

using namespace Qt::StringLiterals;

mode_t modeOf(const QString &path)
{
    struct stat info
    {
    };
    EXPECT_EQ(::stat(QFile::encodeName(path).constData(), &info), 0) << path.toStdString();
    return info.st_mode & 07777;
}

TEST(LoggingTest, EveryLogFileIsOwnerOnlyThroughRotation)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString folder = dir.filePath(u"data"_s);
    const mode_t umask = ::umask(0); // the widest: anything but 0600 shows
    setupLogging(u"logging_test"_s, false, folder, 4096);
    EXPECT_EQ(modeOf(QDir(folder).filePath(u"rapport.log"_s)), 0600u); // before the first line
    const std::string line(200, 'x');
    for (int i = 0; i < 100; ++i) // about 24 KB: rotated past rapport.3.log
        spdlog::info("line {} {}", i, line);
    spdlog::default_logger()->flush();
    ::umask(umask);

    const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
    EXPECT_EQ(files, (QStringList { u"rapport.1.log"_s, u"rapport.2.log"_s, u"rapport.3.log"_s, u"rapport.log"_s }));
    for (const QString &file : files)
        EXPECT_EQ(modeOf(QDir(folder).filePath(file)), 0600u) << file.toStdString();
    EXPECT_EQ(modeOf(folder), 0700u);
    spdlog::shutdown();
}

} // namespace
} // namespace rapport::core
