#include "Validation.h"

#include "Repositories.h"
#include "domain/Day.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace rapport::core {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Validation", text);
}

constexpr int kMaxFieldLength = 1000;
constexpr int kMaxTagLength = 100;
constexpr int kMaxTags = 50;
constexpr int kMaxPhotoBytes = 1024 * 1024;
constexpr int kMaxDurationMin = 7 * 24 * 60;

Status required(QString &text, const QString &field, const QString &what, int maxLength)
{
    text = text.trimmed();
    if (text.isEmpty())
        return Error::inField(field, tr("%1 is required.").arg(what));
    if (text.size() > maxLength)
        return Error::inField(field, tr("%1 is too long (%2 characters; at most %3).").arg(what).arg(text.size()).arg(maxLength));
    return {};
}

Status bounded(const QString &text, const QString &field, int maxLength)
{
    if (text.size() > maxLength)
        return Error::inField(field, tr("The field %1 is too long (%2 characters; at most %3).").arg(field).arg(text.size()).arg(maxLength));
    return {};
}

Status validDate(const QDate &date, const QString &field)
{
    if (!date.isValid())
        return Error::inField(field, tr("The date %1 is missing or not a real date.").arg(field));
    if (date.year() < 1900 || date.year() > 2999)
        return Error::inField(field, tr("The date %1 must be between the years 1900 and 2999.").arg(field));
    return {};
}

Status validDate(const std::optional<QDate> &date, const QString &field)
{
    return date ? validDate(*date, field) : Status();
}

} // namespace

Status Validator::colleagueExists(Id id, const QString &field)
{
    if (m_references.colleagueExists) {
        if (!m_references.colleagueExists(id))
            return Error::inField(field, tr("There is no colleague #%1.").arg(id));
        return {};
    }
    auto found = m_repos.colleagues.exists(id);
    if (!found)
        return found.error();
    if (!*found)
        return Error::inField(field, tr("There is no colleague #%1.").arg(id));
    return {};
}

Status Validator::check(Colleague &c)
{
    c.name = c.name.simplified();
    if (c.name.isEmpty())
        return Error::inField(QStringLiteral("name"), tr("A colleague needs a name."));
    if (c.name.size() > kMaxNameLength)
        return Error::inField(QStringLiteral("name"),
                              tr("The name is too long (%1 characters; at most %2).").arg(c.name.size()).arg(kMaxNameLength));
    const std::pair<QString *, const char *> shortFields[] = {
        {&c.pronouns, "pronouns"}, {&c.role, "role"}, {&c.team, "team"}, {&c.department, "department"},
        {&c.email, "email"}, {&c.phone, "phone"}, {&c.chat, "chat"}, {&c.timeZone, "time_zone"}};
    for (const auto &[text, field] : shortFields) {
        *text = text->trimmed();
        if (auto ok = bounded(*text, QString::fromLatin1(field), kMaxFieldLength); !ok)
            return ok;
    }
    for (const auto &[text, field] : {std::pair{&c.howWeMet, "how_we_met"}, {&c.workingStyle, "working_style"}, {&c.notes, "notes"}}) {
        if (auto ok = bounded(*text, QString::fromLatin1(field), kMaxNotesLength); !ok)
            return ok;
    }
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
    if (!c.email.isEmpty() && !email.match(c.email).hasMatch())
        return Error::inField(QStringLiteral("email"), tr("\"%1\" is not an email address.").arg(c.email));
    if (!c.timeZone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(c.timeZone.toUtf8()))
        return Error::inField(QStringLiteral("time_zone"),
                              tr("\"%1\" is not a known time zone; use an IANA name such as Europe/Berlin.").arg(c.timeZone));
    if (c.cadenceDays < 0 || c.cadenceDays > kMaxCadenceDays)
        return Error::inField(QStringLiteral("cadence_days"),
                              tr("The touchbase cadence must be 0 (none) or 1 to %1 days.").arg(kMaxCadenceDays));
    if (auto ok = validDate(c.trackedSince, QStringLiteral("tracked_since")); !ok)
        return ok;
    if (auto ok = validDate(c.startDate, QStringLiteral("start_date")); !ok)
        return ok;
    if (c.birthday && !QDate(c.birthday->year.value_or(2000), c.birthday->month, c.birthday->day).isValid())
        return Error::inField(QStringLiteral("birthday"), tr("The birthday is not a real date."));

    QStringList tags;
    QSet<QString> seen;
    for (const QString &raw : std::as_const(c.tags)) {
        const QString tag = raw.simplified();
        if (tag.isEmpty() || seen.contains(tag.toCaseFolded()))
            continue;
        if (tag.size() > kMaxTagLength)
            return Error::inField(QStringLiteral("tags"), tr("The tag \"%1…\" is too long (at most %2 characters).")
                                                              .arg(tag.left(20)).arg(kMaxTagLength));
        seen.insert(tag.toCaseFolded());
        tags << tag;
    }
    if (tags.size() > kMaxTags)
        return Error::inField(QStringLiteral("tags"), tr("A colleague can have at most %1 tags.").arg(kMaxTags));
    c.tags = tags;
    if (c.photoPng.size() > kMaxPhotoBytes)
        return Error::inField(QStringLiteral("photo_png_base64"), tr("The photo is too large; it is stored scaled to at most %1 px.").arg(kMaxPhotoSide));
    if (!c.photoPng.isEmpty() && !c.photoPng.startsWith("\x89PNG\r\n\x1a\n"))
        return Error::inField(QStringLiteral("photo_png_base64"), tr("The photo must be a PNG image."));
    return {};
}

