#include "GratitudeQueries.h"

#include "Statement.h"

#include <limits>

namespace rapport::core::storage {
namespace {

// Sorted by date, SQLite walks gratitude_by_day from the page's key and stops after the
// page; sorted by another column it sorts the matching entries (a journal holds
// thousands of thanks, not millions). ?1 direction, ?2 place, ?3 colleague (each NULL
// for any), ?4 limit (-1 when "what for" is matched here, with Unicode case folding),
// then the key of the last row read.
constexpr const char *kPageColumns =
    "SELECT g.id, g.day, g.direction, g.place, g.what, g.colleague_id, c.name "
    "FROM gratitude g JOIN colleague c ON c.id = g.colleague_id "
    "WHERE (?1 IS NULL OR g.direction = ?1) AND (?2 IS NULL OR g.place = ?2) AND (?3 IS NULL OR g.colleague_id = ?3) ";

QString leadColumn(GratitudeSort::Column column)
{
    switch (column) {
    case GratitudeSort::Colleague: return QStringLiteral("c.name");
    case GratitudeSort::Direction: return QStringLiteral("g.direction");
    case GratitudeSort::Where: return QStringLiteral("g.place");
    case GratitudeSort::What: return QStringLiteral("g.what");
    case GratitudeSort::Date: break;
    }
    return {};
}

QByteArray pageSql(const GratitudeSort &sort, bool continued)
{
    const QString lead = leadColumn(sort.column);
    const QString day = QStringLiteral("g.day");
    const QString id = QStringLiteral("g.id");
    QString sql = QString::fromLatin1(kPageColumns);
    if (continued)
        sql += QStringLiteral("AND ") + continuesAfter(sort.order(), lead, day, id, 5) + QLatin1Char(' ');
    sql += orderBy(sort.order(), lead, day, id) + QStringLiteral(" LIMIT ?4");
    return sql.toUtf8();
}

// The latest help per colleague comes from contact_day (a primary-key range per
// colleague), the thanks since from gratitude_by_colleague.
constexpr const char *kUnthanked =
    "SELECT id, name, helped FROM ("
    "  SELECT c.id AS id, c.name AS name, c.name_key AS name_key, max(cd.day) AS helped "
    "  FROM colleague c JOIN contact_day cd ON cd.colleague_id = c.id "
    "  WHERE c.archived = 0 AND cd.day BETWEEN ?1 AND ?2 AND cd.help_received > 0 GROUP BY c.id) h "
    "WHERE NOT EXISTS (SELECT 1 FROM gratitude g WHERE g.colleague_id = h.id AND g.direction = 'given' "
    "  AND g.day BETWEEN h.helped AND ?2) "
    "ORDER BY helped DESC, name_key, id";

constexpr const char *kCounts =
    "SELECT direction, coalesce(sum(n), 0) FROM gratitude_day WHERE day BETWEEN ?1 AND ?2 GROUP BY direction";

template<typename E>
void bindOptional(Statement &s, int index, const std::optional<E> &value)
{
    if (value)
        s.bind(index, keyOf(*value));
    else
        s.bindNull(index);
}

} // namespace

GratitudeKey listKey(const GratitudeListRow &row, const GratitudeSort &sort)
{
    QString lead;
    switch (sort.column) {
    case GratitudeSort::Colleague: lead = row.colleagueName; break;
    case GratitudeSort::Direction: lead = keyOf(row.direction); break;
    case GratitudeSort::Where: lead = keyOf(row.where); break;
    case GratitudeSort::What: lead = row.what; break;
    case GratitudeSort::Date: break;
    }
    return {lead, toDay(row.date), row.id};
}

Result<QList<GratitudeListRow>> GratitudeQueries::page(const GratitudeFilter &filter, std::optional<GratitudeKey> after,
                                                       int limit, const GratitudeSort &sort)
{
    QList<GratitudeListRow> rows;
    if (limit <= 0)
        return rows;
    const QByteArray sql = pageSql(sort, after.has_value());
    Statement list(m_db.handle(), sql.constData());
    if (auto ok = list.prepared(); !ok)
        return ok.error();
    bindOptional(list, 1, filter.direction);
    bindOptional(list, 2, filter.where);
    if (filter.colleagueId)
        list.bind(3, *filter.colleagueId);
    else
        list.bindNull(3);
    const bool matchText = !filter.text.isEmpty();
    list.bind(4, matchText ? -1 : limit);
    if (after) {
        int next = 5;
        if (sort.order().byText)
            list.bind(next++, after->text);
        list.bind(next++, qint64(after->day));
        list.bind(next, after->id);
    }
    rows.reserve(limit);
    while (rows.size() < limit && list.next()) {
        QString what = list.textColumn(4);
        if (matchText && !what.contains(filter.text, Qt::CaseInsensitive))
            continue;
        GratitudeListRow row;
        row.id = list.int64Column(0);
        row.date = fromDay(list.intColumn(1));
        row.direction = enumFromKey<GratitudeDirection>(list.textColumn(2)).value_or(GratitudeDirection::Given);
        row.where = enumFromKey<GratitudeWhere>(list.textColumn(3)).value_or(GratitudeWhere::Private);
        row.what = std::move(what);
        row.colleagueId = list.int64Column(5);
        row.colleagueName = list.textColumn(6);
        rows.append(std::move(row));
    }
    if (auto ok = list.finish(); !ok)
        return ok.error();
    return rows;
}

Result<std::vector<UnthankedHelpRow>> GratitudeQueries::unthankedHelp(Day from, Day to)
{
    std::vector<UnthankedHelpRow> rows;
    Statement s(m_db.handle(), kUnthanked);
    if (auto ok = s.prepared(); !ok)
        return ok.error();
    s.bind(1, from).bind(2, to);
    while (s.next())
        rows.push_back({s.int64Column(0), s.textColumn(1), s.intColumn(2)});
    if (auto ok = s.finish(); !ok)
        return ok.error();
    return rows;
}

Result<GratitudeCounts> GratitudeQueries::counts(Day from, Day to)
{
    GratitudeCounts counts;
    Statement s(m_db.handle(), kCounts);
    if (auto ok = s.prepared(); !ok)
        return ok.error();
    s.bind(1, from).bind(2, to);
    while (s.next()) {
        const auto direction = enumFromKey<GratitudeDirection>(s.textColumn(0));
        if (direction == GratitudeDirection::Given)
            counts.given = s.intColumn(1);
        else if (direction == GratitudeDirection::Received)
            counts.received = s.intColumn(1);
    }
    if (auto ok = s.finish(); !ok)
        return ok.error();
    return counts;
}

} // namespace rapport::core::storage
