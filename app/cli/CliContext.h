#pragma once

#include "domain/Clock.h"
#include "domain/Enums.h"
#include "domain/Result.h"
#include "services/Journal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>
#include <span>

namespace rapport::cli {

// Every user-visible string of the command line goes through the "Cli" context.
inline QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

// 0 ok; 1 the command line is well formed but a value is wrong or the journal refused the
// change; 2 the command line itself is malformed (unknown command or option, a missing
// argument or required option, options that exclude each other).
enum ExitCode : int { kExitOk = 0, kExitBadInput = 1, kExitUsage = 2 };

class Context;

// One command: its name, one-line summary, argument synopsis and example (the texts are
// QT_TRANSLATE_NOOP("Cli", ...) and translated where shown), its options, and its work.
struct CommandSpec
{
    const char *name;
    const char *summary;
    const char *synopsis; // what follows "rapport-cli NAME", e.g. "KIND WHO... [options]"
    const char *example; // a complete command line, never translated
    void (*declare)(QCommandLineParser &parser);
    int (*run)(Context &context);
};

// The commands of each group, in the order `rapport-cli --help` lists them.
std::span<const CommandSpec> colleagueCommands();
std::span<const CommandSpec> entryCommands();
std::span<const CommandSpec> reportCommands();
std::span<const CommandSpec> transferCommands(); // export, import (TransferCommands.cpp)
std::span<const CommandSpec> backupCommands(); // backup, restore (BackupCommands.cpp)

// generate (GenerateCommand.cpp), listed with the journal commands after demo.
void declareGenerate(QCommandLineParser &parser);
int runGenerate(Context &context);

// Adds an option: a flag when valueName is null, else an option taking a value.
void addOption(QCommandLineParser &parser, const char *name, const char *description, const char *valueName = nullptr);

// What a command works with: its parsed command line, the output streams, the journal.
class Context final
{
public:
    Context(const CommandSpec &spec, QCommandLineParser &parser, QTextStream &out, QTextStream &err);
    ~Context();
    Q_DISABLE_COPY_MOVE(Context)

    enum class Open { Existing, New, ExistingOrNew };

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    const QStringList &positional() const { return m_positional; }
    bool isSet(const char *option) const;
    QString value(const char *option) const;
    QStringList values(const char *option) const;

    // A usage error (exit 2) when the positional arguments are fewer than `min` or more
    // than `max` (-1: no limit) or a required option is missing; nullopt when all is well.
    std::optional<int> checkShape(qsizetype min, qsizetype max, std::initializer_list<const char *> required = {});
    // Prints "rapport-cli: MESSAGE" (and, for usage errors, where to find help).
    int usageError(const QString &message);
    int inputError(const QString &message);
    int fail(const core::Error &error) { return inputError(error.message); }

    // Typed option values: nullopt when the option is absent, an error that names the
    // option when its value is malformed.
    core::Result<std::optional<QDate>> date(const char *option) const;
    core::Result<QDate> dateOr(const char *option, const QDate &fallback) const;
    core::Result<std::optional<qint64>> integer(const char *option, qint64 min, qint64 max) const;
    template<typename E> core::Result<std::optional<E>> key(const char *option) const;

    // --date when it is set, else the system's today; for commands that have --date.
    core::Result<QDate> today() const;

    // --db, else the journal the app used last (when it still exists), else the default.
    core::Result<QString> journalPath() const;
    // Opens the journal with "today" pinned for the defaults it fills in. Only `init` and
    // `demo` create one; other commands get "no journal at PATH" when it is missing.
    core::Result<core::Journal *> openJournal(Open mode, const QDate &today);
    // Closes the journal openJournal opened (its pointer is then dangling).
    void closeJournal() { m_journal.reset(); }

private:
    const CommandSpec &m_spec;
    QCommandLineParser &m_parser;
    QTextStream &m_out;
    QTextStream &m_err;
    QStringList m_positional;
    std::unique_ptr<core::FixedClock> m_clock; // outlives m_journal, which refers to it
    std::unique_ptr<core::Journal> m_journal;
};

template<typename E> core::Result<std::optional<E>> Context::key(const char *option) const
{
    if (!isSet(option))
        return std::optional<E>();
    const QString text = value(option);
    if (const auto found = core::enumFromKey<E>(text))
        return std::optional<E>(*found);
    return core::Error { tr("--%1: \"%2\" is not one of: %3").arg(QLatin1String(option), text, core::allKeys<E>()) };
}

} // namespace rapport::cli
