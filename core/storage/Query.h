#pragma once

#include "Database.h"
#include "domain/Day.h"
#include "domain/Records.h"

#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace rapport::core::storage {

// A prepared statement with bound values only, which turns driver failures into
// Errors. Forward-only: results are read once, in order.
class Query final
{
public:
    Query(Database &db, const QString &sql);

    Query &bind(const QString &name, const QVariant &value);
    // Text always binds as text, empty when unset: the SQLite driver writes a null QString
    // as SQL NULL, which the NOT NULL text columns refuse.
    Query &bind(const QString &name, const QString &value);
    Query &bind(const QString &name, qint64 value) { return bind(name, QVariant(value)); }
    Query &bind(const QString &name, int value) { return bind(name, QVariant(value)); }
    Query &bind(const QString &name, const QDate &date) { return bind(name, QVariant(qint64(toDay(date)))); }
    Query &bind(const QString &name, const std::optional<QDate> &date);
    Query &bind(const QString &name, const std::optional<int> &value);

    Status exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QString text(int column) const { return m_query.value(column).toString(); }
    qint64 integer(int column) const { return m_query.value(column).toLongLong(); }
    int number(int column) const { return m_query.value(column).toInt(); }
    bool isNull(int column) const { return m_query.isNull(column); }
    QDate date(int column) const { return fromDay(number(column)); }
    std::optional<QDate> optionalDate(int column) const;
    std::optional<int> optionalNumber(int column) const;
    Id lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }

private:
    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
};

// Runs a statement without results; for one-off writes.
Status execute(Database &db, const QString &sql, std::initializer_list<std::pair<QString, QVariant>> values = {});
// The single integer a statement like "SELECT count(*) ..." returns.
Result<qint64> scalar(Database &db, const QString &sql, std::initializer_list<std::pair<QString, QVariant>> values = {});

QVariant nullable(const QString &text);
template<typename E>
QVariant optionalKey(const std::optional<E> &value)
{
    return value ? QVariant(keyOf(*value)) : QVariant();
}

} // namespace rapport::core::storage
