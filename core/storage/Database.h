#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

struct sqlite3;

namespace rapport::core {

// One open journal: a named SQLite connection owned by the thread that opened it.
// Opening applies the pragmas every connection needs (foreign keys, WAL,
// synchronous=FULL), creates a new file owner-only, and migrates the schema.
class Database final
{
public:
    enum class OpenMode { CreateIfMissing, MustExist };

    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    static Result<std::unique_ptr<Database>> open(const QString &path, OpenMode mode);
    // Another connection to a journal that this process has open already, for a worker
    // thread (one connection per thread; use it only in the thread that opened it). The
    // first connection created, checked and migrated the file, so this one only connects
    // and applies the pragmas: a write-ahead log in use is not taken for a crash.
    static Result<std::unique_ptr<Database>> openSecondary(const QString &path);

    // Creates every missing folder on the way to `dir`, each owner-only (0700) whatever
    // the umask; folders that exist are left as the user set them.
    static Status makePrivateFolders(const QString &dir);

    const QString &path() const { return m_path; }
    QSqlDatabase &connection() { return m_db; }
    sqlite3 *handle() const;

    // Whether the journal's write-ahead log was left behind by a process that did not
    // close it (a crash or power loss); opening then ran a quick_check.
    bool openedAfterUncleanShutdown() const { return m_unclean; }

    // Runs `work` in one transaction (a savepoint when nested): commits when it returns
    // success, rolls back and returns its error otherwise.
    Status transaction(const std::function<Status()> &work);

    // PRAGMA quick_check / integrity_check and foreign_key_check; an empty list is clean.
    Result<QStringList> integrityProblems(bool quick);

private:
    Database(QString path, QString connectionName);
    // Connects and applies the pragmas; nothing else.
    static Result<std::unique_ptr<Database>> connectOnly(const QString &absolute);
    static Result<std::unique_ptr<Database>> connect(const QString &absolute, bool existed);
    Status configure();
    Status exec(const QString &sql);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    int m_transactionDepth = 0;
    bool m_unclean = false;
};

// A user-facing message for a failed query, with the SQL driver's text.
Error sqlError(const QString &what, const class QSqlError &error);

} // namespace rapport::core
