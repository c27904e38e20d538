#include "SyntheticJournal.h"

#include "storage/BulkWriter.h"
#include "storage/ColleagueRepository.h"
#include "storage/Query.h"

#include <QFile>
#include <QFileInfo>

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

namespace rapport::core {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SyntheticJournal", text);
}

constexpr std::array kFirstNames = {"Ana", "Ben", "Chloé", "Dmitri", "Esther", "Farid", "Grace", "Hiro", "Ines",
                                    "Jonas", "Kemi", "Lars", "Maya", "Nikhil", "Olga", "Pablo", "Qiu", "Rosa",
                                    "Samir", "Tess", "Uma", "Victor", "Wen", "Ximena", "Yusuf", "Zara", "Aiko",
                                    "Bruno", "Carla", "Diego", "Elif", "Femi", "Greta", "Hamza", "Ivana", "Jules"};
constexpr std::array kLastNames = {"Silva", "Okafor", "Martin", "Petrov", "Cohen", "Haddad", "Lee", "Tanaka",
                                   "García", "Berg", "Adeyemi", "Nilsen", "Patel", "Sharma", "Ivanova", "Romero",
                                   "Zhang", "Costa", "Khan", "Walsh", "Rao", "Dubois", "Chen", "López", "Demir",
                                   "Novak", "Suzuki", "Rossi", "Moreau", "Müller", "Nowak", "Eze", "Larsen", "Ali"};
constexpr std::array kDepartments = {"Engineering", "Product", "Design", "Sales", "Marketing", "Finance",
                                     "People", "Legal", "Support", "Operations", "Research", "Data"};
constexpr std::array kTimeZones = {"Europe/Berlin", "Europe/London", "America/New_York", "Asia/Tokyo",
                                   "Europe/Lisbon", "America/Sao_Paulo", "Asia/Kolkata", ""};
constexpr std::array kWorkModes = {"office", "hybrid", "remote"};
constexpr std::array kChannels = {"in_person", "video", "call", "chat", "email"};
// Relative frequency of each interaction kind, in the order of InteractionKind.
constexpr std::array kKindWeights = {18, 8, 6, 14, 16, 6, 5, 3, 3, 5, 4, 3, 2, 1, 5};
constexpr std::array kNotes = {"Talked about the roadmap and their weekend hike.", "Quick sync before the review.",
                               "They mentioned their daughter started school.", "Shared the article on team rituals.",
                               "Asked what excites them this week.", "Celebrated the release going out."};
constexpr std::array kThanks = {"the careful code review", "covering my on-call shift", "the intro to the data team",
                                "staying late for the launch", "the honest feedback on my talk"};
constexpr std::array kPromises = {"send the onboarding checklist", "review the proposal", "share the slides",
                                  "introduce them to the platform team", "book a touchbase"};

// Deterministic across platforms: plain integer arithmetic on mt19937_64's output,
// not the standard distributions (whose algorithms are implementation-defined).
class Random
{
public:
    explicit Random(quint64 seed) : m_engine(seed) {}
    quint64 below(quint64 n) { return n == 0 ? 0 : m_engine() % n; }
    int between(int low, int high) { return low + int(below(quint64(high - low + 1))); }
    bool chance(int percent) { return below(100) < quint64(percent); }
    template<typename Array>
    auto pick(const Array &items) { return items[below(items.size())]; }

private:
    std::mt19937_64 m_engine;
};

