#include "InteractionQueries.h"

#include "Statement.h"

#include <limits>

namespace rapport::core::storage {
namespace {

// Every statement walks an index from the page's key, backwards for newest first and
// forwards for oldest first, so SQLite stops after the page instead of sorting the
// journal: interaction_by_day (day, then the rowid) without a colleague,
// participant_by_colleague (colleague_id, day, then interaction_id) with one.
// `(day < hi OR id < ?3)` only skips the rows of the boundary day already shown (and
// `(day > lo OR id > ?3)` the other way). Parameters: ?1 first day, ?2 last day, ?3 the
// boundary id on the boundary day, ?4 kind or NULL, ?5 limit (-1 when the notes are
// filtered here), ?6 colleague, ?7 LIKE pattern that every match of the text filter
// satisfies, or NULL.
constexpr const char *kColumns =
    "SELECT i.id, i.day, i.time_min, i.duration_min, i.kind, i.channel, i.quality, i.notes ";

constexpr const char *kEveryone =
    "FROM interaction i "
    "WHERE i.day BETWEEN ?1 AND ?2 AND (i.day < ?2 OR i.id < ?3) AND (?4 IS NULL OR i.kind = ?4) "
    "AND (?7 IS NULL OR i.notes LIKE ?7 ESCAPE '\\') "
    "ORDER BY i.day DESC, i.id DESC LIMIT ?5";

// CROSS JOIN keeps participant as the outer loop, which is what makes the order free.
constexpr const char *kOneColleague =
    "FROM participant p CROSS JOIN interaction i ON i.id = p.interaction_id "
    "WHERE p.colleague_id = ?6 AND p.day BETWEEN ?1 AND ?2 AND (p.day < ?2 OR p.interaction_id < ?3) "
    "AND (?4 IS NULL OR i.kind = ?4) AND (?7 IS NULL OR i.notes LIKE ?7 ESCAPE '\\') "
    "ORDER BY p.day DESC, p.interaction_id DESC LIMIT ?5";

constexpr const char *kEveryoneOldest =
    "FROM interaction i "
    "WHERE i.day BETWEEN ?1 AND ?2 AND (i.day > ?1 OR i.id > ?3) AND (?4 IS NULL OR i.kind = ?4) "
    "AND (?7 IS NULL OR i.notes LIKE ?7 ESCAPE '\\') "
    "ORDER BY i.day, i.id LIMIT ?5";

constexpr const char *kOneColleagueOldest =
    "FROM participant p CROSS JOIN interaction i ON i.id = p.interaction_id "
    "WHERE p.colleague_id = ?6 AND p.day BETWEEN ?1 AND ?2 AND (p.day > ?1 OR p.interaction_id > ?3) "
    "AND (?4 IS NULL OR i.kind = ?4) AND (?7 IS NULL OR i.notes LIKE ?7 ESCAPE '\\') "
    "ORDER BY p.day, p.interaction_id LIMIT ?5";

QByteArray pageSql(const InteractionFilter &filter)
{
    if (filter.oldestFirst)
        return QByteArray(kColumns) + (filter.colleagueId ? kOneColleagueOldest : kEveryoneOldest);
    return QByteArray(kColumns) + (filter.colleagueId ? kOneColleague : kEveryone);
}

// SQLite's LIKE folds ASCII letters only, so it cannot match "ärger" with "ÄRGER"; but any
// note that contains the text contains its longest ASCII run, in any case, which LIKE finds
// far faster than decoding every note. Exact matching follows on the rows it lets through.
// (Two letters outside ASCII fold into it, the Kelvin sign and the long s; a note that
// writes "k" or "s" only that way is missed.)
std::optional<QString> notesPattern(const QString &text)
{
    qsizetype bestStart = 0, bestLength = 0, start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text.at(i).unicode() < 0x80)
            continue;
        if (i - start > bestLength) {
            bestStart = start;
            bestLength = i - start;
        }
        start = i + 1;
    }
    if (bestLength == 0)
        return std::nullopt;
    QString run = text.mid(bestStart, bestLength);
    run.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + run + QLatin1Char('%');
}

// Binds everything but the limit; false when no row can match.
bool bindFilter(Statement &s, const InteractionFilter &filter, std::optional<InteractionKey> after)
{
    Day lo = filter.from ? toDay(*filter.from) : std::numeric_limits<Day>::min();
    Day hi = filter.to ? toDay(*filter.to) : std::numeric_limits<Day>::max();
    Id boundary = filter.oldestFirst ? std::numeric_limits<Id>::min() : std::numeric_limits<Id>::max();
    if (after && !filter.oldestFirst && after->first <= hi) {
        hi = after->first;
        boundary = after->second;
    } else if (after && filter.oldestFirst && after->first >= lo) {
        lo = after->first;
        boundary = after->second;
    }
    s.bind(1, lo).bind(2, hi).bind(3, boundary);
    if (filter.kind)
        s.bind(4, keyOf(*filter.kind));
    else
        s.bindNull(4);
    s.bind(6, filter.colleagueId.value_or(0));
    if (const auto pattern = notesPattern(filter.text))
        s.bind(7, *pattern);
    else
        s.bindNull(7);
    return lo <= hi;
}

