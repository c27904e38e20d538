#include "Logging.h"

#include "Locations.h"

#include <QDir>
#include <QFile>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <sys/stat.h>

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

} // namespace

void setupLogging(const QString &program, bool verbose)
{
    std::vector<spdlog::sink_ptr> sinks;
    const QString folder = dataFolder();
    if (QDir().mkpath(folder)) {
        ::chmod(QFile::encodeName(folder).constData(), 0700);
        try {
            const QString logFile = QDir(folder).filePath(QStringLiteral("rapport.log"));
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(logFile.toStdString(), 1024 * 1024, 3);
            ::chmod(QFile::encodeName(logFile).constData(), 0600);
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
