#include "Schema.h"

#include "Aggregates.h"
#include "Database.h"
#include "migrations/Migrations.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <vector>

namespace rapport::core::schema {
namespace {

struct Migration
{
    int version;
    std::vector<const char *> statements;
    // Derived tables are recomputed from the entries after the statements.
    bool rebuildsAggregates = false;
};

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all = {
        {1, version1()},
        {2, version2()},
        {3, version3(), true},
        {4, version4()},
        {5, version5()},
    };
    return all;
}

Result<int> userVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return sqlError(QCoreApplication::translate("Schema", "Cannot read the journal's version"), query.lastError());
    return query.value(0).toInt();
}

Status run(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return sqlError(QCoreApplication::translate("Schema", "Cannot update the journal's structure"), query.lastError());
    return {};
}

} // namespace

int latestVersion()
{
    return migrations().back().version;
}

Status migrate(QSqlDatabase &db)
{
    return migrateTo(db, latestVersion());
}

Status checkNotNewer(QSqlDatabase &db)
{
    const auto current = userVersion(db);
    if (!current)
        return current.error();
    if (*current > latestVersion()) {
        return Error{QCoreApplication::translate("Schema",
                         "This journal was written by a newer version of Rapport (journal format %1; "
                         "this version reads up to %2). Update Rapport to open it.")
                         .arg(*current)
                         .arg(latestVersion())};
    }
    return {};
}

Status migrateTo(QSqlDatabase &db, int target)
{
    if (auto readable = checkNotNewer(db); !readable)
        return readable;
    const auto current = userVersion(db);
    if (!current)
        return current.error();
    if (*current >= target)
        return {};

    if (auto begun = run(db, QStringLiteral("BEGIN IMMEDIATE")); !begun)
        return begun;
    const auto fail = [&db](Error error) -> Status {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return error;
    };
    if (*current == 0) {
        if (auto stamped = run(db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)); !stamped)
            return fail(stamped.error());
    }
    for (const Migration &step : migrations()) {
        if (step.version <= *current || step.version > target)
            continue;
        for (const char *statement : step.statements) {
            if (auto done = run(db, QString::fromUtf8(statement)); !done)
                return fail(done.error());
        }
        if (step.rebuildsAggregates) {
            if (auto rebuilt = storage::rebuildAggregates(db); !rebuilt)
                return fail(rebuilt.error());
        }
    }
    if (auto stamped = run(db, QStringLiteral("PRAGMA user_version = %1").arg(target)); !stamped)
        return fail(stamped.error());
    return run(db, QStringLiteral("COMMIT"));
}

} // namespace rapport::core::schema