Status Validator::check(Interaction &i)
{
    if (auto ok = validDate(i.date, QStringLiteral("date")); !ok)
        return ok;
    if (i.participants.isEmpty())
        return Error::inField(QStringLiteral("participants"), tr("An interaction needs at least one colleague."));
    QList<Id> unique;
    for (const Id id : std::as_const(i.participants)) {
        if (unique.contains(id))
            continue;
        if (auto ok = colleagueExists(id, QStringLiteral("participants")); !ok)
            return ok;
        unique << id;
    }
    // Kept in id order, as the journal returns them, so an unchanged set compares equal.
    std::sort(unique.begin(), unique.end());
    i.participants = unique;
    if (i.time && !i.time->isValid())
        return Error::inField(QStringLiteral("time"), tr("The time is not a real time of day."));
    if (i.time)
        i.time = QTime(i.time->hour(), i.time->minute());
    if (i.durationMin && (*i.durationMin < 0 || *i.durationMin > kMaxDurationMin))
        return Error::inField(QStringLiteral("duration_min"), tr("The duration must be between 0 and %1 minutes.").arg(kMaxDurationMin));
    if (i.quality && (*i.quality < 1 || *i.quality > 5))
        return Error::inField(QStringLiteral("quality"), tr("The quality must be between 1 and 5."));
    return bounded(i.notes, QStringLiteral("notes"), kMaxNotesLength);
}

Status Validator::check(Gratitude &g)
{
    if (auto ok = colleagueExists(g.colleagueId); !ok)
        return ok;
    if (auto ok = validDate(g.date, QStringLiteral("date")); !ok)
        return ok;
    return required(g.what, QStringLiteral("what"), tr("What the thanks were for"), kMaxTextLength);
}

