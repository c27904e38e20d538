#include "ColleagueDirectory.h"

#include "Stats.h"
#include "storage/ColleagueRepository.h"

#include <QHash>

#include <algorithm>

namespace rapport::core {
namespace {

QString searchKeyOf(const ColleagueRow &row)
{
    // A newline between fields: search words are split on whitespace, so none spans two.
    QStringList parts{row.name, row.role, row.team};
    parts += row.tags;
    return foldForSearch(parts.join(QLatin1Char('\n')));
}

QString nameKeyOf(const ColleagueRow &row)
{
    return row.nameKey.isEmpty() ? foldForSearch(row.name) : row.nameKey;
}

// -1, 0 or 1, with "none" after every value whichever the direction.
template<typename T>
int compareOptional(const std::optional<T> &a, const std::optional<T> &b, bool descending)
{
    if (!a || !b)
        return a ? -1 : (b ? 1 : 0);
    if (*a == *b)
        return 0;
    return (*a < *b) != descending ? -1 : 1;
}

bool byName(const ColleagueRow &a, const ColleagueRow &b)
{
    if (const int c = nameKeyOf(a).compare(nameKeyOf(b)); c != 0)
        return c < 0;
    if (const int c = a.name.compare(b.name); c != 0)
        return c < 0;
    return a.id < b.id;
}

QStringList sortedDistinct(QStringList values)
{
    std::sort(values.begin(), values.end(), [](const QString &a, const QString &b) {
        const int c = a.localeAwareCompare(b);
        return c != 0 ? c < 0 : a < b;
    });
    values.erase(std::unique(values.begin(), values.end(),
                             [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) == 0; }),
                 values.end());
    return values;
}

} // namespace

std::optional<Day> ColleagueRow::reminderDay() const
{
    if (!nextDue)
        return std::nullopt;
    return snoozedUntil ? std::max(*nextDue, *snoozedUntil) : *nextDue;
}

QString foldForSearch(const QString &text)
{
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii)
        return text.toLower();
    // Compatibility decomposition splits "é" into "e" and a combining accent, which goes.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c);
    }
    return folded.toCaseFolded();
}

void fillSearchKeys(ColleagueRow &row)
{
    row.nameKey = foldForSearch(row.name);
    row.searchKey = searchKeyOf(row);
}

Result<std::vector<ColleagueRow>> loadColleagueRows(Database &db, const QDate &today)
{
    storage::ColleagueRepository repository(db);
    auto colleagues = repository.list(true);
    if (!colleagues)
        return colleagues.error();
    // One month is the least computeStats accepts; the per-colleague figures it gives do
    // not depend on the month count.
    auto stats = computeStats(db, today, 1);
    if (!stats)
        return stats.error();
    QHash<Id, const ColleagueFigures *> figures;
    figures.reserve(qsizetype(stats->colleagues.size()));
    for (const ColleagueFigures &f : stats->colleagues)
        figures.insert(f.id, &f);

    std::vector<ColleagueRow> rows;
    rows.reserve(std::size_t(colleagues->size()));
    for (const Colleague &c : *colleagues) {
        ColleagueRow row;
        row.id = c.id;
        row.name = c.name;
        row.role = c.role;
        row.team = c.team;
        row.department = c.department;
        row.tags = c.tags;
        row.archived = c.archived;
        row.cadenceDays = c.cadenceDays;
        if (c.snoozedUntil)
            row.snoozedUntil = toDay(*c.snoozedUntil);
        if (const ColleagueFigures *f = figures.value(c.id); f && !c.archived) {
            row.lastContact = f->lastContact;
            row.nextDue = f->nextDue;
            row.overdueDays = f->overdueDays;
            row.health = f->health.score;
        }
        fillSearchKeys(row);
        rows.push_back(std::move(row));
    }
    sortRows(rows, ColleagueSort::Name);
    return rows;
}

Result<QByteArray> colleaguePhoto(Database &db, Id colleagueId)
{
    return storage::ColleagueRepository(db).photo(colleagueId);
}

bool ColleagueFilter::matches(const ColleagueRow &row, Day today) const
{
    if (row.archived && !includeArchived)
        return false;
    if (dueNowOnly) {
        const auto due = row.reminderDay();
        if (row.archived || !due || *due > today)
            return false;
    }
    if (!team.isEmpty() && row.team.compare(team, Qt::CaseInsensitive) != 0)
        return false;
    if (!department.isEmpty() && row.department.compare(department, Qt::CaseInsensitive) != 0)
        return false;
    if (!tag.isEmpty() && !row.tags.contains(tag, Qt::CaseInsensitive))
        return false;
    const QString needle = text.simplified();
    if (needle.isEmpty())
        return true;
    const QString haystack = row.searchKey.isEmpty() ? searchKeyOf(row) : row.searchKey;
    const QStringList words = foldForSearch(needle).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return std::all_of(words.cbegin(), words.cend(), [&haystack](const QString &w) { return haystack.contains(w); });
}

bool ColleagueFilter::narrows() const
{
    return !text.trimmed().isEmpty() || !team.isEmpty() || !department.isEmpty() || !tag.isEmpty() || dueNowOnly;
}

bool sortsBefore(ColleagueSort key, const ColleagueRow &a, const ColleagueRow &b)
{
    int c = 0;
    switch (key) {
    case ColleagueSort::Name:
        break;
    case ColleagueSort::LastContact:
        c = compareOptional(a.lastContact, b.lastContact, true);
        break;
    case ColleagueSort::NextDue:
        c = compareOptional(a.nextDue, b.nextDue, false);
        break;
    case ColleagueSort::Health:
        c = compareOptional(a.health, b.health, false);
        break;
    }
    return c != 0 ? c < 0 : byName(a, b);
}

void sortRows(std::vector<ColleagueRow> &rows, ColleagueSort key)
{
    std::sort(rows.begin(), rows.end(), [key](const ColleagueRow &a, const ColleagueRow &b) { return sortsBefore(key, a, b); });
}

ColleagueFacets facetsOf(const std::vector<ColleagueRow> &rows, bool includeArchived)
{
    QStringList teams, departments, tags;
    for (const ColleagueRow &row : rows) {
        if (row.archived && !includeArchived)
            continue;
        if (!row.team.trimmed().isEmpty())
            teams << row.team;
        if (!row.department.trimmed().isEmpty())
            departments << row.department;
        tags += row.tags;
    }
    return {sortedDistinct(teams), sortedDistinct(departments), sortedDistinct(tags)};
}

} // namespace rapport::core
