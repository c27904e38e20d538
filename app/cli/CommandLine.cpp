#include "CommandLine.h"

#include "CliContext.h"
#include "services/Logging.h"

#include <QFileInfo>

#include <vector>

namespace rapport::cli {
namespace {

const QString kProgram = QStringLiteral("rapport-cli");

std::vector<const CommandSpec *> allCommands()
{
    std::vector<const CommandSpec *> all;
    for (const auto group :
        { colleagueCommands(), entryCommands(), reportCommands(), transferCommands(), backupCommands() }) {
        for (const CommandSpec &spec : group)
            all.push_back(&spec);
    }
    return all;
}

const CommandSpec *findCommand(const QString &name)
{
    for (const CommandSpec *spec : allCommands()) {
        if (name == QLatin1String(spec->name))
            return spec;
    }
    return nullptr;
}

// The options every command takes.
void addGlobalOptions(QCommandLineParser &parser)
{
    // parse() then never exits on its own, and "-abc" is not read as "-a -b -c".
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(QCommandLineOption({ QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help.")));
    addOption(parser, "version", QT_TRANSLATE_NOOP("Cli", "Show the version."));
    addOption(parser, "db",
        QT_TRANSLATE_NOOP("Cli", "The journal (default: the one the app used last, else the default journal)."),
        QT_TRANSLATE_NOOP("Cli", "PATH"));
    addOption(parser, "verbose", QT_TRANSLATE_NOOP("Cli", "Log to the console as well as to the log file."));
}

// The index of the command name in `arguments`: the first argument that is neither an
// option nor the value of --db. -1 when there is none.
qsizetype commandIndex(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (arg == QLatin1String("--"))
            return i + 1 < arguments.size() ? i + 1 : -1;
        if (arg == QLatin1String("--db") || arg == QLatin1String("-db"))
            ++i;
        else if (!arg.startsWith(QLatin1Char('-')))
            return i;
    }
    return -1;
}

QString version()
{
    return kProgram + QLatin1Char(' ') + QCoreApplication::applicationVersion();
}

QString globalHelp()
{
    QString text = tr("Usage: rapport-cli COMMAND [options]") + QLatin1Char('\n')
        + tr("Rapport's journal from the command line: build trust with colleagues, one small action a day.")
        + QStringLiteral("\n\n") + tr("Commands:") + QLatin1Char('\n');
    for (const CommandSpec *spec : allCommands())
        text += QStringLiteral("  ") + QString::fromLatin1(spec->name).leftJustified(15) + tr(spec->summary)
            + QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("Options for every command:") + QLatin1Char('\n')
        + tr("  --db PATH    The journal (default: the one the app used last, else the default journal).")
        + QLatin1Char('\n') + tr("  --verbose    Log to the console as well as to the log file.") + QLatin1Char('\n')
        + tr("  -h, --help   Show help; after a command, that command's options and an example.") + QLatin1Char('\n')
        + tr("  --version    Show the version.") + QStringLiteral("\n\n")
        + tr("WHO is a colleague's exact name (any case) or #ID. Dates are YYYY-MM-DD.") + QLatin1Char('\n')
        + tr("Exit status: 0 done, 1 bad input or a journal error, 2 usage error.") + QLatin1Char('\n')
        + tr("Run \"rapport-cli COMMAND --help\" for a command's options and an example.") + QLatin1Char('\n');
    return text;
}

// QCommandLineParser's option list under our own usage line, then an example.
QString commandHelp(const CommandSpec &spec, const QCommandLineParser &parser)
{
    const QString generated = parser.helpText();
    const qsizetype firstLineEnd = generated.indexOf(QLatin1Char('\n'));
    return tr("Usage: rapport-cli %1 %2").arg(QLatin1String(spec.name), tr(spec.synopsis)) + generated.mid(firstLineEnd)
        + QLatin1Char('\n') + tr("Example:") + QStringLiteral("\n  ") + QLatin1String(spec.example) + QLatin1Char('\n');
}

int runWithoutCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    addGlobalOptions(parser);
    if (!parser.parse(arguments)) {
        err << kProgram << QStringLiteral(": ") << parser.errorText() << '\n'
            << tr("Try \"rapport-cli --help\".") << '\n';
        return kExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << globalHelp();
        return kExitOk;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << version() << '\n';
        return kExitOk;
    }
    err << kProgram << QStringLiteral(": ") << tr("no command given") << "\n\n" << globalHelp();
    return kExitUsage;
}

} // namespace

int runCommandLine(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const qsizetype index = commandIndex(arguments);
    if (index < 0)
        return runWithoutCommand(arguments, out, err);
    const QString name = arguments[index];
    const CommandSpec *spec = findCommand(name);
    if (!spec) {
        err << kProgram << QStringLiteral(": ") << tr("unknown command \"%1\"; see rapport-cli --help").arg(name)
            << '\n';
        return kExitUsage;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(tr(spec->summary));
    addGlobalOptions(parser);
    spec->declare(parser);
    QStringList rest = arguments;
    rest.removeAt(index);
    if (!parser.parse(rest)) {
        err << kProgram << QStringLiteral(": ") << parser.errorText() << '\n'
            << tr("Try \"rapport-cli %1 --help\".").arg(name) << '\n';
        return kExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << commandHelp(*spec, parser);
        return kExitOk;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << version() << '\n';
        return kExitOk;
    }
    core::setupLogging(kProgram, parser.isSet(QStringLiteral("verbose")));
    Context context(*spec, parser, out, err);
    return spec->run(context);
}

} // namespace rapport::cli