Status Validator::check(Commitment &c)
{
    if (auto ok = colleagueExists(c.colleagueId); !ok)
        return ok;
    if (auto ok = required(c.what, QStringLiteral("what"), tr("What was promised"), kMaxTextLength); !ok)
        return ok;
    if (auto ok = validDate(c.madeOn, QStringLiteral("made_on")); !ok)
        return ok;
    if (auto ok = validDate(c.dueOn, QStringLiteral("due_on")); !ok)
        return ok;
    if (c.dueOn < c.madeOn)
        return Error::inField(QStringLiteral("due_on"), tr("The due date %1 is before the promise was made (%2).")
                                                            .arg(isoDate(c.dueOn), isoDate(c.madeOn)));
    if (c.status == CommitmentStatus::Open && c.closedOn)
        return Error::inField(QStringLiteral("closed_on"), tr("An open promise has no closing date."));
    if (c.status != CommitmentStatus::Open) {
        if (!c.closedOn)
            return Error::inField(QStringLiteral("closed_on"), tr("A promise that is done or dropped needs the date it was closed."));
        if (auto ok = validDate(c.closedOn, QStringLiteral("closed_on")); !ok)
            return ok;
        if (*c.closedOn < c.madeOn)
            return Error::inField(QStringLiteral("closed_on"), tr("The promise cannot be closed (%1) before it was made (%2).")
                                                                   .arg(isoDate(*c.closedOn), isoDate(c.madeOn)));
    }
    for (const Renegotiation &move : std::as_const(c.renegotiations)) {
        for (const auto &[date, field] : {std::pair{move.from, "renegotiations.from"}, {move.to, "renegotiations.to"}, {move.on, "renegotiations.on"}}) {
            if (auto ok = validDate(date, QString::fromLatin1(field)); !ok)
                return ok;
        }
    }
    return {};
}

Status Validator::check(Fact &f)
{
    if (auto ok = colleagueExists(f.colleagueId); !ok)
        return ok;
    if (auto ok = validDate(f.notedOn, QStringLiteral("noted_on")); !ok)
        return ok;
    if (auto ok = validDate(f.followUpOn, QStringLiteral("follow_up_on")); !ok)
        return ok;
    return required(f.text, QStringLiteral("text"), tr("The thing to remember"), kMaxTextLength);
}

Status Validator::check(FollowUp &f)
{
    if (auto ok = colleagueExists(f.colleagueId); !ok)
        return ok;
    if (auto ok = required(f.what, QStringLiteral("what"), tr("What to follow up on"), kMaxTextLength); !ok)
        return ok;
    if (auto ok = validDate(f.dueOn, QStringLiteral("due_on")); !ok)
        return ok;
    if (auto ok = validDate(f.doneOn, QStringLiteral("done_on")); !ok)
        return ok;
    if (f.factId && m_references.factColleague) {
        if (m_references.factColleague(*f.factId) != f.colleagueId)
            return Error::inField(QStringLiteral("fact_id"), tr("There is no fact #%1 about this colleague.").arg(*f.factId));
    } else if (f.factId) {
        auto fact = m_repos.facts.find(*f.factId);
        if (!fact)
            return fact.error();
        if (!fact->has_value() || (*fact)->colleagueId != f.colleagueId)
            return Error::inField(QStringLiteral("fact_id"), tr("There is no fact #%1 about this colleague.").arg(*f.factId));
    }
    return {};
}

Status Validator::check(Reflection &r)
{
    if (auto ok = validDate(r.date, QStringLiteral("date")); !ok)
        return ok;
    r.prompt = r.prompt.trimmed();
    if (auto ok = bounded(r.prompt, QStringLiteral("prompt"), kMaxFieldLength); !ok)
        return ok;
    return required(r.text, QStringLiteral("text"), tr("The reflection"), kMaxNotesLength);
}

Status Validator::check(AboutMe &a)
{
    for (const auto &[text, field] : {std::pair{&a.communicationStyle, "communication_style"}, {&a.strengths, "strengths"}, {&a.growthAreas, "growth_areas"}}) {
        if (auto ok = bounded(*text, QString::fromLatin1(field), kMaxNotesLength); !ok)
            return ok;
    }
    if (a.capacity < 1 || a.capacity > kMaxCapacity)
        return Error::inField(QStringLiteral("capacity"), tr("The relationship capacity must be between 1 and %1.").arg(kMaxCapacity));
    return {};
}

} // namespace rapport::core
