// log, thank, promise, close-promise, follow-up: what happens between the user and a colleague.

#include "CliContext.h"
#include "domain/Day.h"

#include <QTime>

#include <spdlog/spdlog.h>

namespace rapport::cli {
namespace {

constexpr int kMaxDurationMin = 7 * 24 * 60;

struct Person
{
    core::Id id = 0;
    QString name;
};

// WHO resolved to an id, with the name as the journal spells it (for the confirmation).
core::Result<Person> resolve(core::Journal &journal, const QString &who)
{
    auto id = journal.resolveColleague(who);
    if (!id)
        return id.error();
    auto found = journal.repositories().colleagues.find(*id);
    if (!found)
        return found.error();
    return Person { *id, found->has_value() ? (*found)->name : who };
}

void addWho(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("WHO"), tr("The colleague's exact name (any case) or #ID."));
}

void addDate(QCommandLineParser &parser, const char *description)
{
    addOption(parser, "date", description, QT_TRANSLATE_NOOP("Cli", "D"));
}

void declareLog(QCommandLineParser &parser)
{
    parser.addPositionalArgument(
        QStringLiteral("KIND"), tr("What it was: %1.").arg(core::allKeys<core::InteractionKind>()));
    parser.addPositionalArgument(
        QStringLiteral("WHO..."), tr("One or more colleagues: exact names (any case) or #IDs."));
    addDate(parser, QT_TRANSLATE_NOOP("Cli", "When it happened (YYYY-MM-DD; default today)."));
    addOption(parser, "time", QT_TRANSLATE_NOOP("Cli", "Time of day (HH:MM)."), QT_TRANSLATE_NOOP("Cli", "HH:MM"));
    addOption(parser, "duration", QT_TRANSLATE_NOOP("Cli", "Duration in minutes."), QT_TRANSLATE_NOOP("Cli", "MIN"));
    addOption(parser, "channel", QT_TRANSLATE_NOOP("Cli", "in_person, video, call, chat or email."),
        QT_TRANSLATE_NOOP("Cli", "CHANNEL"));
    addOption(parser, "initiated-by", QT_TRANSLATE_NOOP("Cli", "me or them."), QT_TRANSLATE_NOOP("Cli", "WHO"));
    addOption(parser, "quality", QT_TRANSLATE_NOOP("Cli", "How warm and open it felt, 1 to 5."),
        QT_TRANSLATE_NOOP("Cli", "Q"));
    addOption(parser, "note", QT_TRANSLATE_NOOP("Cli", "Notes."), QT_TRANSLATE_NOOP("Cli", "TEXT"));
}

// The options of log, checked and copied into an Interaction (participants aside).
core::Result<core::Interaction> interactionFromOptions(const Context &ctx)
{
    core::Interaction i;
    const QString kindKey = ctx.positional().constFirst();
    const auto kind = core::enumFromKey<core::InteractionKind>(kindKey);
    if (!kind)
        return core::Error {
            tr("unknown kind \"%1\"; use one of: %2").arg(kindKey, core::allKeys<core::InteractionKind>())
        };
    i.kind = *kind;
    auto date = ctx.today();
    if (!date)
        return date.error();
    i.date = *date;
    if (ctx.isSet("time")) {
        const QString text = ctx.value("time");
        const QTime time = QTime::fromString(text, QStringLiteral("HH:mm"));
        if (!time.isValid())
            return core::Error { tr("--time: %1 is not a time of day (HH:MM)").arg(text) };
        i.time = time;
    }
    auto duration = ctx.integer("duration", 0, kMaxDurationMin);
    if (!duration)
        return duration.error();
    if (*duration)
        i.durationMin = static_cast<int>(**duration);
    auto quality = ctx.integer("quality", 1, 5);
    if (!quality)
        return quality.error();
    if (*quality)
        i.quality = static_cast<int>(**quality);
    auto channel = ctx.key<core::Channel>("channel");
    if (!channel)
        return channel.error();
    i.channel = *channel;
    auto initiatedBy = ctx.key<core::InitiatedBy>("initiated-by");
    if (!initiatedBy)
        return initiatedBy.error();
    i.initiatedBy = *initiatedBy;
    i.notes = ctx.value("note");
    return i;
}

int runLog(Context &ctx)
{
    if (auto bad = ctx.checkShape(2, -1))
        return *bad;
    auto interaction = interactionFromOptions(ctx);
    if (!interaction)
        return ctx.fail(interaction.error());
    auto journal = ctx.openJournal(Context::Open::Existing, interaction->date);
    if (!journal)
        return ctx.fail(journal.error());
    QStringList names;
    for (const QString &who : ctx.positional().mid(1)) {
        auto person = resolve(**journal, who);
        if (!person)
            return ctx.fail(person.error());
        if (!interaction->participants.contains(person->id)) {
            interaction->participants << person->id;
            names << person->name;
        }
    }
    const QString kind = core::keyOf(interaction->kind);
    const QDate date = interaction->date;
    auto id = (*journal)->logInteraction(std::move(*interaction));
    if (!id)
        return ctx.fail(id.error());
    spdlog::info("logged interaction #{} with {} colleague(s)", *id, names.size());
    ctx.out() << tr("logged interaction #%1: %2 with %3 on %4")
                     .arg(QString::number(*id), kind, names.join(QStringLiteral(", ")), core::isoDate(date))
              << '\n';
    return kExitOk;
}

void declareThank(QCommandLineParser &parser)
{
    addWho(parser);
    addOption(parser, "for", QT_TRANSLATE_NOOP("Cli", "What the thanks are for (required)."),
        QT_TRANSLATE_NOOP("Cli", "TEXT"));
    addOption(parser, "received", QT_TRANSLATE_NOOP("Cli", "They thanked you (default: you thanked them)."));
    addOption(parser, "public",
        QT_TRANSLATE_NOOP("Cli", "Said in front of others, e.g. in a team meeting (default: private)."));
    addDate(parser, QT_TRANSLATE_NOOP("Cli", "When (YYYY-MM-DD; default today)."));
}

int runThank(Context &ctx)
{
    if (auto bad = ctx.checkShape(1, 1, { "for" }))
        return *bad;
    auto date = ctx.today();
    if (!date)
        return ctx.fail(date.error());
    auto journal = ctx.openJournal(Context::Open::Existing, *date);
    if (!journal)
        return ctx.fail(journal.error());
    auto person = resolve(**journal, ctx.positional().constFirst());
    if (!person)
        return ctx.fail(person.error());
    core::Gratitude g;
    g.colleagueId = person->id;
    g.date = *date;
    g.direction = ctx.isSet("received") ? core::GratitudeDirection::Received : core::GratitudeDirection::Given;
    g.where = ctx.isSet("public") ? core::GratitudeWhere::Public : core::GratitudeWhere::Private;
    g.what = ctx.value("for");
    const bool given = g.direction == core::GratitudeDirection::Given;
    auto id = (*journal)->addGratitude(std::move(g));
    if (!id)
        return ctx.fail(id.error());
    spdlog::info("logged thanks #{}", *id);
    ctx.out() << (given ? tr("logged thanks #%1 to %2 on %3") : tr("logged thanks #%1 from %2 on %3"))
                     .arg(QString::number(*id), person->name, core::isoDate(*date))
              << '\n';
    return kExitOk;
}

void declarePromise(QCommandLineParser &parser)
{
    addWho(parser);
    addOption(
        parser, "what", QT_TRANSLATE_NOOP("Cli", "What was promised (required)."), QT_TRANSLATE_NOOP("Cli", "TEXT"));
    addOption(parser, "due", QT_TRANSLATE_NOOP("Cli", "When it is due (YYYY-MM-DD, required)."),
        QT_TRANSLATE_NOOP("Cli", "D"));
    addOption(parser, "made", QT_TRANSLATE_NOOP("Cli", "When it was promised (YYYY-MM-DD; default today)."),
        QT_TRANSLATE_NOOP("Cli", "D"));
    addOption(
        parser, "theirs", QT_TRANSLATE_NOOP("Cli", "They promised it to you (default: you promised it to them)."));
}

int runPromise(Context &ctx)
{
    if (auto bad = ctx.checkShape(1, 1, { "what", "due" }))
        return *bad;
    auto due = ctx.date("due");
    if (!due)
        return ctx.fail(due.error());
    auto made = ctx.dateOr("made", core::SystemClock().today());
    if (!made)
        return ctx.fail(made.error());
    auto journal = ctx.openJournal(Context::Open::Existing, *made);
    if (!journal)
        return ctx.fail(journal.error());
    auto person = resolve(**journal, ctx.positional().constFirst());
    if (!person)
        return ctx.fail(person.error());
    core::Commitment c;
    c.colleagueId = person->id;
    c.what = ctx.value("what");
    c.direction = ctx.isSet("theirs") ? core::CommitmentDirection::Theirs : core::CommitmentDirection::Mine;
    c.madeOn = *made;
    c.dueOn = **due;
    const bool mine = c.direction == core::CommitmentDirection::Mine;
    auto id = (*journal)->addCommitment(std::move(c));
    if (!id)
        return ctx.fail(id.error());
    spdlog::info("recorded promise #{}", *id);
    ctx.out() << (mine ? tr("recorded promise #%1 to %2, due %3") : tr("recorded promise #%1 from %2, due %3"))
                     .arg(QString::number(*id), person->name, core::isoDate(**due))
              << '\n';
    return kExitOk;
}

void declareClosePromise(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The promise's id, as promise printed it (12 or #12)."));
    addOption(parser, "done", QT_TRANSLATE_NOOP("Cli", "It was kept."));
    addOption(parser, "dropped", QT_TRANSLATE_NOOP("Cli", "It was dropped."));
    addDate(parser, QT_TRANSLATE_NOOP("Cli", "When it was closed (YYYY-MM-DD; default today)."));
}

int runClosePromise(Context &ctx)
{
    if (auto bad = ctx.checkShape(1, 1))
        return *bad;
    if (ctx.isSet("done") == ctx.isSet("dropped"))
        return ctx.usageError(tr("close-promise needs exactly one of --done and --dropped"));
    QString text = ctx.positional().constFirst().trimmed();
    bool ok = false;
    const core::Id id = (text.startsWith(QLatin1Char('#')) ? text.mid(1) : text).toLongLong(&ok);
    if (!ok || id <= 0)
        return ctx.inputError(tr("\"%1\" is not a promise id; write it as 12 or #12").arg(text));
    auto date = ctx.today();
    if (!date)
        return ctx.fail(date.error());
    auto journal = ctx.openJournal(Context::Open::Existing, *date);
    if (!journal)
        return ctx.fail(journal.error());
    const bool done = ctx.isSet("done");
    if (auto closed
        = (*journal)->closeCommitment(id, done ? core::CommitmentStatus::Done : core::CommitmentStatus::Dropped, *date);
        !closed)
        return ctx.fail(closed.error());
    spdlog::info("closed promise #{}", id);
    ctx.out() << (done ? tr("closed promise #%1: done on %2") : tr("closed promise #%1: dropped on %2"))
                     .arg(QString::number(id), core::isoDate(*date))
              << '\n';
    return kExitOk;
}

void declareFollowUp(QCommandLineParser &parser)
{
    addWho(parser);
    addOption(
        parser, "what", QT_TRANSLATE_NOOP("Cli", "What to follow up on (required)."), QT_TRANSLATE_NOOP("Cli", "TEXT"));
    addOption(parser, "due", QT_TRANSLATE_NOOP("Cli", "When (YYYY-MM-DD, required)."), QT_TRANSLATE_NOOP("Cli", "D"));
}

int runFollowUp(Context &ctx)
{
    if (auto bad = ctx.checkShape(1, 1, { "what", "due" }))
        return *bad;
    auto due = ctx.date("due");
    if (!due)
        return ctx.fail(due.error());
    auto journal = ctx.openJournal(Context::Open::Existing, core::SystemClock().today());
    if (!journal)
        return ctx.fail(journal.error());
    auto person = resolve(**journal, ctx.positional().constFirst());
    if (!person)
        return ctx.fail(person.error());
    core::FollowUp f;
    f.colleagueId = person->id;
    f.what = ctx.value("what");
    f.dueOn = **due;
    auto id = (*journal)->addFollowUp(std::move(f));
    if (!id)
        return ctx.fail(id.error());
    spdlog::info("added follow-up #{}", *id);
    ctx.out() << tr("added follow-up #%1 with %2, due %3").arg(QString::number(*id), person->name, core::isoDate(**due))
              << '\n';
    return kExitOk;
}

const CommandSpec kCommands[] = {
    { "log", QT_TRANSLATE_NOOP("Cli", "Log an interaction with one or more colleagues and print its id."),
        QT_TRANSLATE_NOOP("Cli", "KIND WHO... [options]"),
        "rapport-cli log coffee \"Ana Silva\" \"#7\" --date 2024-03-01 --quality 4 --note \"talked about her trip\"",
        declareLog, runLog },
    { "thank", QT_TRANSLATE_NOOP("Cli", "Log thanks given (or, with --received, received) and print its id."),
        QT_TRANSLATE_NOOP("Cli", "WHO --for TEXT [options]"),
        "rapport-cli thank \"Ana Silva\" --for \"the careful review\" --public --date 2024-03-01", declareThank,
        runThank },
    { "promise", QT_TRANSLATE_NOOP("Cli", "Record a promise and print its id."),
        QT_TRANSLATE_NOOP("Cli", "WHO --what TEXT --due D [options]"),
        "rapport-cli promise \"Ana Silva\" --what \"send the draft\" --due 2024-03-08", declarePromise, runPromise },
    { "close-promise", QT_TRANSLATE_NOOP("Cli", "Close a promise as done or dropped."),
        QT_TRANSLATE_NOOP("Cli", "ID --done|--dropped [options]"),
        "rapport-cli close-promise 12 --done --date 2024-03-07", declareClosePromise, runClosePromise },
    { "follow-up", QT_TRANSLATE_NOOP("Cli", "Add a follow-up and print its id."),
        QT_TRANSLATE_NOOP("Cli", "WHO --what TEXT --due D [options]"),
        "rapport-cli follow-up \"#12\" --what \"ask how the trip went\" --due 2024-03-15", declareFollowUp,
        runFollowUp },
};

} // namespace

std::span<const CommandSpec> entryCommands()
{
    return kCommands;
}

} // namespace rapport::cli
