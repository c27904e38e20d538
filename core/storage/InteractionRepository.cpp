#include "InteractionRepository.h"

#include "Query.h"

#include <QHash>

namespace rapport::core::storage {
namespace {

void bindInteraction(Query &q, const Interaction &i)
{
    q.bind(QStringLiteral(":day"), i.date)
        .bind(QStringLiteral(":time_min"), i.time ? QVariant(i.time->hour() * 60 + i.time->minute()) : QVariant())
        .bind(QStringLiteral(":duration_min"), i.durationMin)
        .bind(QStringLiteral(":kind"), keyOf(i.kind))
        .bind(QStringLiteral(":channel"), optionalKey(i.channel))
        .bind(QStringLiteral(":initiated_by"), optionalKey(i.initiatedBy))
        .bind(QStringLiteral(":quality"), i.quality)
        .bind(QStringLiteral(":notes"), i.notes);
}

} // namespace

Result<Id> InteractionRepository::insert(const Interaction &interaction)
{
    Query q(m_db, QStringLiteral(
        "INSERT INTO interaction (id, day, time_min, duration_min, kind, channel, initiated_by, quality, notes) "
        "VALUES (:id, :day, :time_min, :duration_min, :kind, :channel, :initiated_by, :quality, :notes)"));
    q.bind(QStringLiteral(":id"), interaction.id > 0 ? QVariant(interaction.id) : QVariant());
    bindInteraction(q, interaction);
    if (auto done = q.exec(); !done)
        return done.error();
    const Id id = q.lastInsertId();
    if (auto written = writeParticipants(id, interaction); !written)
        return written.error();
    return id;
}

Status InteractionRepository::update(const Interaction &interaction)
{
    Query q(m_db, QStringLiteral(
        "UPDATE interaction SET day = :day, time_min = :time_min, duration_min = :duration_min, kind = :kind, "
        "channel = :channel, initiated_by = :initiated_by, quality = :quality, notes = :notes WHERE id = :id"));
    q.bind(QStringLiteral(":id"), interaction.id);
    bindInteraction(q, interaction);
    if (auto done = q.exec(); !done)
        return done;
    if (auto cleared = execute(m_db, QStringLiteral("DELETE FROM participant WHERE interaction_id = :id"),
                               {{QStringLiteral(":id"), interaction.id}});
        !cleared)
        return cleared;
    return writeParticipants(interaction.id, interaction);
}

Status InteractionRepository::writeParticipants(Id id, const Interaction &interaction)
{
    Query q(m_db, QStringLiteral(
        "INSERT INTO participant (interaction_id, colleague_id, day, kind, quality) "
        "VALUES (:id, :colleague, :day, :kind, :quality)"));
    for (const Id colleague : interaction.participants) {
        q.bind(QStringLiteral(":id"), id)
            .bind(QStringLiteral(":colleague"), colleague)
            .bind(QStringLiteral(":day"), interaction.date)
            .bind(QStringLiteral(":kind"), keyOf(interaction.kind))
            .bind(QStringLiteral(":quality"), interaction.quality);
        if (auto done = q.exec(); !done)
            return done;
    }
    return {};
}

Status InteractionRepository::remove(Id id)
{
    return execute(m_db, QStringLiteral("DELETE FROM interaction WHERE id = :id"), {{QStringLiteral(":id"), id}});
}

Result<QList<Interaction>> InteractionRepository::select(const QString &where, Id value)
{
    Query q(m_db, QStringLiteral(
        "SELECT id, day, time_min, duration_min, kind, channel, initiated_by, quality, notes FROM interaction "
        "WHERE %1 ORDER BY day DESC, time_min DESC, id DESC").arg(where));
    q.bind(QStringLiteral(":value"), value);
    if (auto done = q.exec(); !done)
        return done.error();
    QList<Interaction> found;
    QHash<Id, qsizetype> indexOf;
    while (q.next()) {
        Interaction i;
        i.id = q.integer(0);
        i.date = q.date(1);
        if (const auto minutes = q.optionalNumber(2))
            i.time = QTime(*minutes / 60, *minutes % 60);
        i.durationMin = q.optionalNumber(3);
        i.kind = enumFromKey<InteractionKind>(q.text(4)).value_or(InteractionKind::Other);
        i.channel = q.isNull(5) ? std::nullopt : enumFromKey<Channel>(q.text(5));
        i.initiatedBy = q.isNull(6) ? std::nullopt : enumFromKey<InitiatedBy>(q.text(6));
        i.quality = q.optionalNumber(7);
        i.notes = q.text(8);
        indexOf.insert(i.id, found.size());
        found.append(std::move(i));
    }
    if (found.isEmpty())
        return found;
    Query people(m_db, QStringLiteral(
        "SELECT p.interaction_id, p.colleague_id FROM participant p WHERE p.interaction_id IN "
        "(SELECT id FROM interaction WHERE %1) ORDER BY p.interaction_id, p.colleague_id").arg(where));
    people.bind(QStringLiteral(":value"), value);
    if (auto done = people.exec(); !done)
        return done.error();
    while (people.next()) {
        const auto at = indexOf.constFind(people.integer(0));
        if (at != indexOf.cend())
            found[*at].participants.append(people.integer(1));
    }
    return found;
}

Result<std::optional<Interaction>> InteractionRepository::find(Id id)
{
    auto found = select(QStringLiteral("id = :value"), id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Interaction>();
    return std::optional<Interaction>(found->first());
}

Result<QList<Interaction>> InteractionRepository::listForColleague(Id colleagueId)
{
    return select(QStringLiteral("id IN (SELECT interaction_id FROM participant WHERE colleague_id = :value)"), colleagueId);
}

Result<QList<Interaction>> InteractionRepository::latest(const QDate &upTo, int limit)
{
    // The ids first, through the day index, so only `limit` rows are read.
    Query q(m_db, QStringLiteral("SELECT id FROM interaction WHERE day <= :day ORDER BY day DESC, id DESC LIMIT :limit"));
    q.bind(QStringLiteral(":day"), upTo).bind(QStringLiteral(":limit"), limit);
    if (auto done = q.exec(); !done)
        return done.error();
    QStringList ids;
    while (q.next())
        ids << QString::number(q.integer(0));
    if (ids.isEmpty())
        return QList<Interaction>();
    // The ids are integers read from the journal itself, so writing them into the SQL is
    // safe; select() binds :value, which 0 makes a no-op here.
    return select(QStringLiteral("id IN (%1) AND id > :value").arg(ids.join(QLatin1Char(','))), 0);
}

Result<QList<Id>> InteractionRepository::soleParticipantOf(Id colleagueId)
{
    Query q(m_db, QStringLiteral(
        "SELECT p.interaction_id FROM participant p WHERE p.colleague_id = :id AND NOT EXISTS "
        "(SELECT 1 FROM participant o WHERE o.interaction_id = p.interaction_id AND o.colleague_id <> :id)"));
    q.bind(QStringLiteral(":id"), colleagueId);
    if (auto done = q.exec(); !done)
        return done.error();
    QList<Id> ids;
    while (q.next())
        ids.append(q.integer(0));
    return ids;
}

Result<qint64> InteractionRepository::count()
{
    return scalar(m_db, QStringLiteral("SELECT count(*) FROM interaction"));
}

} // namespace rapport::core::storage
