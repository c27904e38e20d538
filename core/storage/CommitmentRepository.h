#pragma once

#include "Database.h"
#include "domain/Records.h"

#include <QList>

#include <optional>

namespace rapport::core::storage {

class CommitmentRepository final
{
public:
    explicit CommitmentRepository(Database &db) : m_db(db) {}

    // Writes the commitment with its renegotiations.
    Result<Id> insert(const Commitment &commitment);
    Status update(const Commitment &commitment);
    Status remove(Id id);
    Result<std::optional<Commitment>> find(Id id);
    // By due date, open ones first.
    Result<QList<Commitment>> listForColleague(Id colleagueId);

private:
    Status writeRenegotiations(Id id, const QList<Renegotiation> &moves);
    Result<QList<Commitment>> select(const QString &where, Id value);
    Database &m_db;
};

} // namespace rapport::core::storage
