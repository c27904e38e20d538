#include "Aggregates.h"

#include "Database.h"
#include "Statement.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <tuple>
#include <vector>

namespace rapport::core::storage {
namespace {

struct Aggregate
{
    const char *table;
    const char *columns;
    const char *recompute;
};

// The definition of each aggregate, as a query over the entries.
const Aggregate kAggregates[] = {
    {"contact_day", "colleague_id, day, events, help_given, help_received, rated, quality_sum",
     "SELECT colleague_id, day, count(*), coalesce(sum(kind = 'help_given'), 0), coalesce(sum(kind = 'help_received'), 0), "
     "count(quality), coalesce(sum(quality), 0) FROM (SELECT colleague_id, day, kind, quality FROM participant "
     "UNION ALL SELECT colleague_id, day, NULL, NULL FROM gratitude) GROUP BY colleague_id, day"},
    {"interaction_day", "day, kind, n", "SELECT day, kind, count(*) FROM interaction GROUP BY day, kind"},
    {"gratitude_day", "day, direction, n", "SELECT day, direction, count(*) FROM gratitude GROUP BY day, direction"},
};

// colleague.last_contact, the latest contact day of each colleague.
const char *const kLastContactStored = "SELECT id, last_contact FROM colleague";
const char *const kLastContactRecomputed =
    "SELECT id, (SELECT max(day) FROM contact_day WHERE colleague_id = colleague.id) FROM colleague";

Status run(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return sqlError(QCoreApplication::translate("Database", "Cannot rebuild the journal's figures"), query.lastError());
    return {};
}

} // namespace

Status rebuildAggregates(QSqlDatabase &db)
{
    for (const Aggregate &a : kAggregates) {
        const QString table = QString::fromLatin1(a.table);
        if (auto cleared = run(db, QStringLiteral("DELETE FROM ") + table); !cleared)
            return cleared;
        if (auto filled = run(db, QStringLiteral("INSERT INTO %1 (%2) %3")
                                      .arg(table, QString::fromLatin1(a.columns), QString::fromLatin1(a.recompute)));
            !filled)
            return filled;
    }
    return run(db, QStringLiteral("UPDATE colleague SET last_contact = "
                                  "(SELECT max(day) FROM contact_day WHERE colleague_id = colleague.id)"));
}

Result<QStringList> aggregateDrift(sqlite3 *db)
{
    QStringList problems;
    std::vector<std::tuple<QString, QString, QString>> comparisons;
    for (const Aggregate &a : kAggregates) {
        comparisons.emplace_back(QString::fromLatin1(a.table),
                                 QStringLiteral("SELECT %1 FROM %2").arg(QString::fromLatin1(a.columns), QString::fromLatin1(a.table)),
                                 QString::fromLatin1(a.recompute));
    }
    comparisons.emplace_back(QStringLiteral("colleague.last_contact"), QString::fromLatin1(kLastContactStored),
                             QString::fromLatin1(kLastContactRecomputed));
    for (const auto &[name, stored, recomputed] : comparisons) {
        const QByteArray sql = QStringLiteral("SELECT (SELECT count(*) FROM (%1 EXCEPT %2)) + (SELECT count(*) FROM (%2 EXCEPT %1))")
                                   .arg(stored, recomputed)
                                   .toUtf8();
        Statement query(db, sql.constData());
        if (!query.next())
            return Error{QCoreApplication::translate("Database", "Cannot check the journal's figures: %1").arg(query.errorText())};
        const qint64 rows = query.int64Column(0);
        std::ignore = query.finish();
        if (rows > 0)
            problems << QCoreApplication::translate("Database", "%1 has %2 row(s) that differ from the entries").arg(name).arg(rows);
    }
    return problems;
}

Result<QStringList> aggregateDrift(QSqlDatabase &db)
{
    // The same SQL on the raw handle, so `check` and a restore's check are one check.
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return Error{QCoreApplication::translate("Database", "Cannot check the journal's figures: it is not open")};
    return aggregateDrift(*static_cast<sqlite3 *const *>(handle.constData()));
}

} // namespace rapport::core::storage
