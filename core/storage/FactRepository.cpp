#include "FactRepository.h"

#include "Query.h"

namespace rapport::core::storage {
namespace {

void bindFact(Query &q, const Fact &f)
{
    q.bind(QStringLiteral(":colleague_id"), f.colleagueId)
        .bind(QStringLiteral(":text"), f.text)
        .bind(QStringLiteral(":noted_on"), f.notedOn)
        .bind(QStringLiteral(":follow_up_on"), f.followUpOn);
}

void bindFollowUp(Query &q, const FollowUp &f)
{
    q.bind(QStringLiteral(":colleague_id"), f.colleagueId)
        .bind(QStringLiteral(":what"), f.what)
        .bind(QStringLiteral(":due_on"), f.dueOn)
        .bind(QStringLiteral(":done_on"), f.doneOn)
        .bind(QStringLiteral(":fact_id"), f.factId ? QVariant(*f.factId) : QVariant());
}

QVariant idOrNull(Id id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

} // namespace

Result<Id> FactRepository::insert(const Fact &fact)
{
    Query q(m_db, QStringLiteral("INSERT INTO fact (id, colleague_id, text, noted_on, follow_up_on) "
                                 "VALUES (:id, :colleague_id, :text, :noted_on, :follow_up_on)"));
    q.bind(QStringLiteral(":id"), idOrNull(fact.id));
    bindFact(q, fact);
    if (auto done = q.exec(); !done)
        return done.error();
    return q.lastInsertId();
}

Status FactRepository::update(const Fact &fact)
{
    Query q(m_db, QStringLiteral("UPDATE fact SET colleague_id = :colleague_id, text = :text, noted_on = :noted_on, "
                                 "follow_up_on = :follow_up_on WHERE id = :id"));
    q.bind(QStringLiteral(":id"), fact.id);
    bindFact(q, fact);
    return q.exec();
}

Status FactRepository::remove(Id id)
{
    return execute(m_db, QStringLiteral("DELETE FROM fact WHERE id = :id"), {{QStringLiteral(":id"), id}});
}

Result<QList<Fact>> FactRepository::selectFacts(const QString &where, Id value)
{
    Query q(m_db, QStringLiteral("SELECT id, colleague_id, text, noted_on, follow_up_on FROM fact WHERE %1 "
                                 "ORDER BY noted_on DESC, id DESC").arg(where));
    q.bind(QStringLiteral(":value"), value);
    if (auto done = q.exec(); !done)
        return done.error();
    QList<Fact> found;
    while (q.next())
        found.append(Fact{q.integer(0), q.integer(1), q.text(2), q.date(3), q.optionalDate(4)});
    return found;
}

Result<std::optional<Fact>> FactRepository::find(Id id)
{
    auto found = selectFacts(QStringLiteral("id = :value"), id);
    if (!found)
        return found.error();
    return found->isEmpty() ? std::optional<Fact>() : std::optional<Fact>(found->first());
}

Result<QList<Fact>> FactRepository::listForColleague(Id colleagueId)
{
    return selectFacts(QStringLiteral("colleague_id = :value"), colleagueId);
}

Result<Id> FactRepository::insert(const FollowUp &followUp)
{
    Query q(m_db, QStringLiteral("INSERT INTO follow_up (id, colleague_id, what, due_on, done_on, fact_id) "
                                 "VALUES (:id, :colleague_id, :what, :due_on, :done_on, :fact_id)"));
    q.bind(QStringLiteral(":id"), idOrNull(followUp.id));
    bindFollowUp(q, followUp);
    if (auto done = q.exec(); !done)
        return done.error();
    return q.lastInsertId();
}

Status FactRepository::update(const FollowUp &followUp)
{
    Query q(m_db, QStringLiteral("UPDATE follow_up SET colleague_id = :colleague_id, what = :what, due_on = :due_on, "
                                 "done_on = :done_on, fact_id = :fact_id WHERE id = :id"));
    q.bind(QStringLiteral(":id"), followUp.id);
    bindFollowUp(q, followUp);
    return q.exec();
}

Status FactRepository::removeFollowUp(Id id)
{
    return execute(m_db, QStringLiteral("DELETE FROM follow_up WHERE id = :id"), {{QStringLiteral(":id"), id}});
}

Result<QList<FollowUp>> FactRepository::selectFollowUps(const QString &where, Id value)
{
    Query q(m_db, QStringLiteral("SELECT id, colleague_id, what, due_on, done_on, fact_id FROM follow_up WHERE %1 "
                                 "ORDER BY done_on IS NOT NULL, due_on, id").arg(where));
    q.bind(QStringLiteral(":value"), value);
    if (auto done = q.exec(); !done)
        return done.error();
    QList<FollowUp> found;
    while (q.next()) {
        FollowUp f{q.integer(0), q.integer(1), q.text(2), q.date(3), q.optionalDate(4), std::nullopt};
        if (!q.isNull(5))
            f.factId = q.integer(5);
        found.append(std::move(f));
    }
    return found;
}

Result<std::optional<FollowUp>> FactRepository::findFollowUp(Id id)
{
    auto found = selectFollowUps(QStringLiteral("id = :value"), id);
    if (!found)
        return found.error();
    return found->isEmpty() ? std::optional<FollowUp>() : std::optional<FollowUp>(found->first());
}

Result<QList<FollowUp>> FactRepository::followUpsForColleague(Id colleagueId)
{
    return selectFollowUps(QStringLiteral("colleague_id = :value"), colleagueId);
}

Result<QList<FollowUp>> FactRepository::followUpsForFact(Id factId)
{
    return selectFollowUps(QStringLiteral("fact_id = :value"), factId);
}

} // namespace rapport::core::storage
