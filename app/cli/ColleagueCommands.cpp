// init, demo, generate (GenerateCommand.cpp), add-colleague, archive: the journal itself and the people in it.

#include "CliContext.h"
#include "domain/Birthday.h"
#include "domain/Day.h"
#include "services/DemoJournal.h"

#include <spdlog/spdlog.h>

#include <limits>

namespace rapport::cli {
namespace {

constexpr quint32 kDefaultDemoSeed = 1;

void declareNothing(QCommandLineParser &) { }

int runInit(Context &ctx)
{
    if (auto bad = ctx.checkShape(0, 0))
        return *bad;
    auto journal = ctx.openJournal(Context::Open::New, core::SystemClock().today());
    if (!journal)
        return ctx.fail(journal.error());
    spdlog::info("created a journal");
    ctx.out() << tr("created journal %1").arg((*journal)->path()) << '\n';
    return kExitOk;
}

void declareDemo(QCommandLineParser &parser)
{
    addOption(parser, "seed",
        QT_TRANSLATE_NOOP("Cli", "Seed of the generated team (default 1); the same seed gives the same journal."),
        QT_TRANSLATE_NOOP("Cli", "N"));
    addOption(parser, "date",
        QT_TRANSLATE_NOOP("Cli", "The last day of the demo's history (YYYY-MM-DD; default today)."),
        QT_TRANSLATE_NOOP("Cli", "D"));
}

int runDemo(Context &ctx)
{
    if (auto bad = ctx.checkShape(0, 0))
        return *bad;
    auto seed = ctx.integer("seed", 0, std::numeric_limits<quint32>::max());
    if (!seed)
        return ctx.fail(seed.error());
    // The demo's eighteen months end on this day, so the same seed and date give the same journal.
    auto today = ctx.today();
    if (!today)
        return ctx.fail(today.error());
    auto journal = ctx.openJournal(Context::Open::ExistingOrNew, *today);
    if (!journal)
        return ctx.fail(journal.error());
    auto &colleagues = (*journal)->repositories().colleagues;
    auto before = colleagues.count();
    if (!before)
        return ctx.fail(before.error());
    // Demo people mixed into real ones would skew every figure, so only an empty journal.
    if (*before > 0)
        return ctx.inputError(tr("the journal at %1 already has colleagues; demo fills only an empty journal "
                                 "(start one with rapport-cli --db NEW.rapport init)")
                                  .arg((*journal)->path()));
    if (auto filled = core::fillDemoJournal(**journal, static_cast<quint32>(seed->value_or(kDefaultDemoSeed))); !filled)
        return ctx.fail(filled.error());
    auto after = colleagues.count();
    if (!after)
        return ctx.fail(after.error());
    spdlog::info("filled a demo journal with {} colleagues", *after);
    ctx.out() << tr("filled %1 with a demo team of %2 colleagues").arg((*journal)->path(), QString::number(*after))
              << '\n';
    return kExitOk;
}

// The text options of add-colleague and the field each fills.
struct TextField
{
    const char *option;
    const char *description;
    QString core::Colleague::*field;
};

const TextField kTextFields[] = {
    { "pronouns", QT_TRANSLATE_NOOP("Cli", "Pronouns, e.g. she/her."), &core::Colleague::pronouns },
    { "role", QT_TRANSLATE_NOOP("Cli", "Role or title."), &core::Colleague::role },
    { "team", QT_TRANSLATE_NOOP("Cli", "Team."), &core::Colleague::team },
    { "department", QT_TRANSLATE_NOOP("Cli", "Department."), &core::Colleague::department },
    { "email", QT_TRANSLATE_NOOP("Cli", "Email address."), &core::Colleague::email },
    { "phone", QT_TRANSLATE_NOOP("Cli", "Phone number."), &core::Colleague::phone },
    { "chat", QT_TRANSLATE_NOOP("Cli", "Chat handle."), &core::Colleague::chat },
    { "time-zone", QT_TRANSLATE_NOOP("Cli", "Time zone, an IANA name such as Europe/Berlin."),
        &core::Colleague::timeZone },
    { "how-we-met", QT_TRANSLATE_NOOP("Cli", "How you met."), &core::Colleague::howWeMet },
    { "working-style",
        QT_TRANSLATE_NOOP("Cli", "Working-style notes: when they focus best, how they like to be reached."),
        &core::Colleague::workingStyle },
    { "notes", QT_TRANSLATE_NOOP("Cli", "Free notes."), &core::Colleague::notes },
};

void declareAddColleague(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The colleague's name (in quotes when it has spaces)."));
    for (const TextField &text : kTextFields)
        addOption(parser, text.option, text.description, QT_TRANSLATE_NOOP("Cli", "TEXT"));
    addOption(
        parser, "work-mode", QT_TRANSLATE_NOOP("Cli", "office, hybrid or remote."), QT_TRANSLATE_NOOP("Cli", "MODE"));
    addOption(parser, "start-date", QT_TRANSLATE_NOOP("Cli", "When they joined (YYYY-MM-DD)."),
        QT_TRANSLATE_NOOP("Cli", "D"));
    addOption(parser, "birthday",
        QT_TRANSLATE_NOOP("Cli", "YYYY-MM-DD, or --MM-DD without the year (write --birthday=--MM-DD)."),
        QT_TRANSLATE_NOOP("Cli", "B"));
    addOption(parser, "channel",
        QT_TRANSLATE_NOOP("Cli", "Preferred channel: email, chat, call, video, in_person or any."),
        QT_TRANSLATE_NOOP("Cli", "CHANNEL"));
    addOption(parser, "best-time", QT_TRANSLATE_NOOP("Cli", "Best time to reach them: morning, afternoon or any."),
        QT_TRANSLATE_NOOP("Cli", "TIME"));
    addOption(parser, "cadence",
        QT_TRANSLATE_NOOP("Cli", "Touchbase cadence in days: 0 (none, the default) or 1 to 365."),
        QT_TRANSLATE_NOOP("Cli", "DAYS"));
    addOption(parser, "tag", QT_TRANSLATE_NOOP("Cli", "A tag; repeat the option for several."),
        QT_TRANSLATE_NOOP("Cli", "TAG"));
    addOption(parser, "since", QT_TRANSLATE_NOOP("Cli", "Tracked since (YYYY-MM-DD; default today)."),
        QT_TRANSLATE_NOOP("Cli", "D"));
}

// Every option of add-colleague, checked and copied into a Colleague.
core::Result<core::Colleague> colleagueFromOptions(const Context &ctx, const QString &name)
{
    core::Colleague c;
    c.name = name;
    for (const TextField &text : kTextFields)
        c.*text.field = ctx.value(text.option);
    c.tags = ctx.values("tag");

    auto workMode = ctx.key<core::WorkMode>("work-mode");
    if (!workMode)
        return workMode.error();
    c.workMode = *workMode;
    auto channel = ctx.key<core::PreferredChannel>("channel");
    if (!channel)
        return channel.error();
    c.preferredChannel = *channel;
    auto bestTime = ctx.key<core::BestTime>("best-time");
    if (!bestTime)
        return bestTime.error();
    c.bestTime = *bestTime;
    auto startDate = ctx.date("start-date");
    if (!startDate)
        return startDate.error();
    c.startDate = *startDate;
    auto since = ctx.date("since");
    if (!since)
        return since.error();
    if (*since)
        c.trackedSince = **since; // else the journal fills in today
    auto cadence = ctx.integer("cadence", 0, core::kMaxCadenceDays);
    if (!cadence)
        return cadence.error();
    c.cadenceDays = static_cast<int>(cadence->value_or(0));
    if (ctx.isSet("birthday")) {
        const QString text = ctx.value("birthday");
        c.birthday = core::Birthday::parse(text);
        if (!c.birthday)
            return core::Error { tr("--birthday: %1 is not a birthday (YYYY-MM-DD or --MM-DD)").arg(text) };
    }
    return c;
}

int runAddColleague(Context &ctx)
{
    if (auto bad = ctx.checkShape(1, 1))
        return *bad;
    auto colleague = colleagueFromOptions(ctx, ctx.positional().constFirst());
    if (!colleague)
        return ctx.fail(colleague.error());
    auto journal = ctx.openJournal(Context::Open::Existing, core::SystemClock().today());
    if (!journal)
        return ctx.fail(journal.error());
    const QString name = colleague->name.simplified();
    auto id = (*journal)->addColleague(std::move(*colleague));
    if (!id)
        return ctx.fail(id.error());
    spdlog::info("added colleague #{}", *id);
    ctx.out() << tr("added colleague #%1 %2").arg(*id).arg(name) << '\n';
    // Allowed (two people may share a name), but later commands will need the id.
    if (auto same = (*journal)->repositories().colleagues.findByName(name); same && same->size() > 1)
        ctx.err() << tr("note: %1 colleagues are named \"%2\"; refer to this one as #%3")
                         .arg(QString::number(same->size()), name, QString::number(*id))
                  << '\n';
    return kExitOk;
}

void declareArchive(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("WHO"), tr("The colleague's exact name (any case) or #ID."));
}

int runArchive(Context &ctx)
{
    if (auto bad = ctx.checkShape(1, 1))
        return *bad;
    auto journal = ctx.openJournal(Context::Open::Existing, core::SystemClock().today());
    if (!journal)
        return ctx.fail(journal.error());
    auto id = (*journal)->resolveColleague(ctx.positional().constFirst());
    if (!id)
        return ctx.fail(id.error());
    auto found = (*journal)->repositories().colleagues.find(*id);
    if (!found)
        return ctx.fail(found.error());
    const core::Colleague &c = **found;
    if (c.archived) {
        ctx.out() << tr("#%1 %2 was already archived").arg(c.id).arg(c.name) << '\n';
        return kExitOk;
    }
    if (auto archived = (*journal)->setArchived(*id, true); !archived)
        return ctx.fail(archived.error());
    spdlog::info("archived colleague #{}", *id);
    ctx.out() << tr("archived #%1 %2").arg(c.id).arg(c.name) << '\n';
    return kExitOk;
}

const CommandSpec kCommands[] = {
    { "init", QT_TRANSLATE_NOOP("Cli", "Create an empty journal."), QT_TRANSLATE_NOOP("Cli", "[options]"),
        "rapport-cli init --db ~/work.rapport", declareNothing, runInit },
    { "demo",
        QT_TRANSLATE_NOOP("Cli", "Fill an empty journal with a realistic demo team (creates the journal if needed)."),
        QT_TRANSLATE_NOOP("Cli", "[options]"), "rapport-cli demo --db /tmp/demo.rapport --seed 7", declareDemo,
        runDemo },
    { "generate",
        QT_TRANSLATE_NOOP("Cli", "Fill a new or empty journal with a reproducible synthetic one, for benchmarks."),
        QT_TRANSLATE_NOOP("Cli", "--colleagues N --interactions M [options]"),
        "rapport-cli generate --db /tmp/big.rapport --colleagues 5000 --interactions 1000000 --seed 7", declareGenerate,
        runGenerate },
    { "add-colleague", QT_TRANSLATE_NOOP("Cli", "Add a colleague and print their id."),
        QT_TRANSLATE_NOOP("Cli", "NAME [options]"),
        "rapport-cli add-colleague \"Ana Silva\" --team Platform --cadence 14 --birthday=--04-12 --tag mentor",
        declareAddColleague, runAddColleague },
    { "archive", QT_TRANSLATE_NOOP("Cli", "Archive a colleague: kept, hidden from lists and reminders."),
        QT_TRANSLATE_NOOP("Cli", "WHO [options]"), "rapport-cli archive \"#12\"", declareArchive, runArchive },
};

} // namespace

std::span<const CommandSpec> colleagueCommands()
{
    return kCommands;
}

} // namespace rapport::cli
