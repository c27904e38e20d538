#include "ReflectionRepository.h"

#include "Query.h"

namespace rapport::core::storage {

Result<Id> ReflectionRepository::insert(const Reflection &reflection)
{
    Query q(m_db, QStringLiteral("INSERT INTO reflection (id, day, prompt, text) VALUES (:id, :day, :prompt, :text)"));
    q.bind(QStringLiteral(":id"), reflection.id > 0 ? QVariant(reflection.id) : QVariant())
        .bind(QStringLiteral(":day"), reflection.date)
        .bind(QStringLiteral(":prompt"), reflection.prompt)
        .bind(QStringLiteral(":text"), reflection.text);
    if (auto done = q.exec(); !done)
        return done.error();
    return q.lastInsertId();
}

Status ReflectionRepository::update(const Reflection &reflection)
{
    Query q(m_db, QStringLiteral("UPDATE reflection SET day = :day, prompt = :prompt, text = :text WHERE id = :id"));
    q.bind(QStringLiteral(":id"), reflection.id)
        .bind(QStringLiteral(":day"), reflection.date)
        .bind(QStringLiteral(":prompt"), reflection.prompt)
        .bind(QStringLiteral(":text"), reflection.text);
    return q.exec();
}

Status ReflectionRepository::remove(Id id)
{
    return execute(m_db, QStringLiteral("DELETE FROM reflection WHERE id = :id"), {{QStringLiteral(":id"), id}});
}

Result<std::optional<Reflection>> ReflectionRepository::find(Id id)
{
    Query q(m_db, QStringLiteral("SELECT id, day, prompt, text FROM reflection WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (auto done = q.exec(); !done)
        return done.error();
    if (!q.next())
        return std::optional<Reflection>();
    return std::optional<Reflection>(Reflection{q.integer(0), q.date(1), q.text(2), q.text(3)});
}

Result<QList<Reflection>> ReflectionRepository::list()
{
    Query q(m_db, QStringLiteral("SELECT id, day, prompt, text FROM reflection ORDER BY day DESC, id DESC"));
    if (auto done = q.exec(); !done)
        return done.error();
    QList<Reflection> found;
    while (q.next())
        found.append(Reflection{q.integer(0), q.date(1), q.text(2), q.text(3)});
    return found;
}

Result<AboutMe> ReflectionRepository::aboutMe()
{
    Query q(m_db, QStringLiteral("SELECT communication_style, strengths, growth_areas, capacity FROM about_me WHERE id = 1"));
    if (auto done = q.exec(); !done)
        return done.error();
    if (!q.next())
        return AboutMe{};
    return AboutMe{q.text(0), q.text(1), q.text(2), q.number(3)};
}

Status ReflectionRepository::setAboutMe(const AboutMe &about)
{
    Query q(m_db, QStringLiteral(
        "INSERT INTO about_me (id, communication_style, strengths, growth_areas, capacity) "
        "VALUES (1, :style, :strengths, :growth, :capacity) ON CONFLICT (id) DO UPDATE SET "
        "communication_style = excluded.communication_style, strengths = excluded.strengths, "
        "growth_areas = excluded.growth_areas, capacity = excluded.capacity"));
    q.bind(QStringLiteral(":style"), about.communicationStyle)
        .bind(QStringLiteral(":strengths"), about.strengths)
        .bind(QStringLiteral(":growth"), about.growthAreas)
        .bind(QStringLiteral(":capacity"), about.capacity);
    return q.exec();
}

} // namespace rapport::core::storage
