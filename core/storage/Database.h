#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <chrono>
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

    // Whether a non-empty write-ahead log was there when the journal was opened: a process
    // that did not close it (a crash, a power cut) or one that has it open now. Opening
    // does not check the file for it; the app does so in the background.
    bool openedAfterUncleanShutdown() const { return m_unclean; }

    // How long a write waits for another connection's write lock before it fails with a
    // plain message (5 s unless set). The app's window waits less, so it never stalls long.
    void setBusyTimeout(std::chrono::milliseconds wait);

    // After damage was found: every later transaction fails with `reason`, and SQLite
    // refuses any other write on this connection (PRAGMA query_only), so nothing more is
    // written into a damaged file. Reading goes on, so what is intact can be exported.
    void stopWriting(const QString &reason);
    // Why writing stopped; empty while the journal takes writes.
    const QString &stoppedWriting() const { return m_stopped; }

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
    QString m_stopped;
};

// A user-facing message for a failed query, with the SQL driver's text.
Error sqlError(const QString &what, const class QSqlError &error);

} // namespace rapport::core
