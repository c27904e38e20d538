#include "CalendarExport.h"

#include "ExportFile.h"
#include "IcsWriter.h"
#include "domain/Day.h"
#include "metrics/Timeline.h"
#include "services/DueList.h"
#include "storage/DueQueries.h"
#include "storage/JournalReader.h"
#include "storage/ReminderStateRepository.h"

#include <QIODevice>

#include <algorithm>
#include <tuple>
#include <vector>

namespace rapport::core::io {
namespace {

// The order of events on one day, after their date.
enum class Kind { Touchbase, FollowUp, PromiseMine, PromiseTheirs };

struct Event
{
    Kind kind = Kind::Touchbase;
    Id id = 0;
    Day due = 0; // the day the item fell due
    Day day = 0; // the day it shows: later when snoozed, today when overdue
    QString summary;
    QStringList description;
};

// The snoozes and dismissals of the Today page, read as the due list reads them.
class Reminders
{
public:
    explicit Reminders(storage::ReminderState state)
        : m_state(std::move(state))
    {
    }

    // The day an item due on `due` shows, given the snoozes; nullopt when this occurrence
    // was dismissed. `snoozed` is a snooze kept elsewhere (a touchbase's, on the colleague).
    std::optional<Day> shownOn(DueType type, Id id, Day due, Day today, std::optional<Day> snoozed = {}) const
    {
        const storage::ReminderItem item { dueTypeKey(type), id };
        if (m_state.dismissed.contains({ item, due }))
            return std::nullopt;
        Day day = std::max(due, today);
        if (snoozed)
            day = std::max(day, *snoozed);
        if (const auto until = m_state.snoozedUntil.constFind(item); until != m_state.snoozedUntil.cend())
            day = std::max(day, *until);
        return day;
    }

private:
    storage::ReminderState m_state;
};

struct Window
{
    Day today = 0;
    Day last = 0; // the last day of the horizon
};

// Why an event is not on the day the item fell due; nothing when it is.
QString dateNote(const Event &event, Day today)
{
    if (event.day == event.due)
        return {};
    if (event.day == today)
        return CalendarExport::tr("Due since %1.").arg(isoDate(event.due));
    return CalendarExport::tr("Due on %1, snoozed until this day.").arg(isoDate(event.due));
}

Status addTouchbases(
    storage::DueQueries &queries, const Reminders &reminders, Window window, std::vector<Event> &events)
{
    auto cadenced = queries.cadencedColleagues(window.today);
    if (!cadenced)
        return cadenced.error();
    for (const auto &c : *cadenced) {
        // A(c, today) + k needs only the last contact up to today.
        metrics::ColleagueTimeline timeline { c.id, c.cadenceDays, c.trackedSince, false, {} };
        if (c.lastContact)
            timeline.contactDays.push_back(*c.lastContact);
        const std::optional<Day> nextDue = metrics::nextDue(timeline, window.today);
        if (!nextDue)
            continue;
        const auto day = reminders.shownOn(DueType::Touchbase, c.id, *nextDue, window.today, c.snoozedUntil);
        if (!day || *day > window.last)
            continue;
        events.push_back({ Kind::Touchbase, c.id, *nextDue, *day, CalendarExport::tr("Touch base with %1").arg(c.name),
            { CalendarExport::tr("On a %1-day cadence.").arg(c.cadenceDays) } });
    }
    return {};
}

Status addEntries(const Result<std::vector<storage::DueQueries::Entry>> &entries, Kind kind, const Reminders &reminders,
    Window window, std::vector<Event> &events)
{
    if (!entries)
        return entries.error();
    const DueType type = kind == Kind::FollowUp ? DueType::FollowUp : DueType::Commitment;
    for (const auto &e : *entries) {
        const auto day = reminders.shownOn(type, e.id, e.due, window.today);
        if (!day || *day > window.last)
            continue;
        QString summary;
        switch (kind) {
        case Kind::FollowUp:
            summary = CalendarExport::tr("Follow up with %1: %2");
            break;
        case Kind::PromiseMine:
            summary = CalendarExport::tr("Promised to %1: %2");
            break;
        case Kind::PromiseTheirs:
            summary = CalendarExport::tr("%1 promised: %2");
            break;
        case Kind::Touchbase:
            break;
        }
        events.push_back({ kind, e.id, e.due, *day, summary.arg(e.colleagueName, e.what), {} });
    }
    return {};
}

Result<std::vector<Event>> upcoming(Database &db, Window window)
{
    auto state = storage::ReminderStateRepository(db).dueState();
    if (!state)
        return state.error();
    const Reminders reminders(std::move(*state));
    storage::DueQueries queries(db);
    std::vector<Event> events;
    if (auto added = addTouchbases(queries, reminders, window, events); !added)
        return added.error();
    const std::pair<Kind, Result<std::vector<storage::DueQueries::Entry>> (storage::DueQueries::*)(Day)> lists[] = {
        { Kind::FollowUp, &storage::DueQueries::openFollowUpsDueBy },
        { Kind::PromiseMine, &storage::DueQueries::openPromisesOfMineDueBy },
        { Kind::PromiseTheirs, &storage::DueQueries::openPromisesOfTheirsDueBy },
    };
    for (const auto &[kind, read] : lists) {
        if (auto added = addEntries((queries.*read)(window.last), kind, reminders, window, events); !added)
            return added.error();
    }
    std::sort(events.begin(), events.end(),
        [](const Event &a, const Event &b) { return std::tie(a.day, a.kind, a.id) < std::tie(b.day, b.kind, b.id); });
    return events;
}

QByteArray uid(const Event &event)
{
    const char *prefix = "commitment-";
    if (event.kind == Kind::Touchbase)
        prefix = "touchbase-";
    else if (event.kind == Kind::FollowUp)
        prefix = "follow-up-";
    return prefix + QByteArray::number(event.id) + "@rapport";
}

QString category(Kind kind)
{
    switch (kind) {
    case Kind::Touchbase:
        return CalendarExport::tr("Touchbase");
    case Kind::FollowUp:
        return CalendarExport::tr("Follow-up");
    case Kind::PromiseMine:
    case Kind::PromiseTheirs:
        return CalendarExport::tr("Promise");
    }
    return {};
}

// SEQUENCE tells a calendar which of two versions of an event is newer; it must never go
// down, or a calendar keeps the old date. Without remembering earlier exports, it is
// export day × 10,000 + days from the export day to the event (the horizon stays below
// 10,000 days): on the same day a later date gives a higher number and an unchanged event
// the same one; an export on a later day is higher than any of an earlier day, so a date
// moved earlier is taken by the next day's export at the latest.
qint64 sequence(const Event &event, Day today)
{
    return qint64(today) * 10'000 + (event.day - today);
}

void writeEvent(IcsWriter &w, const Event &event, Day today, const QByteArray &stamp, const CalendarOptions &options)
{
    w.begin("VEVENT");
    w.raw("UID", uid(event));
    w.raw("DTSTAMP", stamp);
    w.raw("SEQUENCE", QByteArray::number(sequence(event, today)));
    w.raw("DTSTART;VALUE=DATE", IcsWriter::date(fromDay(event.day)));
    w.raw("DTEND;VALUE=DATE", IcsWriter::date(fromDay(event.day + 1)));
    w.text("SUMMARY", event.summary);
    QStringList description = event.description;
    if (const QString note = dateNote(event, today); !note.isEmpty())
        description << note;
    if (!description.isEmpty())
        w.text("DESCRIPTION", description.join(QLatin1Char('\n')));
    w.textList("CATEGORIES", { QStringLiteral("Rapport"), category(event.kind) });
    w.raw("CLASS", "PRIVATE");
    w.raw("TRANSP", "TRANSPARENT");
    if (options.alarmAt.isValid()) {
        // An all-day event starts at midnight: the alarm is that far into its day.
        w.begin("VALARM");
        w.raw("ACTION", "DISPLAY");
        w.raw("TRIGGER", IcsWriter::duration(options.alarmAt));
        w.text("DESCRIPTION", event.summary);
        w.end("VALARM");
    }
    w.end("VEVENT");
}

} // namespace

Status CalendarExport::write(
    Database &db, QIODevice &out, const Clock &clock, const CalendarOptions &options, const Progress &progress)
{
    const QDateTime now = clock.now();
    Window window;
    window.today = toDay(now.date());
    window.last = window.today + std::clamp(options.horizonDays, 0, CalendarOptions::kMaxHorizonDays);
    std::vector<Event> events;
    storage::JournalReader reader(db);
    // One read transaction, so the lists agree with one another.
    const Status read = reader.snapshot([&]() -> Status {
        auto found = upcoming(db, window);
        if (!found)
            return found.error();
        events = std::move(*found);
        return {};
    });
    if (!read)
        return read;

    const auto writeFailed
        = [&out] { return Error { tr("The export could not be written: %1").arg(out.errorString()) }; };
    IcsWriter w(out);
    w.begin("VCALENDAR");
    w.raw("VERSION", "2.0");
    w.raw("PRODID", "-//Rapport//Rapport " RAPPORT_VERSION "//EN");
    w.raw("CALSCALE", "GREGORIAN");
    w.raw("METHOD", "PUBLISH");
    w.text("X-WR-CALNAME", QStringLiteral("Rapport"));
    const QByteArray stamp = IcsWriter::utcDateTime(now);
    const qint64 total = qint64(events.size());
    qint64 done = 0;
    for (const Event &event : events) {
        writeEvent(w, event, window.today, stamp, options);
        if (w.failed())
            return writeFailed();
        if (progress && progressDue(++done, total) && !progress(done, total))
            return Error { tr("The export was cancelled.") };
    }
    w.end("VCALENDAR");
    if (w.failed())
        return writeFailed();
    return {};
}

Status CalendarExport::writeFile(
    Database &db, const QString &path, const Clock &clock, const CalendarOptions &options, const Progress &progress)
{
    return ExportFile::save(path, [&](QIODevice &device) { return write(db, device, clock, options, progress); });
}

} // namespace rapport::core::io
