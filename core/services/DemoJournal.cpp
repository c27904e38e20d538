#include "DemoJournal.h"

#include "DemoBuilder.h"

#include <QCoreApplication>
#include <QSignalBlocker>

#include <algorithm>
#include <string_view>
#include <utility>

namespace rapport::core {

namespace demo {
namespace {

using Kind = InteractionKind;

// Shortest and longest usual duration of each kind, in minutes (0: not timed).
constexpr std::array<std::pair<int, int>, kInteractionKindCount> kDurations = {{
    {10, 20}, {25, 30}, {45, 75}, {2, 5}, {30, 120}, {15, 60}, {15, 45}, {15, 30},
    {15, 30}, {0, 0}, {10, 30}, {20, 60}, {10, 20}, {20, 45}, {10, 30},
}};

} // namespace

DemoBuilder::DemoBuilder(Journal &journal, quint32 seed)
    : m_journal(journal)
    , m_rng(seed)
    , m_today(journal.clock().today())
    , m_start(m_today.addMonths(-kHistoryMonths))
{
    for (int &cursor : m_noteCursor)
        cursor = m_rng.bounded(100);
}

Status DemoBuilder::run()
{
    addColleagues();
    if (m_error)
        return *m_error;
    planRhythms();
    planMoments();
    planGroups();
    writePlanned();
    if (m_error)
        return *m_error;
    addPromises();
    addFactsAndFollowUps();
    for (const ReflectionText &r : reflections())
        keep(m_journal.addReflection({0, ago(r.daysAgo), QString::fromUtf8(r.prompt), QString::fromUtf8(r.text)}));
    keep(m_journal.setArchived(m_ids[Olivia], true));
    keep(m_journal.setAboutMe(aboutMe()));
    return m_error ? Status(*m_error) : Status();
}

QDate DemoBuilder::workday(const QDate &date)
{
    const int weekday = date.dayOfWeek();
    return weekday > 5 ? date.addDays(5 - weekday) : date;
}

QString DemoBuilder::pick(std::span<const char *const> texts)
{
    return QString::fromUtf8(texts[std::size_t(m_rng.bounded(int(texts.size())))]);
}

QString DemoBuilder::nextNote(Kind kind)
{
    const auto notes = notesFor(kind);
    const int at = m_noteCursor[std::size_t(kind)]++;
    return QString::fromUtf8(notes[std::size_t(at) % notes.size()]);
}

bool DemoBuilder::reachable(Person p, const QDate &date) const
{
    const Window &w = m_windows[p];
    const bool away = w.awayFrom.isValid() && date >= w.awayFrom && date <= w.awayUntil;
    return date >= w.from && date <= w.until && date <= m_today && !away;
}

void DemoBuilder::addColleagues()
{
    const QDate tomasStarted = ago(roll(3, 10)); // a new hire in his first two weeks
    for (int p = 0; p < kPeople; ++p) {
        const Profile &profile = profiles()[std::size_t(p)];
        Colleague c = colleagueFrom(profile);
        c.startDate = p == Tomas ? tomasStarted : ago(profile.startDaysAgo);
        c.trackedSince = std::max(m_start, *c.startDate);
        if (p == Grace) // a birthday today, so that the reminders show one
            c.birthday = Birthday{m_today.month(), m_today.day(), std::nullopt};
        m_windows[p] = {c.trackedSince, m_today, {}, {}, c.trackedSince, m_today};
        if (!m_error)
            keep(m_journal.addColleague(c), &m_ids[p]);
    }
    m_windows[Tomas].from = m_today.addDays(1); // no contact yet
    m_windows[Ana].awayFrom = ago(kAnaAwayFrom);
    m_windows[Ana].awayUntil = ago(kAnaAwayUntil);
    m_windows[Sam].everydayFrom = ago(kSamStarted - 4); // after I introduced myself
    m_windows[Daniel].everydayFrom = ago(kDanielMet - 1);
    m_windows[Priya].everydayUntil = workdayAgo(kPriyaLastHelp).addDays(-1);
    for (const auto &[p, last] : {std::pair{Jonas, kJonasLast}, {Fatima, kFatimaLast}, {Lukas, kLukasLast},
                                  {Olivia, kOliviaFarewell}}) {
        m_windows[p].until = workdayAgo(last);
        m_windows[p].everydayUntil = m_windows[p].until.addDays(-1);
    }
}

Interaction &DemoBuilder::plan(Kind kind, const QDate &date, std::initializer_list<Person> people, const QString &notes)
{
    Interaction i;
    i.date = date;
    i.kind = kind;
    for (const Person p : people) {
        if (reachable(p, date))
            i.participants << m_ids[p];
    }
    i.notes = notes;
    m_planned.push_back(std::move(i));
    return m_planned.back();
}

// One moment with one colleague, in a channel, at a time and with a warmth that suit them.
// Without notes of its own it usually gets an everyday one.
void DemoBuilder::planOne(Person p, Kind kind, const QDate &date, const QString &notes, std::optional<int> quality)
{
    const Profile &profile = profiles()[p];
    const QString text = notes.isEmpty() && chance(70) ? nextNote(kind) : notes;
    Interaction &i = plan(kind, date, {p}, text);
    if (chance(90))
        i.channel = channelFor(profile.workMode, kind);
    const int byMe = kind == Kind::HelpReceived || kind == Kind::AskedOpinion || kind == Kind::SharedInfo
                             || kind == Kind::Introduction
                         ? 85
                         : kind == Kind::FeedbackReceived || kind == Kind::Touchbase ? 35 : 55;
    if (chance(90))
        i.initiatedBy = chance(byMe) ? InitiatedBy::Me : InitiatedBy::Them;
    if (chance(60)) {
        const auto [first, last] = profile.bestTime == BestTime::Morning     ? std::pair{9, 11}
                                   : profile.bestTime == BestTime::Afternoon ? std::pair{13, 16}
                                                                             : std::pair{9, 16};
        i.time = QTime(roll(first, last), 15 * roll(0, 3));
    }
    const auto [shortest, longest] = kDurations[std::size_t(kind)];
    if (longest > 0 && (i.time || chance(30)))
        i.durationMin = longest >= 30 ? 5 * roll(shortest / 5, longest / 5) : roll(shortest, longest);
    if (quality)
        i.quality = quality;
    else if (chance(70))
        i.quality = std::clamp(profile.warmth + roll(-1, 1) - (kind == Kind::Tension ? 2 : 0), 1, 5);
}

void DemoBuilder::planGroup(Kind kind, const QDate &date, std::initializer_list<Person> people, const QString &notes,
                            QTime time, int durationMin)
{
    Interaction &i = plan(kind, date, people, notes);
    i.channel = Channel::InPerson;
    i.initiatedBy = chance(40) ? InitiatedBy::Me : InitiatedBy::Them;
    i.time = time;
    i.durationMin = durationMin;
    if (chance(70))
        i.quality = roll(4, 5);
}

// Help is often followed by thanks; not always, which is what the Today page is for.
void DemoBuilder::maybeThanks(Person p, Kind kind, const QDate &date)
{
    const auto [given, received] = kind == Kind::HelpReceived       ? std::pair{60, 0}
                                   : kind == Kind::HelpGiven        ? std::pair{0, 40}
                                   : kind == Kind::Collaboration    ? std::pair{12, 8}
                                   : kind == Kind::FeedbackReceived ? std::pair{15, 0}
                                                                    : std::pair{0, 0};
    const int r = roll(0, 99);
    if (r < given)
        planThanks(p, date, GratitudeDirection::Given, pick(thanksGiven()), chance(30));
    else if (r < given + received)
        planThanks(p, date, GratitudeDirection::Received, pick(thanksReceived()), chance(20));
}

void DemoBuilder::planThanks(Person p, const QDate &date, GratitudeDirection direction, const QString &what,
                             bool inPublic)
{
    if (reachable(p, date))
        m_thanks.push_back(
            {0, m_ids[p], date, direction, what, inPublic ? GratitudeWhere::Public : GratitudeWhere::Private});
}

Channel DemoBuilder::channelFor(WorkMode mode, Kind kind)
{
    if (kind == Kind::Meal || kind == Kind::Celebration)
        return mode == WorkMode::Remote ? Channel::Video : Channel::InPerson;
    if (kind == Kind::SharedInfo)
        return chance(60) ? Channel::Chat : Channel::Email;
    const int r = roll(0, 99);
    if (kind == Kind::Coffee || kind == Kind::Touchbase) { // face to face, or a virtual coffee
        if (mode == WorkMode::Remote)
            return Channel::Video;
        return mode == WorkMode::Office || r < 60 ? Channel::InPerson : Channel::Video;
    }
    switch (mode) {
    case WorkMode::Remote:
        return r < 50 ? Channel::Chat : r < 85 ? Channel::Video : r < 95 ? Channel::Call : Channel::Email;
    case WorkMode::Hybrid:
        return r < 45 ? Channel::InPerson : r < 70 ? Channel::Video : r < 95 ? Channel::Chat : Channel::Email;
    case WorkMode::Office:
        return r < 70 ? Channel::InPerson : r < 90 ? Channel::Chat : r < 95 ? Channel::Call : Channel::Email;
    }
    return Channel::Chat;
}

// Everyday contact at each colleague's own rhythm. The gaps stay under their cadence, so
// only the story's gaps (a holiday, a drift, a quiet department) leave anyone behind.
void DemoBuilder::planRhythms()
{
    for (int index = 0; index < kPeople; ++index) {
        const Person p = Person(index);
        const Profile &profile = profiles()[std::size_t(p)];
        const Window &w = m_windows[p];
        int total = 0;
        for (const int weight : profile.kindWeights)
            total += weight;
        if (profile.gapMax <= 0 || total <= 0)
            continue;
        for (QDate d = w.everydayFrom.addDays(roll(0, profile.gapMax)); d <= w.everydayUntil;
             d = d.addDays(roll(profile.gapMin, profile.gapMax))) {
            int r = m_rng.bounded(total);
            std::size_t k = 0;
            while (r >= profile.kindWeights[k])
                r -= profile.kindWeights[k++];
            const QDate on = workday(d);
            if (on < w.everydayFrom || !reachable(p, on))
                continue;
            const bool crunch = on >= ago(kCrunchFrom) && on <= ago(kCrunchUntil);
            if (crunch && profile.team != std::string_view("Platform") && chance(75))
                continue;
            planOne(p, Kind(k), on);
            maybeThanks(p, Kind(k), on);
        }
    }
}

void DemoBuilder::writePlanned()
{
    const auto byDate = [](const auto &a, const auto &b) { return a.date < b.date; };
    std::stable_sort(m_planned.begin(), m_planned.end(), byDate);
    std::stable_sort(m_thanks.begin(), m_thanks.end(), byDate);
    for (const Interaction &i : m_planned) {
        if (!i.participants.isEmpty() && !m_error)
            keep(m_journal.logInteraction(i));
    }
    for (const Gratitude &g : m_thanks) {
        if (!m_error)
            keep(m_journal.addGratitude(g));
    }
}

} // namespace demo

Status fillDemoJournal(Journal &journal, quint32 seed)
{
    auto colleagues = journal.repositories().colleagues.count();
    if (!colleagues)
        return colleagues.error();
    if (*colleagues > 0)
        return Error{QCoreApplication::translate(
            "DemoJournal", "The demo team goes only into an empty journal; this one already has colleagues.")};
    Status filled;
    {
        // One "changed" for the whole fill (clearing the undo stack sends it), not one per record.
        const QSignalBlocker quietJournal(&journal);
        const QSignalBlocker quietHistory(&journal.undoStack());
        demo::DemoBuilder builder(journal, seed);
        filled = journal.database().transaction([&builder] { return builder.run(); });
    }
    // After a failure too: changes that were rolled back must not stay on the undo stack.
    journal.undoStack().clear();
    return filled;
}

} // namespace rapport::core
