#include "Logging.h"

#include "Locations.h"

#include <QDir>
#include <QFile>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <vector>

namespace rapport::core {
namespace {

void qtMessageToSpdlog(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    const std::string text = message.toStdString();
    switch (type) {
    case QtDebugMsg: spdlog::debug("qt: {}", text); break;
    case QtInfoMsg: spdlog::info("qt: {}", text); break;
    case QtWarningMsg: spdlog::warn("qt: {}", text); break;
    case QtCriticalMsg: spdlog::error("qt: {}", text); break;
    case QtFatalMsg: spdlog::critical("qt: {}", text); spdlog::shutdown(); std::abort();
    }
}

// Runs before spdlog opens the log file, the first time and after each rotation (which
// renames the full file away and opens a new one by the same name): the file exists
// owner-only before spdlog's fopen, which would create it as the umask says. No umask
// is changed, which would race with every other thread that creates a file.
void createOwnerOnly(const spdlog::filename_t &name)
{
    const int fd = ::open(name.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return; // spdlog's own open then fails and says so
    ::fchmod(fd, 0600); // one left by an older version may be readable by others
    ::close(fd);
}

} // namespace

void setupLogging(const QString &program, bool verbose)
{
    setupLogging(program, verbose, dataFolder(), 1024 * 1024);
}

void setupLogging(const QString &program, bool verbose, const QString &folder, qint64 maxFileBytes)
{
    std::vector<spdlog::sink_ptr> sinks;
    if (QDir().mkpath(folder)) {
        ::chmod(QFile::encodeName(folder).constData(), 0700);
        try {
            const QString logFile = QDir(folder).filePath(QStringLiteral("rapport.log"));
            spdlog::file_event_handlers events;
            events.before_open = createOwnerOnly;
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                logFile.toStdString(), std::size_t(maxFileBytes), 3, false, events);
            file->set_level(spdlog::level::info);
            sinks.push_back(file);
        } catch (const spdlog::spdlog_ex &) {
            // A read-only home must not stop the program: it runs without a log file.
        }
    }
    if (verbose) {
        auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        console->set_level(spdlog::level::debug);
        sinks.push_back(console);
    }
    auto logger = std::make_shared<spdlog::logger>(program.toStdString(), sinks.begin(), sinks.end());
    logger->set_level(verbose ? spdlog::level::debug : spdlog::level::info);
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    spdlog::flush_every(std::chrono::seconds(5));
    qInstallMessageHandler(qtMessageToSpdlog);
}

} // namespace rapport::core
