#pragma once

#include "domain/Day.h"
#include "domain/Records.h"
#include "domain/Result.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace rapport::core {

// One line of the colleague list: the profile fields a list shows and the figures of
// DESIGN.md section 2 as of today. Archived colleagues have no figures.
struct ColleagueRow
{
    Id id = 0;
    QString name;
    QString role;
    QString team;
    QString department;
    QStringList tags;
    bool archived = false;
    int cadenceDays = 0;
    std::optional<Day> lastContact;
    std::optional<Day> nextDue;
    std::optional<Day> snoozedUntil;
    int overdueDays = 0;
    std::optional<int> health; // none for archived colleagues

    // Folded (case and accents removed) text that search and the name sort compare; filled
    // by loadColleagueRows and fillSearchKeys, computed on the fly when empty.
    QString nameKey;
    QString searchKey;

    // The day the touchbase reminder shows: max(next due, snoozed until); none without cadence.
    std::optional<Day> reminderDay() const;

    friend bool operator==(const ColleagueRow &, const ColleagueRow &) = default;
};

// Every colleague, archived ones too, by name. One read of the figures for all of them.
Result<std::vector<ColleagueRow>> loadColleagueRows(Database &db, const QDate &today);
// The colleague's stored photo (PNG); empty when they have none.
Result<QByteArray> colleaguePhoto(Database &db, Id colleagueId);

// Lower-cased, accents stripped ("José" -> "jose"), so search ignores both.
QString foldForSearch(const QString &text);
void fillSearchKeys(ColleagueRow &row);

// What the Colleagues page is asked to show. Empty fields do not filter.
struct ColleagueFilter
{
    QString text; // every word must occur in the name, role, team or a tag
    QString team;
    QString department;
    QString tag;
    bool dueNowOnly = false; // touchbase reminder due today or earlier
    bool includeArchived = false;

    bool matches(const ColleagueRow &row, Day today) const;
    // Whether anything beyond the default (no text, no facet, no toggle) narrows the list.
    bool narrows() const;
};

enum class ColleagueSort {
    Name,        // A to Z
    LastContact, // most recent first, never contacted last
    NextDue,     // soonest first, no cadence last
    Health,      // lowest first (who needs attention), archived last
};

// A strict weak order for `key`; ties fall back to the name, then the id, so the order
// is total and stable across reloads.
bool sortsBefore(ColleagueSort key, const ColleagueRow &a, const ColleagueRow &b);
void sortRows(std::vector<ColleagueRow> &rows, ColleagueSort key);

// The distinct teams, departments and tags of the rows (archived ones only when asked),
// sorted for the filter lists.
struct ColleagueFacets
{
    QStringList teams;
    QStringList departments;
    QStringList tags;
};
ColleagueFacets facetsOf(const std::vector<ColleagueRow> &rows, bool includeArchived);

} // namespace rapport::core
