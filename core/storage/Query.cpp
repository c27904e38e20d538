#include "Query.h"

#include <QCoreApplication>
#include <QSqlError>

namespace rapport::core::storage {

Query::Query(Database &db, const QString &sql)
    : m_query(db.connection())
    , m_sql(sql)
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
}

Query &Query::bind(const QString &name, const QVariant &value)
{
    m_query.bindValue(name, value);
    return *this;
}

Query &Query::bind(const QString &name, const QString &value)
{
    return bind(name, QVariant(value.isNull() ? QStringLiteral("") : value));
}

Query &Query::bind(const QString &name, const std::optional<QDate> &date)
{
    return bind(name, date ? QVariant(qint64(toDay(*date))) : QVariant());
}

Query &Query::bind(const QString &name, const std::optional<int> &value)
{
    return bind(name, value ? QVariant(*value) : QVariant());
}

Status Query::exec()
{
    if (!m_prepared || !m_query.exec())
        return sqlError(QCoreApplication::translate("Database", "The journal could not carry out a request"), m_query.lastError());
    return {};
}

std::optional<QDate> Query::optionalDate(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return date(column);
}

std::optional<int> Query::optionalNumber(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return number(column);
}

Status execute(Database &db, const QString &sql, std::initializer_list<std::pair<QString, QVariant>> values)
{
    Query query(db, sql);
    for (const auto &[name, value] : values)
        query.bind(name, value);
    return query.exec();
}

Result<qint64> scalar(Database &db, const QString &sql, std::initializer_list<std::pair<QString, QVariant>> values)
{
    Query query(db, sql);
    for (const auto &[name, value] : values)
        query.bind(name, value);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return qint64(0);
    return query.integer(0);
}

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace rapport::core::storage
