#include "GratitudeRepository.h"

#include "Query.h"

namespace rapport::core::storage {
namespace {

void bindGratitude(Query &q, const Gratitude &g)
{
    q.bind(QStringLiteral(":colleague_id"), g.colleagueId)
        .bind(QStringLiteral(":day"), g.date)
        .bind(QStringLiteral(":direction"), keyOf(g.direction))
        .bind(QStringLiteral(":what"), g.what)
        .bind(QStringLiteral(":place"), keyOf(g.where));
}

} // namespace

Result<Id> GratitudeRepository::insert(const Gratitude &entry)
{
    Query q(m_db, QStringLiteral("INSERT INTO gratitude (id, colleague_id, day, direction, what, place) "
                                 "VALUES (:id, :colleague_id, :day, :direction, :what, :place)"));
    q.bind(QStringLiteral(":id"), entry.id > 0 ? QVariant(entry.id) : QVariant());
    bindGratitude(q, entry);
    if (auto done = q.exec(); !done)
        return done.error();
    return q.lastInsertId();
}

Status GratitudeRepository::update(const Gratitude &entry)
{
    Query q(m_db, QStringLiteral("UPDATE gratitude SET colleague_id = :colleague_id, day = :day, "
                                 "direction = :direction, what = :what, place = :place WHERE id = :id"));
    q.bind(QStringLiteral(":id"), entry.id);
    bindGratitude(q, entry);
    return q.exec();
}

Status GratitudeRepository::remove(Id id)
{
    return execute(m_db, QStringLiteral("DELETE FROM gratitude WHERE id = :id"), {{QStringLiteral(":id"), id}});
}

Result<QList<Gratitude>> GratitudeRepository::select(const QString &where, Id value)
{
    Query q(m_db, QStringLiteral("SELECT id, colleague_id, day, direction, what, place FROM gratitude "
                                 "WHERE %1 ORDER BY day DESC, id DESC").arg(where));
    q.bind(QStringLiteral(":value"), value);
    if (auto done = q.exec(); !done)
        return done.error();
    QList<Gratitude> found;
    while (q.next()) {
        Gratitude g;
        g.id = q.integer(0);
        g.colleagueId = q.integer(1);
        g.date = q.date(2);
        g.direction = enumFromKey<GratitudeDirection>(q.text(3)).value_or(GratitudeDirection::Given);
        g.what = q.text(4);
        g.where = enumFromKey<GratitudeWhere>(q.text(5)).value_or(GratitudeWhere::Private);
        found.append(std::move(g));
    }
    return found;
}

Result<std::optional<Gratitude>> GratitudeRepository::find(Id id)
{
    auto found = select(QStringLiteral("id = :value"), id);
    if (!found)
        return found.error();
    return found->isEmpty() ? std::optional<Gratitude>() : std::optional<Gratitude>(found->first());
}

Result<QList<Gratitude>> GratitudeRepository::listForColleague(Id colleagueId)
{
    return select(QStringLiteral("colleague_id = :value"), colleagueId);
}

} // namespace rapport::core::storage
