#include "JournalReader.h"

#include "Query.h"
#include "Statement.h"

#include <optional>

namespace rapport::core::storage {
namespace {

template<typename E> std::optional<E> optionalKey(const Statement &s, int column)
{
    return s.isNull(column) ? std::nullopt : enumFromKey<E>(s.textColumn(column));
}

std::optional<QDate> optionalDate(const Statement &s, int column)
{
    return s.isNull(column) ? std::nullopt : std::optional<QDate>(fromDay(s.intColumn(column)));
}

std::optional<int> optionalInt(const Statement &s, int column)
{
    return s.isNull(column) ? std::nullopt : std::optional<int>(s.intColumn(column));
}

// A second cursor over rows that belong to the records of a first one (participants,
// tags, renegotiations), both in key order: each record takes the rows of its own id.
class Children
{
public:
    Children(sqlite3 *db, const char *sql)
        : m_s(db, sql)
    {
    }
    Status ready() const { return m_s.prepared(); }
    // Calls take(statement) for every row whose first column is `id`.
    template<typename Take> void rowsOf(Id id, Take take)
    {
        if (!m_started) {
            m_started = true;
            m_has = m_s.next();
        }
        while (m_has && m_s.int64Column(0) < id)
            m_has = m_s.next();
        while (m_has && m_s.int64Column(0) == id) {
            take(m_s);
            m_has = m_s.next();
        }
    }
    Status finish() { return m_s.finish(); }

private:
    Statement m_s;
    bool m_started = false;
    bool m_has = false;
};

// Steps through `s`, reading each row with `read` and handing it to `visit`.
template<typename T, typename Read> Status each(Statement &s, const JournalReader::Visit<T> &visit, Read read)
{
    if (auto ok = s.prepared(); !ok)
        return ok;
    T record;
    while (s.next()) {
        read(s, record);
        if (auto visited = visit(record); !visited) {
            std::ignore = s.finish();
            return visited;
        }
    }
    return s.finish();
}

} // namespace

JournalReader::JournalReader(Database &db)
    : m_db(db)
{
}

JournalReader::~JournalReader() = default;

Result<JournalCounts> JournalReader::counts()
{
    JournalCounts counts;
    const std::pair<qint64 *, const char *> tables[] = { { &counts.colleagues, "SELECT count(*) FROM colleague" },
        { &counts.facts, "SELECT count(*) FROM fact" }, { &counts.interactions, "SELECT count(*) FROM interaction" },
        { &counts.gratitude, "SELECT count(*) FROM gratitude" },
        { &counts.commitments, "SELECT count(*) FROM commitment" },
        { &counts.followUps, "SELECT count(*) FROM follow_up" },
        { &counts.reflections, "SELECT count(*) FROM reflection" } };
    for (const auto &[count, sql] : tables) {
        Statement s(m_db.handle(), sql);
        if (auto ok = s.prepared(); !ok)
            return ok.error();
        *count = s.next() ? s.int64Column(0) : 0;
        if (auto done = s.finish(); !done)
            return done.error();
    }
    return counts;
}

Status JournalReader::snapshot(const std::function<Status()> &work)
{
    // A savepoint begins a read transaction outside one and nests inside one.
    if (auto begun = execute(m_db, QStringLiteral("SAVEPOINT journal_reader")); !begun)
        return begun;
    Status result = work();
    if (auto released = execute(m_db, QStringLiteral("RELEASE journal_reader")); !released && result)
        return released;
    return result;
}

Status JournalReader::colleagues(const Visit<Colleague> &visit, bool withPhotos)
{
    Statement s(m_db.handle(),
        "SELECT id, name, pronouns, role, team, department, email, phone, chat, work_mode, time_zone, start_date, "
        "birthday, how_we_met, preferred_channel, best_time, working_style, cadence_days, notes, tracked_since, "
        "archived, snoozed_until FROM colleague ORDER BY id");
    Children tags(m_db.handle(), "SELECT colleague_id, tag FROM colleague_tag ORDER BY colleague_id, position");
    if (auto ok = tags.ready(); !ok)
        return ok;
    // Photos are few and small; Qt reads the blobs.
    Query photos(m_db, QStringLiteral("SELECT colleague_id, png FROM colleague_photo ORDER BY colleague_id"));
    if (withPhotos) {
        if (auto ok = photos.exec(); !ok)
            return ok;
    }
    bool photoRow = withPhotos && photos.next();
    Status result = each<Colleague>(s, visit, [&](const Statement &q, Colleague &c) {
        c = Colleague {};
        c.id = q.int64Column(0);
        c.name = q.textColumn(1);
        c.pronouns = q.textColumn(2);
        c.role = q.textColumn(3);
        c.team = q.textColumn(4);
        c.department = q.textColumn(5);
        c.email = q.textColumn(6);
        c.phone = q.textColumn(7);
        c.chat = q.textColumn(8);
        c.workMode = optionalKey<WorkMode>(q, 9);
        c.timeZone = q.textColumn(10);
        c.startDate = optionalDate(q, 11);
        if (!q.isNull(12))
            c.birthday = Birthday::parse(q.textColumn(12));
        c.howWeMet = q.textColumn(13);
        c.preferredChannel = optionalKey<PreferredChannel>(q, 14);
        c.bestTime = optionalKey<BestTime>(q, 15);
        c.workingStyle = q.textColumn(16);
        c.cadenceDays = q.intColumn(17);
        c.notes = q.textColumn(18);
        c.trackedSince = fromDay(q.intColumn(19));
        c.archived = q.intColumn(20) != 0;
        c.snoozedUntil = optionalDate(q, 21);
        tags.rowsOf(c.id, [&](const Statement &t) { c.tags << t.textColumn(1); });
        while (photoRow && photos.integer(0) < c.id)
            photoRow = photos.next();
        if (photoRow && photos.integer(0) == c.id)
            c.photoPng = photos.value(1).toByteArray();
    });
    if (auto done = tags.finish(); !done && result)
        return done;
    return result;
}

Status JournalReader::facts(const Visit<Fact> &visit)
{
    Statement s(m_db.handle(), "SELECT id, colleague_id, text, noted_on, follow_up_on FROM fact ORDER BY id");
    return each<Fact>(s, visit, [](const Statement &q, Fact &f) {
        f = Fact { q.int64Column(0), q.int64Column(1), q.textColumn(2), fromDay(q.intColumn(3)), optionalDate(q, 4) };
    });
}

Status JournalReader::interactions(const Visit<Interaction> &visit)
{
    Statement s(m_db.handle(),
        "SELECT id, day, time_min, duration_min, kind, channel, initiated_by, quality, notes "
        "FROM interaction ORDER BY id");
    // The primary key's order: no sort, however many rows.
    Children people(
        m_db.handle(), "SELECT interaction_id, colleague_id FROM participant ORDER BY interaction_id, colleague_id");
    if (auto ok = people.ready(); !ok)
        return ok;
    Status result = each<Interaction>(s, visit, [&](const Statement &q, Interaction &i) {
        i.id = q.int64Column(0);
        i.date = fromDay(q.intColumn(1));
        const auto minutes = optionalInt(q, 2);
        i.time = minutes ? std::optional<QTime>(QTime(*minutes / 60, *minutes % 60)) : std::nullopt;
        i.durationMin = optionalInt(q, 3);
        i.kind = enumFromKey<InteractionKind>(q.textColumn(4)).value_or(InteractionKind::Other);
        i.channel = optionalKey<Channel>(q, 5);
        i.initiatedBy = optionalKey<InitiatedBy>(q, 6);
        i.quality = optionalInt(q, 7);
        i.notes = q.textColumn(8);
        i.participants.clear();
        people.rowsOf(i.id, [&](const Statement &p) { i.participants.append(p.int64Column(1)); });
    });
    if (auto done = people.finish(); !done && result)
        return done;
    return result;
}

Status JournalReader::gratitude(const Visit<Gratitude> &visit)
{
    Statement s(m_db.handle(), "SELECT id, colleague_id, day, direction, what, place FROM gratitude ORDER BY id");
    return each<Gratitude>(s, visit, [](const Statement &q, Gratitude &g) {
        g.id = q.int64Column(0);
        g.colleagueId = q.int64Column(1);
        g.date = fromDay(q.intColumn(2));
        g.direction = enumFromKey<GratitudeDirection>(q.textColumn(3)).value_or(GratitudeDirection::Given);
        g.what = q.textColumn(4);
        g.where = enumFromKey<GratitudeWhere>(q.textColumn(5)).value_or(GratitudeWhere::Private);
    });
}

Status JournalReader::commitments(const Visit<Commitment> &visit)
{
    Statement s(m_db.handle(),
        "SELECT id, colleague_id, what, direction, made_on, due_on, status, closed_on FROM commitment ORDER BY id");
    Children moves(
        m_db.handle(), "SELECT commitment_id, from_day, to_day, on_day FROM renegotiation ORDER BY commitment_id, seq");
    if (auto ok = moves.ready(); !ok)
        return ok;
    Status result = each<Commitment>(s, visit, [&](const Statement &q, Commitment &c) {
        c.id = q.int64Column(0);
        c.colleagueId = q.int64Column(1);
        c.what = q.textColumn(2);
        c.direction = enumFromKey<CommitmentDirection>(q.textColumn(3)).value_or(CommitmentDirection::Mine);
        c.madeOn = fromDay(q.intColumn(4));
        c.dueOn = fromDay(q.intColumn(5));
        c.status = enumFromKey<CommitmentStatus>(q.textColumn(6)).value_or(CommitmentStatus::Open);
        c.closedOn = optionalDate(q, 7);
        c.renegotiations.clear();
        moves.rowsOf(c.id, [&](const Statement &m) {
            c.renegotiations.append({ fromDay(m.intColumn(1)), fromDay(m.intColumn(2)), fromDay(m.intColumn(3)) });
        });
    });
    if (auto done = moves.finish(); !done && result)
        return done;
    return result;
}

Status JournalReader::followUps(const Visit<FollowUp> &visit)
{
    Statement s(m_db.handle(), "SELECT id, colleague_id, what, due_on, done_on, fact_id FROM follow_up ORDER BY id");
    return each<FollowUp>(s, visit, [](const Statement &q, FollowUp &f) {
        f = FollowUp { q.int64Column(0), q.int64Column(1), q.textColumn(2), fromDay(q.intColumn(3)), optionalDate(q, 4),
            q.isNull(5) ? std::nullopt : std::optional<Id>(q.int64Column(5)) };
    });
}

Status JournalReader::reflections(const Visit<Reflection> &visit)
{
    Statement s(m_db.handle(), "SELECT id, day, prompt, text FROM reflection ORDER BY id");
    return each<Reflection>(s, visit, [](const Statement &q, Reflection &r) {
        r = Reflection { q.int64Column(0), fromDay(q.intColumn(1)), q.textColumn(2), q.textColumn(3) };
    });
}

} // namespace rapport::core::storage