std::optional<int> optionalInt(const Statement &s, int column)
{
    return s.isNull(column) ? std::nullopt : std::optional<int>(s.intColumn(column));
}

} // namespace

Result<QList<InteractionListRow>> InteractionQueries::page(const InteractionFilter &filter,
                                                           std::optional<InteractionKey> after, int limit)
{
    QList<InteractionListRow> rows;
    if (limit <= 0)
        return rows;
    const QByteArray sql = pageSql(filter);
    Statement list(m_db.handle(), sql.constData());
    Statement people(m_db.handle(), "SELECT c.id, c.name FROM participant p JOIN colleague c ON c.id = p.colleague_id "
                                    "WHERE p.interaction_id = ?1 ORDER BY c.name_key, c.id");
    for (const Statement *s : {&list, &people}) {
        if (auto ok = s->prepared(); !ok)
            return ok.error();
    }
    if (!bindFilter(list, filter, after))
        return rows;
    // The exact match, with Unicode case folding, while the statement steps lazily.
    const bool matchNotes = !filter.text.isEmpty();
    list.bind(5, matchNotes ? -1 : limit);
    rows.reserve(limit);
    while (rows.size() < limit && list.next()) {
        QString notes = list.textColumn(7);
        if (matchNotes && !notes.contains(filter.text, Qt::CaseInsensitive))
            continue;
        InteractionListRow row;
        row.id = list.int64Column(0);
        row.date = fromDay(list.intColumn(1));
        if (const auto minutes = optionalInt(list, 2))
            row.time = QTime(*minutes / 60, *minutes % 60);
        row.durationMin = optionalInt(list, 3);
        row.kind = enumFromKey<InteractionKind>(list.textColumn(4)).value_or(InteractionKind::Other);
        row.channel = list.isNull(5) ? std::nullopt : enumFromKey<Channel>(list.textColumn(5));
        row.quality = optionalInt(list, 6);
        row.notes = std::move(notes);
        rows.append(std::move(row));
    }
    if (auto ok = list.finish(); !ok)
        return ok.error();

    // A primary-key seek per row: the page's size, whatever the journal's.
    for (InteractionListRow &row : rows) {
        people.bind(1, row.id);
        QStringList names;
        while (people.next()) {
            row.participants.append(people.int64Column(0));
            names.append(people.textColumn(1));
        }
        if (auto ok = people.finish(); !ok)
            return ok.error();
        row.participantNames = names.join(QStringLiteral(", "));
    }
    return rows;
}

Result<std::optional<qint64>> InteractionQueries::countIfCheap(const InteractionFilter &filter)
{
    // interaction_day already counts interactions per day and kind, and a colleague's
    // count walks their part of participant_by_colleague (23 ms for the busiest colleague
    // of a million-entry journal). That index has no kind, so with both a colleague and a
    // kind every row would be read (0.5 s); the text filter would read every note.
    if (!filter.text.isEmpty() || (filter.colleagueId && filter.kind))
        return std::optional<qint64>();
    const char *sql = filter.colleagueId
        ? "SELECT count(*) FROM participant p WHERE p.colleague_id = ?6 AND p.day BETWEEN ?1 AND ?2"
        : "SELECT coalesce(sum(n), 0) FROM interaction_day WHERE day BETWEEN ?1 AND ?2 AND (?4 IS NULL OR kind = ?4)";
    Statement count(m_db.handle(), sql);
    if (auto ok = count.prepared(); !ok)
        return ok.error();
    if (!bindFilter(count, filter, std::nullopt))
        return std::optional<qint64>(0);
    const qint64 n = count.next() ? count.int64Column(0) : 0;
    if (auto ok = count.finish(); !ok)
        return ok.error();
    return std::optional<qint64>(n);
}

Result<QStringList> InteractionQueries::pagePlan(const InteractionFilter &filter)
{
    const QByteArray sql = "EXPLAIN QUERY PLAN " + pageSql(filter);
    Statement plan(m_db.handle(), sql.constData());
    if (auto ok = plan.prepared(); !ok)
        return ok.error();
    bindFilter(plan, filter, std::nullopt);
    plan.bind(5, 200);
    QStringList steps;
    while (plan.next())
        steps.append(plan.textColumn(3));
    if (auto ok = plan.finish(); !ok)
        return ok.error();
    return steps;
}

} // namespace rapport::core::storage
