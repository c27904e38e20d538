#include "CommitmentRepository.h"

#include "Query.h"

#include <QHash>

namespace rapport::core::storage {
namespace {

void bindCommitment(Query &q, const Commitment &c)
{
    q.bind(QStringLiteral(":colleague_id"), c.colleagueId)
        .bind(QStringLiteral(":what"), c.what)
        .bind(QStringLiteral(":direction"), keyOf(c.direction))
        .bind(QStringLiteral(":made_on"), c.madeOn)
        .bind(QStringLiteral(":due_on"), c.dueOn)
        .bind(QStringLiteral(":status"), keyOf(c.status))
        .bind(QStringLiteral(":closed_on"), c.closedOn);
}

} // namespace

Result<Id> CommitmentRepository::insert(const Commitment &commitment)
{
    Query q(m_db, QStringLiteral(
        "INSERT INTO commitment (id, colleague_id, what, direction, made_on, due_on, status, closed_on) "
        "VALUES (:id, :colleague_id, :what, :direction, :made_on, :due_on, :status, :closed_on)"));
    q.bind(QStringLiteral(":id"), commitment.id > 0 ? QVariant(commitment.id) : QVariant());
    bindCommitment(q, commitment);
    if (auto done = q.exec(); !done)
        return done.error();
    const Id id = q.lastInsertId();
    if (auto written = writeRenegotiations(id, commitment.renegotiations); !written)
        return written.error();
    return id;
}

Status CommitmentRepository::update(const Commitment &commitment)
{
    Query q(m_db, QStringLiteral(
        "UPDATE commitment SET colleague_id = :colleague_id, what = :what, direction = :direction, "
        "made_on = :made_on, due_on = :due_on, status = :status, closed_on = :closed_on WHERE id = :id"));
    q.bind(QStringLiteral(":id"), commitment.id);
    bindCommitment(q, commitment);
    if (auto done = q.exec(); !done)
        return done;
    return writeRenegotiations(commitment.id, commitment.renegotiations);
}

Status CommitmentRepository::writeRenegotiations(Id id, const QList<Renegotiation> &moves)
{
    if (auto cleared = execute(m_db, QStringLiteral("DELETE FROM renegotiation WHERE commitment_id = :id"),
                               {{QStringLiteral(":id"), id}});
        !cleared)
        return cleared;
    Query q(m_db, QStringLiteral("INSERT INTO renegotiation (commitment_id, seq, from_day, to_day, on_day) "
                                 "VALUES (:id, :seq, :from, :to, :on)"));
    for (int seq = 0; seq < moves.size(); ++seq) {
        const Renegotiation &move = moves.at(seq);
        q.bind(QStringLiteral(":id"), id)
            .bind(QStringLiteral(":seq"), seq)
            .bind(QStringLiteral(":from"), move.from)
            .bind(QStringLiteral(":to"), move.to)
            .bind(QStringLiteral(":on"), move.on);
        if (auto done = q.exec(); !done)
            return done;
    }
    return {};
}

Status CommitmentRepository::remove(Id id)
{
    return execute(m_db, QStringLiteral("DELETE FROM commitment WHERE id = :id"), {{QStringLiteral(":id"), id}});
}

Result<QList<Commitment>> CommitmentRepository::select(const QString &where, Id value)
{
    Query q(m_db, QStringLiteral(
        "SELECT id, colleague_id, what, direction, made_on, due_on, status, closed_on FROM commitment "
        "WHERE %1 ORDER BY status <> 'open', due_on, id").arg(where));
    q.bind(QStringLiteral(":value"), value);
    if (auto done = q.exec(); !done)
        return done.error();
    QList<Commitment> found;
    QHash<Id, qsizetype> indexOf;
    while (q.next()) {
        Commitment c;
        c.id = q.integer(0);
        c.colleagueId = q.integer(1);
        c.what = q.text(2);
        c.direction = enumFromKey<CommitmentDirection>(q.text(3)).value_or(CommitmentDirection::Mine);
        c.madeOn = q.date(4);
        c.dueOn = q.date(5);
        c.status = enumFromKey<CommitmentStatus>(q.text(6)).value_or(CommitmentStatus::Open);
        c.closedOn = q.optionalDate(7);
        indexOf.insert(c.id, found.size());
        found.append(std::move(c));
    }
    if (found.isEmpty())
        return found;
    Query moves(m_db, QStringLiteral(
        "SELECT commitment_id, from_day, to_day, on_day FROM renegotiation WHERE commitment_id IN "
        "(SELECT id FROM commitment WHERE %1) ORDER BY commitment_id, seq").arg(where));
    moves.bind(QStringLiteral(":value"), value);
    if (auto done = moves.exec(); !done)
        return done.error();
    while (moves.next()) {
        const auto at = indexOf.constFind(moves.integer(0));
        if (at != indexOf.cend())
            found[*at].renegotiations.append({moves.date(1), moves.date(2), moves.date(3)});
    }
    return found;
}

Result<std::optional<Commitment>> CommitmentRepository::find(Id id)
{
    auto found = select(QStringLiteral("id = :value"), id);
    if (!found)
        return found.error();
    return found->isEmpty() ? std::optional<Commitment>() : std::optional<Commitment>(found->first());
}

Result<QList<Commitment>> CommitmentRepository::listForColleague(Id colleagueId)
{
    return select(QStringLiteral("colleague_id = :value"), colleagueId);
}

} // namespace rapport::core::storage
