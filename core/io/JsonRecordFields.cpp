#include "JsonRecordReader.h"

#include <QScopeGuard>

#include <limits>

// The fields of each record of the format, and the loop that reads them; the values
// themselves are read in JsonRecordReader.cpp.

namespace rapport::core::io {
namespace {

using Token = JsonReader::Token;

// A photo is checked by the Validator (at most 1 MiB); a text longer than this is refused
// before it is even read whole.
constexpr qint64 kPhotoTextLimit = 2 * 1024 * 1024;

enum ColleagueField {
    CId,
    CName,
    CPronouns,
    CRole,
    CTeam,
    CDepartment,
    CEmail,
    CPhone,
    CChat,
    CWorkMode,
    CTimeZone,
    CStartDate,
    CBirthday,
    CHowWeMet,
    CPreferredChannel,
    CBestTime,
    CWorkingStyle,
    CCadence,
    CTags,
    CNotes,
    CTrackedSince,
    CArchived,
    CPhoto
};
constexpr std::array kColleagueFields = { "id", "name", "pronouns", "role", "team", "department", "email", "phone",
    "chat", "work_mode", "time_zone", "start_date", "birthday", "how_we_met", "preferred_channel", "best_time",
    "working_style", "cadence_days", "tags", "notes", "tracked_since", "archived", "photo_png_base64" };
constexpr std::array kFactFields = { "id", "colleague_id", "text", "noted_on", "follow_up_on" };
constexpr std::array kInteractionFields
    = { "id", "date", "time", "duration_min", "kind", "participants", "channel", "initiated_by", "quality", "notes" };
constexpr std::array kGratitudeFields = { "id", "colleague_id", "date", "direction", "what", "where" };
constexpr std::array kCommitmentFields
    = { "id", "colleague_id", "what", "direction", "made_on", "due_on", "status", "closed_on", "renegotiations" };
constexpr std::array kFollowUpFields = { "id", "colleague_id", "what", "due_on", "done_on", "fact_id" };
constexpr std::array kReflectionFields = { "id", "date", "prompt", "text" };
constexpr std::array kAboutMeFields = { "communication_style", "strengths", "growth_areas", "capacity" };

} // namespace

template<std::size_t N, typename Value>
bool JsonRecordReader::fields(const std::array<const char *, N> &names, std::span<const int> required, Value value)
{
    static_assert(N <= std::tuple_size_v<decltype(m_lines)>);
    m_names = names.data();
    m_nameCount = N;
    m_field = -1;
    m_lines.fill(0);
    m_recordLine = m_json.position().line;
    if (m_json.token() == Token::Invalid) {
        m_problem = readerProblem();
        return false;
    }
    if (m_json.token() != Token::BeginObject)
        return fail(tr("must be an object { ... }, not %1").arg(tokenName(m_json.token())));
    for (;;) {
        const Token name = m_json.next();
        if (name == Token::EndObject)
            break;
        if (name != Token::Name) {
            m_problem = readerProblem();
            return false;
        }
        // Fields mostly come in the order they are written: look from the last one on.
        int index = -1;
        for (std::size_t k = 0; k < N && index < 0; ++k) {
            const std::size_t i = (std::size_t(m_field + 1) + k) % N;
            if (m_json.text() == QByteArrayView(names[i]))
                index = int(i);
        }
        const qint64 line = m_json.position().line;
        if (index < 0) {
            // A field this version does not know: skipped, whatever its size.
            if (!m_json.skipNextValue()) {
                m_problem = readerProblem();
                return false;
            }
            continue;
        }
        const bool isPhoto = index == m_photoField;
        const qint64 limit = m_json.stringLimit();
        if (isPhoto)
            m_json.setStringLimit(kPhotoTextLimit);
        const Token first = m_json.next();
        m_json.setStringLimit(limit);
        if (first == Token::Invalid) {
            if (m_json.problem() == JsonReader::Problem::TooLong) {
                m_field = index;
                m_lines[std::size_t(index)] = line;
                return failField(isPhoto
                        ? tr("the photo is too large (over %1 MB as base64); it is stored scaled to at most %2 px")
                              .arg(kPhotoTextLimit >> 20)
                              .arg(kMaxPhotoSide)
                        : tr("the text is too long (over %1 bytes)").arg(limit));
            }
            m_problem = readerProblem();
            return false;
        }
        m_field = index;
        if (m_lines[std::size_t(index)] != 0)
            return failField(tr("the field is given twice"));
        m_lines[std::size_t(index)] = line;
        if (!value(index))
            return false;
    }
    for (const int r : required) {
        if (m_lines[std::size_t(r)] == 0) {
            m_field = r;
            return failField(tr("the field is missing"));
        }
    }
    m_field = -1;
    return true;
}
template<typename E> bool JsonRecordReader::key(E &out)
{
    if (m_json.token() != Token::String)
        return typeError(tr("one of: %1").arg(allKeys<E>()));
    const auto found = enumFromKey<E>(m_json.string());
    if (!found)
        return failField(tr("\"%1\" is not one of: %2").arg(m_json.string(), allKeys<E>()));
    out = *found;
    return true;
}

template<typename E> bool JsonRecordReader::optionalKey(std::optional<E> &out)
{
    if (m_json.token() == Token::Null) {
        out.reset();
        return true;
    }
    E value {};
    if (!key(value))
        return false;
    out = value;
    return true;
}

bool JsonRecordReader::read(Colleague &c)
{
    c = Colleague {};
    c.trackedSince = m_clock.today(); // when the file does not say
    static constexpr int required[] = { CId, CName };
    m_photoField = CPhoto;
    const auto photoFieldEnds = qScopeGuard([this] { m_photoField = -1; });
    return fields(kColleagueFields, required, [&](int field) {
        switch (field) {
        case CId:
            return id(c.id);
        case CName:
            return text(c.name, true);
        case CPronouns:
            return text(c.pronouns, false);
        case CRole:
            return text(c.role, false);
        case CTeam:
            return text(c.team, false);
        case CDepartment:
            return text(c.department, false);
        case CEmail:
            return text(c.email, false);
        case CPhone:
            return text(c.phone, false);
        case CChat:
            return text(c.chat, false);
        case CWorkMode:
            return optionalKey(c.workMode);
        case CTimeZone:
            return text(c.timeZone, false);
        case CStartDate:
            return optionalDate(c.startDate);
        case CBirthday:
            return birthday(c.birthday);
        case CHowWeMet:
            return text(c.howWeMet, false);
        case CPreferredChannel:
            return optionalKey(c.preferredChannel);
        case CBestTime:
            return optionalKey(c.bestTime);
        case CWorkingStyle:
            return text(c.workingStyle, false);
        case CCadence: {
            std::optional<int> cadence;
            if (!optionalInt(cadence, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()))
                return false;
            c.cadenceDays = cadence.value_or(0);
            return true;
        }
        case CTags:
            return texts(c.tags);
        case CNotes:
            return text(c.notes, false);
        case CTrackedSince:
            return date(c.trackedSince);
        case CArchived:
            return boolean(c.archived);
        case CPhoto:
            return photo(c.photoPng);
        }
        return true;
    });
}

bool JsonRecordReader::read(Fact &f)
{
    f = Fact {};
    static constexpr int required[] = { 0, 1, 2, 3 };
    return fields(kFactFields, required, [&](int field) {
        switch (field) {
        case 0:
            return id(f.id);
        case 1:
            return id(f.colleagueId);
        case 2:
            return text(f.text, true);
        case 3:
            return date(f.notedOn);
        case 4:
            return optionalDate(f.followUpOn);
        }
        return true;
    });
}

bool JsonRecordReader::read(Interaction &i)
{
    i = Interaction {};
    static constexpr int required[] = { 0, 1, 4, 5 };
    return fields(kInteractionFields, required, [&](int field) {
        switch (field) {
        case 0:
            return id(i.id);
        case 1:
            return date(i.date);
        case 2:
            return time(i.time);
        case 3:
            return optionalInt(i.durationMin, 0, std::numeric_limits<int>::max());
        case 4:
            return key(i.kind);
        case 5:
            return ids(i.participants);
        case 6:
            return optionalKey(i.channel);
        case 7:
            return optionalKey(i.initiatedBy);
        case 8:
            return optionalInt(i.quality, 1, 5);
        case 9:
            return text(i.notes, false);
        }
        return true;
    });
}

bool JsonRecordReader::read(Gratitude &g)
{
    g = Gratitude {};
    static constexpr int required[] = { 0, 1, 2, 3, 4 };
    return fields(kGratitudeFields, required, [&](int field) {
        switch (field) {
        case 0:
            return id(g.id);
        case 1:
            return id(g.colleagueId);
        case 2:
            return date(g.date);
        case 3:
            return key(g.direction);
        case 4:
            return text(g.what, true);
        case 5:
            return m_json.token() == Token::Null || key(g.where);
        }
        return true;
    });
}

bool JsonRecordReader::read(Commitment &c)
{
    c = Commitment {};
    static constexpr int required[] = { 0, 1, 2, 3, 4, 5 };
    return fields(kCommitmentFields, required, [&](int field) {
        switch (field) {
        case 0:
            return id(c.id);
        case 1:
            return id(c.colleagueId);
        case 2:
            return text(c.what, true);
        case 3:
            return key(c.direction);
        case 4:
            return date(c.madeOn);
        case 5:
            return date(c.dueOn);
        case 6:
            return m_json.token() == Token::Null || key(c.status);
        case 7:
            return optionalDate(c.closedOn);
        case 8:
            return renegotiations(c.renegotiations);
        }
        return true;
    });
}

bool JsonRecordReader::read(FollowUp &f)
{
    f = FollowUp {};
    static constexpr int required[] = { 0, 1, 2, 3 };
    return fields(kFollowUpFields, required, [&](int field) {
        switch (field) {
        case 0:
            return id(f.id);
        case 1:
            return id(f.colleagueId);
        case 2:
            return text(f.what, true);
        case 3:
            return date(f.dueOn);
        case 4:
            return optionalDate(f.doneOn);
        case 5: {
            if (m_json.token() == Token::Null)
                return true;
            Id fact = 0;
            if (!id(fact))
                return false;
            f.factId = fact;
            return true;
        }
        }
        return true;
    });
}

bool JsonRecordReader::read(Reflection &r)
{
    r = Reflection {};
    static constexpr int required[] = { 0, 1, 3 };
    return fields(kReflectionFields, required, [&](int field) {
        switch (field) {
        case 0:
            return id(r.id);
        case 1:
            return date(r.date);
        case 2:
            return text(r.prompt, false);
        case 3:
            return text(r.text, true);
        }
        return true;
    });
}

bool JsonRecordReader::read(AboutMe &a)
{
    a = AboutMe {};
    return fields(kAboutMeFields, std::span<const int>(), [&](int field) {
        switch (field) {
        case 0:
            return text(a.communicationStyle, false);
        case 1:
            return text(a.strengths, false);
        case 2:
            return text(a.growthAreas, false);
        case 3: {
            std::optional<int> capacity;
            if (!optionalInt(capacity, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()))
                return false;
            a.capacity = capacity.value_or(kDefaultCapacity);
            return true;
        }
        }
        return true;
    });
}

} // namespace rapport::core::io