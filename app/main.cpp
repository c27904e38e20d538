// rapport: the desktop app. The composition root: settings, logging, the journal, the
// main window. Everything else lives in rapport_core and rapport_ui.
#include "QuitOnSignal.h"
#include "services/Journal.h"
#include "services/Locations.h"
#include "services/Logging.h"
#include "services/Settings.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>

#include <spdlog/spdlog.h>

namespace {

struct Options
{
    QString journal;
    bool minimized = false;
    bool verbose = false;
};

Options parseOptions(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "A private journal for building trust with the people you work with."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption journal(QStringLiteral("journal"),
                                     QApplication::translate("main", "Open this journal (default: the last one used)."),
                                     QApplication::translate("main", "path"));
    const QCommandLineOption minimized(QStringLiteral("minimized"), QApplication::translate("main", "Start hidden."));
    const QCommandLineOption verbose(QStringLiteral("verbose"), QApplication::translate("main", "Log to the console too."));
    parser.addOptions({journal, minimized, verbose});
    parser.process(app);
    return {parser.value(journal), parser.isSet(minimized), parser.isSet(verbose)};
}

QString journalToOpen(const Options &options, const rapport::core::Settings &settings)
{
    if (!options.journal.isEmpty())
        return QFileInfo(options.journal).absoluteFilePath();
    const QString last = settings.lastJournal();
    if (!last.isEmpty() && QFileInfo::exists(last))
        return last;
    return rapport::core::defaultJournalPath();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("rapport"));
    QApplication::setApplicationDisplayName(QStringLiteral("Rapport"));
    QApplication::setApplicationVersion(QStringLiteral(RAPPORT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("rapport"));

    const Options options = parseOptions(app);
    rapport::core::setupLogging(QStringLiteral("rapport"), options.verbose);
    rapport::core::Settings settings;
    rapport::core::SystemClock clock;

    const QString path = journalToOpen(options, settings);
    auto journal = rapport::core::Journal::open(path, rapport::core::Database::OpenMode::CreateIfMissing, clock);
    if (!journal) {
        spdlog::error("cannot open journal: {}", journal.error().message.toStdString());
        QMessageBox::critical(nullptr, QApplication::translate("main", "Rapport"), journal.error().message);
        return 1;
    }
    settings.setLastJournal(path);
    spdlog::info("opened journal");

    rapport::app::quitApplicationOnSignals();
    rapport::ui::MainWindow window(**journal);
    if (options.minimized)
        window.showMinimized();
    else
        window.show();
    return QApplication::exec();
}
