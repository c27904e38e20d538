#include "CliContext.h"

#include "domain/Day.h"
#include "services/Locations.h"
#include "services/Settings.h"

#include <QFileInfo>

namespace rapport::cli {

void addOption(QCommandLineParser &parser, const char *name, const char *description, const char *valueName)
{
    QCommandLineOption option(QString::fromLatin1(name), tr(description));
    if (valueName)
        option.setValueName(tr(valueName));
    parser.addOption(option);
}

Context::Context(const CommandSpec &spec, QCommandLineParser &parser, QTextStream &out, QTextStream &err)
    : m_spec(spec)
    , m_parser(parser)
    , m_out(out)
    , m_err(err)
    , m_positional(parser.positionalArguments())
{
}

// The journal closes before the clock it refers to goes.
Context::~Context() = default;

bool Context::isSet(const char *option) const
{
    return m_parser.isSet(QString::fromLatin1(option));
}

QString Context::value(const char *option) const
{
    return m_parser.value(QString::fromLatin1(option));
}

QStringList Context::values(const char *option) const
{
    return m_parser.values(QString::fromLatin1(option));
}

std::optional<int> Context::checkShape(qsizetype min, qsizetype max, std::initializer_list<const char *> required)
{
    const QString name = QString::fromLatin1(m_spec.name);
    if (m_positional.size() < min)
        return usageError(tr("%1 needs %2").arg(name, tr(m_spec.synopsis).remove(QStringLiteral(" [options]"))));
    if (max >= 0 && m_positional.size() > max) {
        const QString extra = m_positional.at(max);
        return usageError(max == 0 ? tr("%1 takes no arguments, but got \"%2\"").arg(name, extra)
                                   : tr("unexpected argument \"%1\" (put a name with spaces in quotes)").arg(extra));
    }
    for (const char *option : required) {
        if (!isSet(option))
            return usageError(tr("%1 needs --%2").arg(name, QLatin1String(option)));
    }
    return std::nullopt;
}

int Context::usageError(const QString &message)
{
    m_err << QStringLiteral("rapport-cli: ") << message << '\n'
          << tr("Try \"rapport-cli %1 --help\".").arg(QLatin1String(m_spec.name)) << '\n';
    return kExitUsage;
}

int Context::inputError(const QString &message)
{
    m_err << QStringLiteral("rapport-cli: ") << message << '\n';
    return kExitBadInput;
}

core::Result<std::optional<QDate>> Context::date(const char *option) const
{
    if (!isSet(option))
        return std::optional<QDate>();
    const QString text = value(option);
    if (const auto parsed = core::parseIsoDate(text))
        return std::optional<QDate>(*parsed);
    return core::Error { tr("--%1: %2 is not a date (YYYY-MM-DD)").arg(QLatin1String(option), text) };
}

core::Result<QDate> Context::dateOr(const char *option, const QDate &fallback) const
{
    auto parsed = date(option);
    if (!parsed)
        return parsed.error();
    return parsed->value_or(fallback);
}

core::Result<std::optional<qint64>> Context::integer(const char *option, qint64 min, qint64 max) const
{
    if (!isSet(option))
        return std::optional<qint64>();
    const QString text = value(option);
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    if (!ok)
        return core::Error { tr("--%1: %2 is not a whole number").arg(QLatin1String(option), text) };
    if (number < min || number > max)
        return core::Error { tr("--%1: %2 is not between %3 and %4")
                                 .arg(QLatin1String(option), text, QString::number(min), QString::number(max)) };
    return std::optional<qint64>(number);
}

core::Result<QDate> Context::today() const
{
    return dateOr("date", core::SystemClock().today());
}

core::Result<QString> Context::journalPath() const
{
    if (isSet("db")) {
        const QString path = value("db");
        if (path.trimmed().isEmpty())
            return core::Error { tr("--db: the path is empty") };
        return QFileInfo(path).absoluteFilePath();
    }
    // The app's journal: scripts see what the user sees in the window.
    const QString last = core::Settings().lastJournal();
    if (!last.isEmpty() && QFileInfo::exists(last))
        return QFileInfo(last).absoluteFilePath();
    return core::defaultJournalPath();
}

core::Result<core::Journal *> Context::openJournal(Open mode, const QDate &today)
{
    auto path = journalPath();
    if (!path)
        return path.error();
    const bool exists = QFileInfo::exists(*path);
    if (mode == Open::Existing && !exists)
        return core::Error { tr("no journal at %1; create one with rapport-cli init").arg(*path) };
    if (mode == Open::New && exists)
        return core::Error { tr("a journal already exists at %1").arg(*path) };
    m_journal.reset();
    m_clock = std::make_unique<core::FixedClock>(today);
    auto journal = core::Journal::open(*path,
        mode == Open::Existing ? core::Database::OpenMode::MustExist : core::Database::OpenMode::CreateIfMissing,
        *m_clock);
    if (!journal)
        return journal.error();
    m_journal = std::move(*journal);
    return m_journal.get();
}

} // namespace rapport::cli