// Picks colleagues with Zipf-like weights: the first few get most of the contacts.
class SkewedPicker
{
public:
    explicit SkewedPicker(int count)
    {
        double sum = 0;
        for (int rank = 1; rank <= count; ++rank) {
            sum += 1.0 / std::pow(rank, 0.9);
            m_cumulative.push_back(sum);
        }
    }
    int pick(Random &random) const
    {
        const double target = double(random.below(1'000'000'000)) / 1e9 * m_cumulative.back();
        return int(std::upper_bound(m_cumulative.begin(), m_cumulative.end(), target) - m_cumulative.begin());
    }

private:
    std::vector<double> m_cumulative;
};

} // namespace

Status generateSyntheticJournal(Database &db, const SyntheticOptions &options, const SyntheticProgress &progress)
{
    if (options.colleagues < 1 || options.colleagues > 1'000'000)
        return Error::inField(QStringLiteral("colleagues"), tr("The number of colleagues must be between 1 and 1,000,000."));
    if (options.interactions < 0 || options.interactions > 100'000'000)
        return Error::inField(QStringLiteral("interactions"), tr("The number of interactions must be between 0 and 100,000,000."));
    if (!options.today.isValid())
        return Error::inField(QStringLiteral("date"), tr("The last day of the history is missing."));

    return db.transaction([&]() -> Status {
        storage::BulkWriter writer(db);
        if (auto ready = writer.ready(); !ready)
            return ready;
        if (auto empty = writer.isEmpty(); !empty || !*empty)
            return empty ? Status(Error{tr("The journal is not empty; generate a synthetic journal into a new file.")}) : Status(empty.error());

        if (auto suspended = writer.suspendDerived(); !suspended)
            return suspended;
        // About 1.15 participants an interaction, and thanks for a tenth of them.
        writer.expectContactEvents(options.interactions * 15 / 10 + 16);
        Random random(options.seed);
        const Day today = toDay(options.today);
        const Day first = today - options.historyDays + 1;
        const int n = options.colleagues;

        std::vector<Day> trackedSince(std::size_t(n) + 1);
        for (int id = 1; id <= n; ++id) {
            storage::BulkWriter::ColleagueRow c;
            c.id = id;
            const QString base = QString::fromUtf8(random.pick(kFirstNames)) + QLatin1Char(' ') + QString::fromUtf8(random.pick(kLastNames));
            c.name = id <= int(kFirstNames.size() * kLastNames.size()) ? base : base + QStringLiteral(" %1").arg(id);
            const int department = int(random.below(kDepartments.size()));
            c.department = QString::fromUtf8(kDepartments[std::size_t(department)]);
            c.team = QStringLiteral("%1 %2").arg(c.department).arg(1 + random.below(std::max<quint64>(1, quint64(n) / 60)));
            c.role = random.chance(20) ? tr("Manager") : tr("Specialist");
            c.workMode = random.pick(kWorkModes);
            c.timeZone = QString::fromLatin1(random.pick(kTimeZones));
            const int cadenceRoll = random.between(0, 99);
            c.cadenceDays = cadenceRoll < 30 ? 0 : cadenceRoll < 50 ? 7 : cadenceRoll < 70 ? 14 : cadenceRoll < 90 ? 30 : 90;
            c.trackedSince = first + random.between(0, std::max(0, options.historyDays - 60));
            trackedSince[std::size_t(id)] = c.trackedSince;
            c.archived = random.chance(3);
            if (random.chance(70)) {
                const QDate b(random.between(1960, 2002), random.between(1, 12), random.between(1, 28));
                c.birthday = random.chance(20) ? QStringLiteral("--%1").arg(b.toString(QStringLiteral("MM-dd"))) : isoDate(b);
                c.birthdayMonthDay = b.month() * 100 + b.day();
            }
            if (auto written = writer.add(c); !written)
                return written;
        }

        const SkewedPicker picker(n);
        // Contacts cluster around when someone is tracked: start a little before it.
        const auto dayFor = [&](int colleague) {
            const Day from = std::max(first, trackedSince[std::size_t(colleague)] - 30);
            return from + Day(random.below(quint64(today - from + 1)));
        };
        int kindTotal = 0;
        for (const int w : kKindWeights)
            kindTotal += w;

        // Who leads each interaction and when, drawn first and put in date order: a real
        // journal is logged roughly as life happens, so its ids follow its days, and
        // every read in date order finds its rows side by side.
        struct Lead
        {
            Day day;
            int colleague;
        };
        std::vector<Lead> leads;
        leads.reserve(std::size_t(options.interactions));
        for (qint64 i = 0; i < options.interactions; ++i) {
            const int lead = 1 + picker.pick(random);
            leads.push_back({dayFor(lead), lead});
        }
        std::stable_sort(leads.begin(), leads.end(), [](const Lead &a, const Lead &b) { return a.day < b.day; });

        for (qint64 i = 1; i <= options.interactions; ++i) {
            storage::BulkWriter::InteractionRow row;
            row.id = i;
            const int lead = leads[std::size_t(i - 1)].colleague;
            row.participants.push_back(lead);
            if (random.chance(12)) {
                const int extra = random.between(1, 4);
                for (int e = 0; e < extra; ++e) {
                    const int other = 1 + picker.pick(random);
                    if (std::find(row.participants.begin(), row.participants.end(), other) == row.participants.end())
                        row.participants.push_back(other);
                }
            }
            row.day = leads[std::size_t(i - 1)].day;
            int roll = int(random.below(quint64(kindTotal)));
            int kind = 0;
            while (roll >= kKindWeights[std::size_t(kind)])
                roll -= kKindWeights[std::size_t(kind++)];
            row.kind = InteractionKind(kind);
            row.channel = random.pick(kChannels);
            row.initiatedByMe = random.chance(55);
            if (random.chance(60))
                row.quality = random.chance(80) ? random.between(3, 5) : random.between(1, 2);
            if (random.chance(15))
                row.notes = random.pick(kNotes);
            if (random.chance(40))
                row.timeMin = random.between(8 * 60, 18 * 60);
            if (random.chance(50))
                row.durationMin = random.pick(std::array{10, 15, 30, 45, 60});
            if (auto written = writer.add(row); !written)
                return written;
            if (progress && (i % 20'000 == 0 || i == options.interactions) && !progress(i, options.interactions))
                return Error{tr("Cancelled; the journal was left as it was.")};
        }
        leads = {};

        for (qint64 i = 1; i <= options.interactions / 10; ++i) {
            const int colleague = 1 + picker.pick(random);
            if (auto written = writer.addGratitude(i, colleague, dayFor(colleague), random.chance(60), random.pick(kThanks), random.chance(20)); !written)
                return written;
        }
        for (qint64 i = 1; i <= options.interactions / 20; ++i) {
            storage::BulkWriter::CommitmentRow c;
            c.id = i;
            c.colleagueId = 1 + picker.pick(random);
            c.what = random.pick(kPromises);
            c.mine = random.chance(65);
            c.madeOn = dayFor(int(c.colleagueId));
            c.dueOn = c.madeOn + random.between(1, 30);
            if (c.dueOn < today && !random.chance(15)) {
                const bool dropped = random.chance(12);
                c.status = dropped ? "dropped" : "done";
                c.closedOn = std::min(today, dropped ? c.madeOn + random.between(0, 20) : c.dueOn + (random.chance(80) ? -random.between(0, 3) : random.between(1, 10)));
                c.closedOn = std::max(*c.closedOn, c.madeOn);
            }
            if (random.chance(10))
                c.renegotiatedFrom = c.dueOn - random.between(1, 7);
            if (auto written = writer.add(c); !written)
                return written;
        }
        for (qint64 i = 1; i <= options.interactions / 50; ++i) {
            const int colleague = 1 + picker.pick(random);
            const Day noted = dayFor(colleague);
            const bool followUp = random.chance(50);
            const Day due = noted + random.between(3, 30);
            if (auto written = writer.addFact(i, colleague, noted, followUp ? std::optional<Day>(due) : std::nullopt); !written)
                return written;
            if (followUp) {
                const std::optional<Day> done = due < today && random.chance(70) ? std::optional<Day>(due) : std::nullopt;
                if (auto added = writer.addFollowUp(i, colleague, due, done, i); !added)
                    return added;
            }
        }
        for (Day d = first; d <= today; d += 7) {
            if (auto written = writer.addReflection(d); !written)
                return written;
        }
        return writer.restoreDerived();
    });
}

namespace {

Status renameOver(const QString &from, const QString &to)
{
    // The file was written without syncs: on the disk before it takes the journal's name.
    {
        QFile built(from);
        if (!built.open(QIODevice::ReadWrite) || ::fsync(built.handle()) != 0)
            return Error{tr("Cannot write the generated journal %1 to the disk.").arg(from)};
    }
    // The -wal and -shm of the empty journal it replaces may not be replayed into it.
    for (const char *suffix : {"-wal", "-shm"})
        QFile::remove(to + QLatin1String(suffix));
    // rename(2) replaces `to` in one step: there is always a journal under that name.
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return Error{tr("Cannot put the generated journal in place at %1.").arg(to)};
    const QByteArray folder = QFile::encodeName(QFileInfo(to).absolutePath());
    if (const int dir = ::open(folder.constData(), O_RDONLY | O_DIRECTORY); dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return {};
}

} // namespace

Status generateSyntheticJournalFile(const QString &path, const SyntheticOptions &options, const SyntheticProgress &progress)
{
    if (QFileInfo::exists(path)) {
        auto existing = Database::open(path, Database::OpenMode::MustExist);
        if (!existing)
            return existing.error();
        auto count = storage::ColleagueRepository(**existing).count();
        if (!count)
            return count.error();
        if (*count > 0)
            return Error{tr("The journal %1 is not empty; generate a synthetic journal into a new file.").arg(path)};
    }
    const QString building = path + QStringLiteral(".generating");
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(building + QLatin1String(suffix));

    Status result = [&]() -> Status {
        auto db = Database::open(building, Database::OpenMode::CreateIfMissing);
        if (!db)
            return db.error();
        // Nothing to protect in a file no one else knows of: no rollback journal, no
        // syncs, and a cache large enough that pages are written once.
        // Foreign keys are checked once at the end instead of on every row, and the schema's
        // CHECK constraints (whose IN lists cost an ephemeral table per row) are skipped: the
        // generator writes enumeration keys from the same tables the checks list.
        for (const char *pragma : {"PRAGMA journal_mode = DELETE", "PRAGMA journal_mode = OFF", "PRAGMA synchronous = OFF",
                                   "PRAGMA cache_size = -16384", "PRAGMA foreign_keys = OFF",
                                   "PRAGMA ignore_check_constraints = ON"}) {
            if (auto done = storage::execute(**db, QString::fromLatin1(pragma)); !done)
                return done;
        }
        if (auto filled = generateSyntheticJournal(**db, options, progress); !filled)
            return filled;
        auto orphans = storage::scalar(**db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check"));
        if (!orphans)
            return orphans.error();
        if (*orphans > 0)
            return Error{tr("The generated journal has %1 broken reference(s); nothing was written.").arg(*orphans)};
        for (const char *pragma : {"PRAGMA ignore_check_constraints = OFF", "PRAGMA foreign_keys = ON",
                                   "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL"}) {
            if (auto done = storage::execute(**db, QString::fromLatin1(pragma)); !done)
                return done;
        }
        return {};
    }();
    if (!result) {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(building + QLatin1String(suffix));
        return result;
    }
    return renameOver(building, path);
}

} // namespace rapport::core
