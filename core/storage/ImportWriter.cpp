#include "ImportWriter.h"

#include "Aggregates.h"
#include "ChangeLog.h"
#include "BulkWriter.h"
#include "Query.h"
#include "Statement.h"
#include "domain/Day.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <tuple>

namespace rapport::core::storage {

struct ImportWriter::Statements
{
    explicit Statements(sqlite3 *db)
        : interaction(db,
            "INSERT INTO interaction (id, day, time_min, duration_min, kind, channel, initiated_by, quality, notes) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
        , participant(db,
              "INSERT INTO participant (interaction_id, colleague_id, day, kind, quality) VALUES (?1, ?2, ?3, ?4, ?5)")
        , gratitude(db,
              "INSERT INTO gratitude (id, colleague_id, day, direction, what, place) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        , commitment(db,
              "INSERT INTO commitment (id, colleague_id, what, direction, made_on, due_on, status, closed_on) "
              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        , renegotiation(db,
              "INSERT INTO renegotiation (commitment_id, seq, from_day, to_day, on_day) VALUES (?1, ?2, ?3, ?4, ?5)")
    {
    }

    Statement interaction, participant, gratitude, commitment, renegotiation;
};

namespace {

Statement &bindId(Statement &s, int index, Id id)
{
    return id > 0 ? s.bind(index, id) : s.bindNull(index);
}

Statement &bindOptional(Statement &s, int index, std::optional<int> value)
{
    return value ? s.bind(index, *value) : s.bindNull(index);
}

// Enumeration keys are static Latin-1 texts, bound without a copy.
template<typename E> const char *keyText(E value)
{
    return EnumKeys<E>::keys[std::size_t(value)];
}

template<typename E> Statement &bindKey(Statement &s, int index, const std::optional<E> &value)
{
    return value ? s.bindText(index, keyText(*value)) : s.bindNull(index);
}

} // namespace

ImportWriter::ImportWriter(Database &db)
    : m_db(db)
    , m_s(std::make_unique<Statements>(db.handle()))
{
}

ImportWriter::~ImportWriter()
{
    // Pragmas outlive a rolled-back transaction: the cache goes back to its size anyway.
    if (m_cacheSize) {
        std::ignore = execute(m_db, QStringLiteral("PRAGMA ignore_check_constraints = OFF"));
        std::ignore = execute(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(*m_cacheSize));
    }
}

namespace {

// The page cache while an import writes (negative: in KiB), as when generating a journal.
constexpr qint64 kImportCacheKiB = -16 * 1024;

} // namespace

Status ImportWriter::beginWrites(bool emptyJournal)
{
    auto cache = scalar(m_db, QStringLiteral("PRAGMA cache_size"));
    if (!cache)
        return cache.error();
    m_cacheSize = *cache;
    if (auto set = execute(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(kImportCacheKiB)); !set)
        return set;
    if (auto set = execute(m_db, QStringLiteral("PRAGMA ignore_check_constraints = ON")); !set)
        return set;
    // One "everything changed" in the change log instead of a row per imported record.
    if (auto silenced = ChangeLog::beginBulk(m_db); !silenced)
        return silenced;
    if (!emptyJournal)
        return {};
    m_bulk = std::make_unique<BulkWriter>(m_db);
    return m_bulk->suspendDerived();
}

Status ImportWriter::endWrites()
{
    if (m_bulk) {
        if (auto restored = m_bulk->restoreDerived(); !restored)
            return restored;
        m_bulk.reset();
        // BulkWriter kept no aggregates of rows it did not write: rebuild them all.
        if (auto rebuilt = rebuildAggregates(m_db.connection()); !rebuilt)
            return rebuilt;
    }
    if (auto logged = ChangeLog::endBulk(m_db); !logged)
        return logged;
    const qint64 size = m_cacheSize.value_or(0);
    m_cacheSize.reset();
    if (auto set = execute(m_db, QStringLiteral("PRAGMA ignore_check_constraints = OFF")); !set)
        return set;
    return execute(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(size));
}

Status ImportWriter::ready() const
{
    for (const Statement *s :
        { &m_s->interaction, &m_s->participant, &m_s->gratitude, &m_s->commitment, &m_s->renegotiation }) {
        if (auto ok = s->prepared(); !ok)
            return ok;
    }
    return {};
}

Result<Id> ImportWriter::insert(const Interaction &i)
{
    Statement &s = m_s->interaction;
    bindId(s, 1, i.id).bind(2, toDay(i.date));
    bindOptional(s, 3, i.time ? std::optional<int>(i.time->hour() * 60 + i.time->minute()) : std::nullopt);
    bindOptional(s, 4, i.durationMin);
    s.bindText(5, keyText(i.kind));
    bindKey(s, 6, i.channel);
    bindKey(s, 7, i.initiatedBy);
    bindOptional(s, 8, i.quality);
    s.bind(9, i.notes);
    if (auto done = s.run(); !done)
        return done.error();
    const Id id = sqlite3_last_insert_rowid(m_db.handle());
    Statement &p = m_s->participant;
    for (const Id colleague : i.participants) {
        p.bind(1, id).bind(2, colleague).bind(3, toDay(i.date)).bindText(4, keyText(i.kind));
        bindOptional(p, 5, i.quality);
        if (auto done = p.run(); !done)
            return done.error();
    }
    return id;
}

Result<Id> ImportWriter::insert(const Gratitude &g)
{
    Statement &s = m_s->gratitude;
    bindId(s, 1, g.id)
        .bind(2, g.colleagueId)
        .bind(3, toDay(g.date))
        .bindText(4, keyText(g.direction))
        .bind(5, g.what)
        .bindText(6, keyText(g.where));
    if (auto done = s.run(); !done)
        return done.error();
    return Id(sqlite3_last_insert_rowid(m_db.handle()));
}

Result<Id> ImportWriter::insert(const Commitment &c)
{
    Statement &s = m_s->commitment;
    bindId(s, 1, c.id)
        .bind(2, c.colleagueId)
        .bind(3, c.what)
        .bindText(4, keyText(c.direction))
        .bind(5, toDay(c.madeOn))
        .bind(6, toDay(c.dueOn))
        .bindText(7, keyText(c.status));
    if (c.closedOn)
        s.bind(8, toDay(*c.closedOn));
    else
        s.bindNull(8);
    if (auto done = s.run(); !done)
        return done.error();
    const Id id = sqlite3_last_insert_rowid(m_db.handle());
    Statement &r = m_s->renegotiation;
    for (int seq = 0; seq < c.renegotiations.size(); ++seq) {
        const Renegotiation &move = c.renegotiations[seq];
        r.bind(1, id).bind(2, seq).bind(3, toDay(move.from)).bind(4, toDay(move.to)).bind(5, toDay(move.on));
        if (auto done = r.run(); !done)
            return done.error();
    }
    return id;
}

} // namespace rapport::core::storage
