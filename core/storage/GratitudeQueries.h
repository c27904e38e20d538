#pragma once

#include "Database.h"
#include "ListOrder.h"
#include "domain/Day.h"
#include "domain/Records.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace rapport::core::storage {

// What the Gratitude page shows; every part is optional and they combine with AND.
struct GratitudeFilter
{
    std::optional<GratitudeDirection> direction = {};
    std::optional<GratitudeWhere> where = {};
    std::optional<Id> colleagueId = {};
    QString text = {}; // in "what for", case-insensitive, taken literally

    bool isEmpty() const { return !direction && !where && !colleagueId && text.isEmpty(); }
    friend bool operator==(const GratitudeFilter &, const GratitudeFilter &) = default;
};

struct GratitudeListRow
{
    Id id = 0;
    Id colleagueId = 0;
    QString colleagueName;
    QDate date;
    GratitudeDirection direction = GratitudeDirection::Given;
    GratitudeWhere where = GratitudeWhere::Private;
    QString what;

    friend bool operator==(const GratitudeListRow &, const GratitudeListRow &) = default;
};

// Which column leads the list, and which way; newest first by default.
struct GratitudeSort
{
    enum Column { Date, Colleague, Direction, Where, What };
    Column column = Date;
    bool ascending = false;

    ListOrder order() const { return {column != Date, ascending}; }
    friend bool operator==(const GratitudeSort &, const GratitudeSort &) = default;
};

// The key of the last row read, to continue after it.
using GratitudeKey = ListKey;

GratitudeKey listKey(const GratitudeListRow &row, const GratitudeSort &sort = {});

// Help received recently and not yet thanked for (DESIGN.md section 4).
struct UnthankedHelpRow
{
    Id colleagueId = 0;
    QString name;
    Day helpedOn = 0; // the latest help in the window
};

struct GratitudeCounts
{
    int given = 0;
    int received = 0;
    friend bool operator==(const GratitudeCounts &, const GratitudeCounts &) = default;
};

// The gratitude list, read in pages by key rather than by OFFSET, and the few aggregates
// the Gratitude page shows above it.
class GratitudeQueries final
{
public:
    explicit GratitudeQueries(Database &db) : m_db(db) {}

    // Up to `limit` rows matching the filter in the sort's order, after `after` when given.
    Result<QList<GratitudeListRow>> page(const GratitudeFilter &filter, std::optional<GratitudeKey> after, int limit,
                                         const GratitudeSort &sort = {});

    // Colleagues not archived with help received on a day in [from, to] and no gratitude
    // given to them dated from that help (the latest one) up to `to`; latest help first.
    Result<std::vector<UnthankedHelpRow>> unthankedHelp(Day from, Day to);

    // Gratitude entries dated in [from, to], by direction (from gratitude_day).
    Result<GratitudeCounts> counts(Day from, Day to);

private:
    Database &m_db;
};

} // namespace rapport::core::storage
