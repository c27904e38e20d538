#pragma once

#include "Database.h"
#include "domain/Records.h"

#include <QList>

#include <optional>

namespace rapport::core::storage {

class InteractionRepository final
{
public:
    explicit InteractionRepository(Database &db) : m_db(db) {}

    // Inserts with the interaction's id when it is set (undo, restore), else a new one.
    Result<Id> insert(const Interaction &interaction);
    Status update(const Interaction &interaction);
    Status remove(Id id);
    Result<std::optional<Interaction>> find(Id id);
    // Newest first.
    Result<QList<Interaction>> listForColleague(Id colleagueId);
    // The newest `limit` interactions dated on or before `upTo`, newest first.
    Result<QList<Interaction>> latest(const QDate &upTo, int limit);
    // Interactions whose only participant is this colleague (they go when the colleague goes).
    Result<QList<Id>> soleParticipantOf(Id colleagueId);
    Result<qint64> count();

private:
    Status writeParticipants(Id id, const Interaction &interaction);
    Result<QList<Interaction>> select(const QString &where, Id value);
    Database &m_db;
};

} // namespace rapport::core::storage
