#pragma once

#include "Database.h"
#include "domain/Records.h"

#include <QList>

#include <optional>

namespace rapport::core::storage {

// Things to remember about a colleague, and the follow-ups they lead to.
class FactRepository final
{
public:
    explicit FactRepository(Database &db) : m_db(db) {}

    Result<Id> insert(const Fact &fact);
    Status update(const Fact &fact);
    Status remove(Id id);
    Result<std::optional<Fact>> find(Id id);
    Result<QList<Fact>> listForColleague(Id colleagueId); // newest first

    Result<Id> insert(const FollowUp &followUp);
    Status update(const FollowUp &followUp);
    Status removeFollowUp(Id id);
    Result<std::optional<FollowUp>> findFollowUp(Id id);
    Result<QList<FollowUp>> followUpsForColleague(Id colleagueId); // open first, by due date
    Result<QList<FollowUp>> followUpsForFact(Id factId);

private:
    Result<QList<Fact>> selectFacts(const QString &where, Id value);
    Result<QList<FollowUp>> selectFollowUps(const QString &where, Id value);
    Database &m_db;
};

} // namespace rapport::core::storage
