// rapport: the desktop app. The composition root: settings, logging, the clock, one
// instance per session, the journal and the main window. Everything else lives in
// rapport_core and rapport_ui.
#include "QuitOnSignal.h"
#include "services/Journal.h"
#include "services/Locations.h"
#include "services/Logging.h"
#include "services/Settings.h"
#include "shell/DesktopReminders.h"
#include "shell/BackupActions.h"
#include "shell/MainWindow.h"
#include "shell/PseudoTranslator.h"
#include "shell/SingleInstance.h"
#include "shell/Translations.h"
#include "shell/WelcomeDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>

#include <spdlog/spdlog.h>

#include <cstdio>

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
    const QString path = parser.value(journal);
    return {path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath(), parser.isSet(minimized), parser.isSet(verbose)};
}

// The journal named on the command line, else the last one used, else — the first time
// — what the welcome offers, else the default journal.
bool openFirstJournal(rapport::ui::MainWindow &window, const Options &options, rapport::core::Settings &settings)
{
    using rapport::core::Database;
    if (!options.journal.isEmpty())
        return window.openJournal(options.journal, Database::OpenMode::CreateIfMissing);
    const QString last = settings.lastJournal();
    if (!last.isEmpty() && QFileInfo::exists(last))
        return window.openJournal(last, Database::OpenMode::MustExist);
    const QString defaultPath = rapport::core::defaultJournalPath();
    if (!settings.welcomed() && !QFileInfo::exists(defaultPath) && !options.minimized) {
        rapport::ui::WelcomeDialog welcome;
        if (welcome.exec() != QDialog::Accepted)
            return false;
        settings.setWelcomed(true);
        if (welcome.choice() == rapport::ui::WelcomeDialog::Choice::ExploreDemo)
            return window.openDemoJournal();
    }
    return window.openJournal(defaultPath, Database::OpenMode::CreateIfMissing);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("rapport"));
    QApplication::setApplicationDisplayName(QStringLiteral("Rapport"));
    QApplication::setApplicationVersion(QStringLiteral(RAPPORT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("rapport"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/rapport.svg")));

    rapport::core::Settings settings;
    // The language chosen in Preferences, else the system's; read once, at start.
    rapport::ui::installTranslations(app, settings.language());
    // RAPPORT_PSEUDO_TRANSLATE=1 lengthens every string by 40 %, to check layouts for
    // longer languages.
    rapport::ui::PseudoTranslator pseudo;
    if (qEnvironmentVariableIntValue("RAPPORT_PSEUDO_TRANSLATE") == 1)
        QApplication::installTranslator(&pseudo);

    const Options options = parseOptions(app);
    rapport::core::setupLogging(QStringLiteral("rapport"), options.verbose);

    // A second start brings the running window forward instead of opening the journal twice.
    rapport::ui::SingleInstance instance(QStringLiteral("rapport"));
    if (instance.sendToRunning(options.journal)) {
        std::fputs("Rapport is already running; its window was brought forward.\n", stdout);
        return 0;
    }
    instance.listen();

    rapport::core::SystemClock clock;
    rapport::ui::MainWindow window(settings, clock);
    // Before the journal opens, so a reminder missed while Rapport was closed goes out as
    // soon as it does.
    rapport::ui::DesktopReminders reminders(window, settings, clock);
    if (!openFirstJournal(window, options, settings))
        return 1;
    // Today's backup of each journal opened, in the data folder's backups, the last 7 kept.
    window.backups()->startRollingBackups();

    QObject::connect(&instance, &rapport::ui::SingleInstance::activationRequested, &window, [&window](const QString &path) {
        if (!path.isEmpty())
            window.openJournal(path, rapport::core::Database::OpenMode::CreateIfMissing);
        window.showNormal();
        window.raise();
        window.activateWindow();
    });
    rapport::app::quitApplicationOnSignals();
    // Hidden in the tray when there is one; else minimized, so it can still be found.
    if (options.minimized && reminders.keepsRunningInTray())
        window.hide();
    else if (options.minimized)
        window.showMinimized();
    else
        window.show();
    return QApplication::exec();
}
