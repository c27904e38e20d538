#pragma once

#include "domain/Day.h"
#include "domain/Records.h"

#include <QString>

#include <optional>

namespace rapport::core::storage {

// How a keyset-paged list is sorted: by date alone, or by a text column first (compared
// as SQLite's NOCASE does) with date and id breaking ties. Every part runs the same way,
// so one row value compares the whole key and a page continues exactly after the last
// row read.
struct ListOrder
{
    bool byText = false; // false: by (day, id) alone
    bool ascending = false;

    friend bool operator==(const ListOrder &, const ListOrder &) = default;
};

// Where a row sits in a list: the leading text (when sorted by text), its day and its id.
struct ListKey
{
    QString text;
    Day day = 0;
    Id id = 0;

    friend bool operator==(const ListKey &, const ListKey &) = default;
};

// SQLite's NOCASE collation: ASCII letters fold, everything else compares by its UTF-8
// bytes. The models merge fresh pages into loaded ones with this, so it must agree with
// the ORDER BY to the byte.
int compareNoCase(const QString &a, const QString &b);

// True when `a` comes before `b` in a list sorted by `order`.
bool comesBefore(const ListKey &a, const ListKey &b, ListOrder order);

// "ORDER BY …" and the keyset condition "(…) > (?, ?, ?)" for a list sorted by `order`,
// with `text`, `day` and `id` the SQL expressions of the key's parts. The condition binds
// its values as ?N, ?N+1 (and ?N+2 when sorted by text), starting at `firstParameter`.
QString orderBy(ListOrder order, const QString &text, const QString &day, const QString &id);
QString continuesAfter(ListOrder order, const QString &text, const QString &day, const QString &id, int firstParameter);

} // namespace rapport::core::storage
