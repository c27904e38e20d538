#include "ReflectionQueries.h"

#include "Statement.h"

namespace rapport::core::storage {
namespace {

// ?1 limit (-1 when the text is matched here, with Unicode case folding), then the key of
// the last row read. Sorted by date, SQLite walks reflection_by_day.
QByteArray pageSql(const ReflectionSort &sort, bool continued)
{
    QString lead;
    if (sort.column == ReflectionSort::Prompt)
        lead = QStringLiteral("prompt");
    else if (sort.column == ReflectionSort::Text)
        lead = QStringLiteral("text");
    const QString day = QStringLiteral("day");
    const QString id = QStringLiteral("id");
    QString sql = QStringLiteral("SELECT id, day, prompt, text FROM reflection ");
    if (continued)
        sql += QStringLiteral("WHERE ") + continuesAfter(sort.order(), lead, day, id, 2) + QLatin1Char(' ');
    return (sql + orderBy(sort.order(), lead, day, id) + QStringLiteral(" LIMIT ?1")).toUtf8();
}

} // namespace

ListKey listKey(const Reflection &row, const ReflectionSort &sort)
{
    QString lead;
    if (sort.column == ReflectionSort::Prompt)
        lead = row.prompt;
    else if (sort.column == ReflectionSort::Text)
        lead = row.text;
    return {lead, toDay(row.date), row.id};
}

Result<QList<Reflection>> ReflectionQueries::page(const QString &text, std::optional<ListKey> after, int limit,
                                                  const ReflectionSort &sort)
{
    QList<Reflection> rows;
    if (limit <= 0)
        return rows;
    const QByteArray sql = pageSql(sort, after.has_value());
    Statement s(m_db.handle(), sql.constData());
    if (auto ok = s.prepared(); !ok)
        return ok.error();
    s.bind(1, text.isEmpty() ? limit : -1);
    if (after) {
        int next = 2;
        if (sort.order().byText)
            s.bind(next++, after->text);
        s.bind(next++, qint64(after->day));
        s.bind(next, after->id);
    }
    while (rows.size() < limit && s.next()) {
        Reflection r{s.int64Column(0), fromDay(s.intColumn(1)), s.textColumn(2), s.textColumn(3)};
        if (!text.isEmpty() && !r.text.contains(text, Qt::CaseInsensitive) && !r.prompt.contains(text, Qt::CaseInsensitive))
            continue;
        rows.append(std::move(r));
    }
    if (auto ok = s.finish(); !ok)
        return ok.error();
    return rows;
}

Result<int> ReflectionQueries::cadencedColleagues()
{
    Statement s(m_db.handle(), "SELECT count(*) FROM colleague WHERE archived = 0 AND cadence_days > 0");
    if (auto ok = s.prepared(); !ok)
        return ok.error();
    const int count = s.next() ? s.intColumn(0) : 0;
    if (auto ok = s.finish(); !ok)
        return ok.error();
    return count;
}

} // namespace rapport::core::storage
