#pragma once

#include "Database.h"
#include "domain/Records.h"

#include <QList>

#include <optional>

namespace rapport::core::storage {

class GratitudeRepository final
{
public:
    explicit GratitudeRepository(Database &db) : m_db(db) {}

    Result<Id> insert(const Gratitude &entry);
    Status update(const Gratitude &entry);
    Status remove(Id id);
    Result<std::optional<Gratitude>> find(Id id);
    // Newest first.
    Result<QList<Gratitude>> listForColleague(Id colleagueId);

private:
    Result<QList<Gratitude>> select(const QString &where, Id value);
    Database &m_db;
};

} // namespace rapport::core::storage
