#include "Statement.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace rapport::core::storage {

Statement::Statement(sqlite3 *db, const char *sql)
    : m_db(db)
    , m_sql(sql)
{
    if (db && sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
        m_stmt = nullptr;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindText(int index, const char *utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8, -1, SQLITE_STATIC);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

QString Statement::errorText() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no connection");
}

Status Statement::prepared() const
{
    if (m_stmt)
        return {};
    return Error{QCoreApplication::translate("Database", "The journal could not prepare a request: %1").arg(errorText())};
}

Status Statement::run()
{
    if (auto ok = prepared(); !ok)
        return ok;
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return Error{QCoreApplication::translate("Database", "The journal refused a change: %1").arg(errorText()), {},
            m_db ? sqlite3_extended_errcode(m_db) : 0};
    return {};
}

bool Statement::next()
{
    if (!m_stmt)
        return false;
    m_lastStep = sqlite3_step(m_stmt);
    return m_lastStep == SQLITE_ROW;
}

Status Statement::finish()
{
    const int last = m_lastStep;
    if (m_stmt)
        sqlite3_reset(m_stmt);
    m_lastStep = 0;
    if (auto ok = prepared(); !ok)
        return ok;
    if (last != SQLITE_DONE && last != SQLITE_ROW && last != 0)
        return Error{QCoreApplication::translate("Database", "The journal could not be read: %1").arg(errorText()), {},
            m_db ? sqlite3_extended_errcode(m_db) : 0};
    return {};
}

int Statement::intColumn(int column) const
{
    return sqlite3_column_int(m_stmt, column);
}

qint64 Statement::int64Column(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString Statement::textColumn(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

} // namespace rapport::core::storage
