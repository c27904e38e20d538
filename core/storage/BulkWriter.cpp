#include "BulkWriter.h"

#include "ColleagueRepository.h"

#include <QCoreApplication>

namespace rapport::core::storage {

struct BulkWriter::Statements
{
    explicit Statements(sqlite3 *db)
        : colleague(db, "INSERT INTO colleague (id, name, name_key, role, team, department, work_mode, time_zone, "
                        "birthday, birthday_md, cadence_days, tracked_since, archived) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)")
        , interaction(db, "INSERT INTO interaction (id, day, time_min, duration_min, kind, channel, initiated_by, quality, notes) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
        , participant(db, "INSERT INTO participant (interaction_id, colleague_id, day, kind, quality) VALUES (?1, ?2, ?3, ?4, ?5)")
        , gratitude(db, "INSERT INTO gratitude (id, colleague_id, day, direction, what, place) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        , commitment(db, "INSERT INTO commitment (id, colleague_id, what, direction, made_on, due_on, status, closed_on) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        , renegotiation(db, "INSERT INTO renegotiation (commitment_id, seq, from_day, to_day, on_day) VALUES (?1, 0, ?2, ?3, ?4)")
        , fact(db, "INSERT INTO fact (id, colleague_id, text, noted_on, follow_up_on) VALUES (?1, ?2, ?3, ?4, ?5)")
        , followUp(db, "INSERT INTO follow_up (id, colleague_id, what, due_on, done_on, fact_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        , reflection(db, "INSERT INTO reflection (day, prompt, text) VALUES (?1, ?2, ?3)")
        , anyColleague(db, "SELECT count(*) FROM (SELECT 1 FROM colleague LIMIT 1)")
    {
    }

    Statement colleague, interaction, participant, gratitude, commitment, renegotiation, fact, followUp, reflection, anyColleague;
};

namespace {

Statement &bindOptional(Statement &s, int index, std::optional<int> value)
{
    return value ? s.bind(index, *value) : s.bindNull(index);
}

} // namespace

BulkWriter::BulkWriter(Database &db)
    : m_s(std::make_unique<Statements>(db.handle()))
{
}

BulkWriter::~BulkWriter() = default;

Status BulkWriter::ready() const
{
    for (const Statement *s : {&m_s->colleague, &m_s->interaction, &m_s->participant, &m_s->gratitude, &m_s->commitment,
                               &m_s->renegotiation, &m_s->fact, &m_s->followUp, &m_s->reflection, &m_s->anyColleague}) {
        if (!s->valid())
            return Error{QCoreApplication::translate("Database", "The journal could not prepare a request: %1").arg(s->errorText())};
    }
    return {};
}

Result<bool> BulkWriter::isEmpty()
{
    const bool any = m_s->anyColleague.next() && m_s->anyColleague.intColumn(0) > 0;
    if (auto done = m_s->anyColleague.finish(); !done)
        return done.error();
    return !any;
}

Status BulkWriter::add(const ColleagueRow &r)
{
    Statement &s = m_s->colleague;
    s.bind(1, r.id).bind(2, r.name).bind(3, ColleagueRepository::nameKey(r.name)).bind(4, r.role).bind(5, r.team)
        .bind(6, r.department).bindText(7, r.workMode).bind(8, r.timeZone);
    if (r.birthday.isEmpty())
        s.bindNull(9).bindNull(10);
    else
        s.bind(9, r.birthday).bind(10, r.birthdayMonthDay);
    s.bind(11, r.cadenceDays).bind(12, r.trackedSince).bind(13, r.archived ? 1 : 0);
    return s.run();
}

Status BulkWriter::add(const InteractionRow &r)
{
    const QByteArray kind = keyOf(r.kind).toLatin1();
    Statement &s = m_s->interaction;
    s.bind(1, r.id).bind(2, r.day);
    bindOptional(s, 3, r.timeMin);
    bindOptional(s, 4, r.durationMin);
    s.bindText(5, kind.constData()).bindText(6, r.channel).bindText(7, r.initiatedByMe ? "me" : "them");
    bindOptional(s, 8, r.quality);
    s.bindText(9, r.notes);
    if (auto done = s.run(); !done)
        return done;
    Statement &p = m_s->participant;
    for (const qint64 colleague : r.participants) {
        p.bind(1, r.id).bind(2, colleague).bind(3, r.day).bindText(4, kind.constData());
        bindOptional(p, 5, r.quality);
        if (auto done = p.run(); !done)
            return done;
    }
    return {};
}

Status BulkWriter::addGratitude(qint64 id, qint64 colleagueId, Day day, bool given, const char *what, bool inPublic)
{
    return m_s->gratitude.bind(1, id).bind(2, colleagueId).bind(3, day).bindText(4, given ? "given" : "received")
        .bindText(5, what).bindText(6, inPublic ? "public" : "private").run();
}

Status BulkWriter::add(const CommitmentRow &r)
{
    Statement &s = m_s->commitment;
    s.bind(1, r.id).bind(2, r.colleagueId).bindText(3, r.what).bindText(4, r.mine ? "mine" : "theirs").bind(5, r.madeOn)
        .bind(6, r.dueOn).bindText(7, r.status);
    if (r.closedOn)
        s.bind(8, *r.closedOn);
    else
        s.bindNull(8);
    if (auto done = s.run(); !done)
        return done;
    if (!r.renegotiatedFrom)
        return {};
    return m_s->renegotiation.bind(1, r.id).bind(2, *r.renegotiatedFrom).bind(3, r.dueOn).bind(4, r.madeOn).run();
}

Status BulkWriter::addFact(qint64 id, qint64 colleagueId, Day notedOn, std::optional<Day> followUpOn)
{
    Statement &s = m_s->fact;
    s.bind(1, id).bind(2, colleagueId).bindText(3, "mentioned a trip coming up").bind(4, notedOn);
    bindOptional(s, 5, followUpOn);
    return s.run();
}

Status BulkWriter::addFollowUp(qint64 id, qint64 colleagueId, Day dueOn, std::optional<Day> doneOn, std::optional<qint64> factId)
{
    Statement &s = m_s->followUp;
    s.bind(1, id).bind(2, colleagueId).bindText(3, "ask how the trip went").bind(4, dueOn);
    bindOptional(s, 5, doneOn);
    if (factId)
        s.bind(6, *factId);
    else
        s.bindNull(6);
    return s.run();
}

Status BulkWriter::addReflection(Day day)
{
    return m_s->reflection.bind(1, day).bindText(2, "What went well with the people around me this week?")
        .bindText(3, "A few good conversations; I should follow up with the people I have not seen.").run();
}

} // namespace rapport::core::storage
