#pragma once

#include "Database.h"
#include "ListOrder.h"
#include "domain/Records.h"

#include <QList>
#include <QString>

#include <optional>

namespace rapport::core::storage {

// Which column leads the Reflection list, and which way; newest first by default.
struct ReflectionSort
{
    enum Column { Date, Prompt, Text };
    Column column = Date;
    bool ascending = false;

    ListOrder order() const { return {column != Date, ascending}; }
    friend bool operator==(const ReflectionSort &, const ReflectionSort &) = default;
};

ListKey listKey(const Reflection &row, const ReflectionSort &sort = {});

// The reads behind the Reflection page.
class ReflectionQueries final
{
public:
    explicit ReflectionQueries(Database &db) : m_db(db) {}

    // Up to `limit` entries whose prompt or text holds `text` (case-insensitive, taken
    // literally; empty for all), in the sort's order, after `after` when given.
    Result<QList<Reflection>> page(const QString &text, std::optional<ListKey> after, int limit,
                                   const ReflectionSort &sort = {});

    // Colleagues not archived who have a touchbase cadence: the relationships the user
    // has set out to keep up, which the "about me" card weighs against their capacity.
    Result<int> cadencedColleagues();

private:
    Database &m_db;
};

} // namespace rapport::core::storage
