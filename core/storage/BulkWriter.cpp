#include "BulkWriter.h"

#include "Aggregates.h"
#include "ChangeLog.h"
#include "ColleagueRepository.h"
#include "Query.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <spdlog/spdlog.h>

#include <algorithm>

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
    : m_db(db)
    , m_s(std::make_unique<Statements>(db.handle()))
{
}

Status BulkWriter::suspendDerived()
{
    Query list(m_db, QStringLiteral("SELECT type, name, sql FROM sqlite_schema WHERE type IN ('index', 'trigger') "
                                    "AND sql IS NOT NULL ORDER BY type = 'trigger', name"));
    if (auto done = list.exec(); !done)
        return done;
    QStringList drops;
    while (list.next()) {
        drops << QStringLiteral("DROP %1 \"%2\"").arg(list.text(0).toUpper(), list.text(1));
        m_suspended << list.text(2);
    }
    for (const QString &drop : std::as_const(drops)) {
        if (auto done = execute(m_db, drop); !done)
            return done;
    }
    m_bulk = true;
    return {};
}

Status BulkWriter::restoreDerived()
{
    // Indexes, then the aggregates, then the triggers: rebuilding must not fire them.
    const auto isTrigger = [](const QString &create) { return create.startsWith(QLatin1String("CREATE TRIGGER")); };
    QElapsedTimer timer;
    timer.start();
    for (const bool triggers : {false, true}) {
        if (triggers) {
            if (auto written = writeAggregates(); !written)
                return written;
            spdlog::debug("bulk load: aggregates written in {} ms", timer.restart());
        }
        for (const QString &create : std::as_const(m_suspended)) {
            if (isTrigger(create) != triggers)
                continue;
            if (auto done = execute(m_db, create); !done)
                return done;
            spdlog::debug("bulk load: {} in {} ms", create.section(QLatin1Char(' '), 0, 2).toStdString(), timer.restart());
        }
    }
    m_suspended.clear();
    m_bulk = false;
    // The triggers that keep the change log were away too: readers reload everything.
    return ChangeLog::endBulk(m_db);
}

namespace {

template<typename Row>
Row &dayRow(std::vector<Row> &rows, Day &firstDay, Day day)
{
    if (rows.empty())
        firstDay = day;
    if (day < firstDay) {
        rows.insert(rows.begin(), std::size_t(firstDay - day), Row{});
        firstDay = day;
    }
    const auto index = std::size_t(day - firstDay);
    if (index >= rows.size())
        rows.resize(index + 1, Row{});
    return rows[index];
}

} // namespace

Status BulkWriter::writeAggregates()
{
    std::sort(m_events.begin(), m_events.end(), [](const ContactEvent &a, const ContactEvent &b) {
        return a.colleagueId != b.colleagueId ? a.colleagueId < b.colleagueId : a.day < b.day;
    });
    Statement contact(m_db.handle(), "INSERT INTO contact_day (colleague_id, day, events, help_given, help_received, rated, "
                                     "quality_sum) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    Statement lastContact(m_db.handle(), "UPDATE colleague SET last_contact = ?2 WHERE id = ?1");
    Statement interactions(m_db.handle(), "INSERT INTO interaction_day (day, kind, n) VALUES (?1, ?2, ?3)");
    Statement gratitude(m_db.handle(), "INSERT INTO gratitude_day (day, direction, n) VALUES (?1, ?2, ?3)");
    for (std::size_t i = 0; i < m_events.size();) {
        const ContactEvent &first = m_events[i];
        int events = 0, helpGiven = 0, helpReceived = 0, rated = 0, qualitySum = 0;
        for (; i < m_events.size() && m_events[i].colleagueId == first.colleagueId && m_events[i].day == first.day; ++i) {
            const ContactEvent &e = m_events[i];
            ++events;
            helpGiven += e.kind == qint8(InteractionKind::HelpGiven);
            helpReceived += e.kind == qint8(InteractionKind::HelpReceived);
            rated += e.quality > 0;
            qualitySum += e.quality;
        }
        contact.bind(1, first.colleagueId).bind(2, first.day).bind(3, events).bind(4, helpGiven).bind(5, helpReceived)
            .bind(6, rated).bind(7, qualitySum);
        if (auto done = contact.run(); !done)
            return done;
        const bool lastOfColleague = i == m_events.size() || m_events[i].colleagueId != first.colleagueId;
        if (lastOfColleague) {
            if (auto done = lastContact.bind(1, first.colleagueId).bind(2, first.day).run(); !done)
                return done;
        }
    }
    for (std::size_t d = 0; d < m_days.size(); ++d) {
        for (int k = 0; k < kInteractionKindCount; ++k) {
            const int n = m_days[d].interactions[std::size_t(k)];
            if (n == 0)
                continue;
            const QByteArray key = keyOf(InteractionKind(k)).toLatin1();
            if (auto done = interactions.bind(1, Day(m_firstDay + Day(d))).bindText(2, key.constData()).bind(3, n).run(); !done)
                return done;
        }
    }
    for (std::size_t d = 0; d < m_days.size(); ++d) {
        for (int direction = 0; direction < 2; ++direction) {
            const int n = m_days[d].gratitude[std::size_t(direction)];
            if (n > 0) {
                if (auto done = gratitude.bind(1, Day(m_firstDay + Day(d))).bindText(2, direction == 0 ? "given" : "received").bind(3, n).run(); !done)
                    return done;
            }
        }
    }
    m_events = {};
    m_days = {};
    return {};
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
    if (m_bulk)
        ++dayRow(m_days, m_firstDay, r.day).interactions[std::size_t(r.kind)];
    Statement &p = m_s->participant;
    for (const qint64 colleague : r.participants) {
        if (m_bulk)
            m_events.push_back({int(colleague), r.day, qint8(r.kind), qint8(r.quality.value_or(0))});
        p.bind(1, r.id).bind(2, colleague).bind(3, r.day).bindText(4, kind.constData());
        bindOptional(p, 5, r.quality);
        if (auto done = p.run(); !done)
            return done;
    }
    return {};
}

Status BulkWriter::addGratitude(qint64 id, qint64 colleagueId, Day day, bool given, const char *what, bool inPublic)
{
    if (m_bulk) {
        m_events.push_back({int(colleagueId), day, -1, 0});
        ++dayRow(m_days, m_firstDay, day).gratitude[given ? 0 : 1];
    }
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
