#include "JsonExport.h"

#include "ExportFile.h"
#include "JsonWriter.h"
#include "domain/Day.h"
#include "storage/JournalReader.h"
#include "storage/ReflectionRepository.h"

#include <QIODevice>

namespace rapport::core::io {
namespace {

void date(JsonWriter &w, const std::optional<QDate> &value)
{
    if (value)
        w.string(isoDate(*value));
    else
        w.null();
}

template<typename E> void optionalKey(JsonWriter &w, const std::optional<E> &value)
{
    if (value)
        w.string(keyOf(*value));
    else
        w.null();
}

void optionalInt(JsonWriter &w, const std::optional<int> &value)
{
    if (value)
        w.integer(*value);
    else
        w.null();
}

void writeRecord(JsonWriter &w, const Colleague &c)
{
    w.beginObject();
    w.key("id").integer(c.id);
    w.key("name").string(c.name);
    const std::pair<const char *, const QString *> texts[]
        = { { "pronouns", &c.pronouns }, { "role", &c.role }, { "team", &c.team }, { "department", &c.department },
              { "email", &c.email }, { "phone", &c.phone }, { "chat", &c.chat } };
    for (const auto &[name, text] : texts)
        w.key(name).stringOrNull(*text);
    optionalKey(w.key("work_mode"), c.workMode);
    w.key("time_zone").stringOrNull(c.timeZone);
    date(w.key("start_date"), c.startDate);
    w.key("birthday");
    if (c.birthday)
        w.string(c.birthday->toString());
    else
        w.null();
    w.key("how_we_met").stringOrNull(c.howWeMet);
    optionalKey(w.key("preferred_channel"), c.preferredChannel);
    optionalKey(w.key("best_time"), c.bestTime);
    w.key("working_style").stringOrNull(c.workingStyle);
    w.key("cadence_days").integer(c.cadenceDays);
    w.key("tags");
    w.beginArray();
    for (const QString &tag : c.tags)
        w.string(tag);
    w.endArray();
    w.key("notes").stringOrNull(c.notes);
    date(w.key("tracked_since"), c.trackedSince);
    w.key("archived").boolean(c.archived);
    w.key("photo_png_base64");
    if (c.photoPng.isEmpty())
        w.null();
    else
        w.string(QString::fromLatin1(c.photoPng.toBase64()));
    w.endObject();
}

void writeRecord(JsonWriter &w, const Fact &f)
{
    w.beginObject();
    w.key("id").integer(f.id);
    w.key("colleague_id").integer(f.colleagueId);
    w.key("text").string(f.text);
    date(w.key("noted_on"), f.notedOn);
    date(w.key("follow_up_on"), f.followUpOn);
    w.endObject();
}

void writeRecord(JsonWriter &w, const Interaction &i)
{
    w.beginObject();
    w.key("id").integer(i.id);
    date(w.key("date"), i.date);
    w.key("time");
    if (i.time)
        w.string(i.time->toString(QStringLiteral("HH:mm")));
    else
        w.null();
    optionalInt(w.key("duration_min"), i.durationMin);
    w.key("kind").string(keyOf(i.kind));
    w.key("participants");
    w.beginArray();
    for (const Id id : i.participants)
        w.integer(id);
    w.endArray();
    optionalKey(w.key("channel"), i.channel);
    optionalKey(w.key("initiated_by"), i.initiatedBy);
    optionalInt(w.key("quality"), i.quality);
    w.key("notes").stringOrNull(i.notes);
    w.endObject();
}

void writeRecord(JsonWriter &w, const Gratitude &g)
{
    w.beginObject();
    w.key("id").integer(g.id);
    w.key("colleague_id").integer(g.colleagueId);
    date(w.key("date"), g.date);
    w.key("direction").string(keyOf(g.direction));
    w.key("what").string(g.what);
    w.key("where").string(keyOf(g.where));
    w.endObject();
}

void writeRecord(JsonWriter &w, const Commitment &c)
{
    w.beginObject();
    w.key("id").integer(c.id);
    w.key("colleague_id").integer(c.colleagueId);
    w.key("what").string(c.what);
    w.key("direction").string(keyOf(c.direction));
    date(w.key("made_on"), c.madeOn);
    date(w.key("due_on"), c.dueOn);
    w.key("status").string(keyOf(c.status));
    date(w.key("closed_on"), c.closedOn);
    w.key("renegotiations");
    w.beginArray();
    for (const Renegotiation &move : c.renegotiations) {
        w.beginObject();
        date(w.key("from"), move.from);
        date(w.key("to"), move.to);
        date(w.key("on"), move.on);
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

void writeRecord(JsonWriter &w, const FollowUp &f)
{
    w.beginObject();
    w.key("id").integer(f.id);
    w.key("colleague_id").integer(f.colleagueId);
    w.key("what").string(f.what);
    date(w.key("due_on"), f.dueOn);
    date(w.key("done_on"), f.doneOn);
    w.key("fact_id");
    if (f.factId)
        w.integer(*f.factId);
    else
        w.null();
    w.endObject();
}

void writeRecord(JsonWriter &w, const Reflection &r)
{
    w.beginObject();
    w.key("id").integer(r.id);
    date(w.key("date"), r.date);
    w.key("prompt").stringOrNull(r.prompt);
    w.key("text").string(r.text);
    w.endObject();
}

} // namespace

QString JsonExport::timestamp(const QDateTime &when)
{
    const int offset = when.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return when.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + (offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        + QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

Status JsonExport::write(Database &db, QIODevice &device, const Clock &clock, const Progress &progress)
{
    storage::JournalReader reader(db);
    return reader.snapshot([&]() -> Status {
        auto counts = reader.counts();
        if (!counts)
            return counts.error();
        const qint64 total = counts->total();
        qint64 done = 0;
        JsonWriter w(&device);
        // Each record goes out as soon as it is read; a failed write or a cancel stops the walk.
        const auto put = [&](const auto &record) -> Status {
            writeRecord(w, record);
            if (w.failed())
                return Error { tr("The export could not be written: %1").arg(device.errorString()) };
            if (progress && progressDue(++done, total) && !progress(done, total))
                return Error { tr("The export was cancelled.") };
            return {};
        };
        w.beginObject();
        w.key("format").string(QLatin1String(kJournalFormat));
        w.key("version").integer(kJournalVersion);
        w.key("exported_at").string(timestamp(clock.now()));
        const auto section = [&](const char *name, auto walk) -> Status {
            w.key(name);
            w.beginArray();
            if (auto walked = walk(); !walked)
                return walked;
            w.endArray();
            return {};
        };
        using Visit = std::function<Status()>;
        const std::pair<const char *, Visit> sections[] = {
            { "colleagues", [&] { return reader.colleagues([&](const Colleague &r) { return put(r); }); } },
            { "facts", [&] { return reader.facts([&](const Fact &r) { return put(r); }); } },
            { "interactions", [&] { return reader.interactions([&](const Interaction &r) { return put(r); }); } },
            { "gratitude", [&] { return reader.gratitude([&](const Gratitude &r) { return put(r); }); } },
            { "commitments", [&] { return reader.commitments([&](const Commitment &r) { return put(r); }); } },
            { "follow_ups", [&] { return reader.followUps([&](const FollowUp &r) { return put(r); }); } },
            { "reflections", [&] { return reader.reflections([&](const Reflection &r) { return put(r); }); } },
        };
        for (const auto &[name, walk] : sections) {
            if (auto written = section(name, walk); !written)
                return written;
        }
        auto about = storage::ReflectionRepository(db).aboutMe();
        if (!about)
            return about.error();
        w.key("about_me");
        w.beginObject();
        w.key("communication_style").stringOrNull(about->communicationStyle);
        w.key("strengths").stringOrNull(about->strengths);
        w.key("growth_areas").stringOrNull(about->growthAreas);
        w.key("capacity").integer(about->capacity);
        w.endObject();
        w.endObject();
        if (!w.finish())
            return Error { tr("The export could not be written: %1").arg(device.errorString()) };
        return {};
    });
}

Status JsonExport::writeFile(Database &db, const QString &path, const Clock &clock, const Progress &progress)
{
    return ExportFile::save(path, [&](QIODevice &device) { return write(db, device, clock, progress); });
}

} // namespace rapport::core::io
