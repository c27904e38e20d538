#pragma once

#include "Database.h"
#include "domain/Records.h"

#include <QList>

#include <optional>

namespace rapport::core::storage {

// Self-reflection entries and the one "about me" card.
class ReflectionRepository final
{
public:
    explicit ReflectionRepository(Database &db) : m_db(db) {}

    Result<Id> insert(const Reflection &reflection);
    Status update(const Reflection &reflection);
    Status remove(Id id);
    Result<std::optional<Reflection>> find(Id id);
    Result<QList<Reflection>> list(); // newest first

    Result<AboutMe> aboutMe();
    Status setAboutMe(const AboutMe &about);

private:
    Database &m_db;
};

} // namespace rapport::core::storage
