#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>

#include <QtGlobal>

struct sqlite3;
struct sqlite3_stmt;

namespace rapport::core::storage {

// A prepared statement on SQLite's own API, for the few paths where Qt's per-row
// QVariant cost dominates (bulk writes, reading a million contact days). Same
// connection and transaction as the Qt one. As in SQLite, parameters count from 1 and
// result columns from 0.
class Statement final
{
public:
    Statement(sqlite3 *db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool valid() const { return m_stmt != nullptr; }
    // An error naming SQLite's reason when the statement could not be prepared.
    Status prepared() const;
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, const QString &text);
    Statement &bindText(int index, const char *utf8); // a static string
    Statement &bindNull(int index);

    // One step of a write; resets for the next use.
    Status run();
    // One step of a read: true while there is a row.
    bool next();
    Status finish(); // the error of the last next(), if any; resets
    int intColumn(int column) const;
    qint64 int64Column(int column) const;
    bool isNull(int column) const;
    QString textColumn(int column) const;

    QString errorText() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_lastStep = 0;
    QByteArray m_sql;
};

} // namespace rapport::core::storage
