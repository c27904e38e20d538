#pragma once

#include "Database.h"
#include "domain/JournalChange.h"

namespace rapport::core::storage {

// The change log of schema version 5 (migrations/Version5.cpp), read by a process that
// has the journal open to learn what it, or another process, committed since it last looked.
class ChangeLog final
{
public:
    explicit ChangeLog(Database &db)
        : m_db(db)
    {
    }

    // Starts from the newest row: what was committed before is not news.
    Status start();
    // Whether another connection committed since the last call (PRAGMA data_version:
    // cheap, no read of the log). The first call after start() says false.
    Result<bool> otherCommitted();
    // What the rows after the last one read name; everything when rows were pruned in
    // between or the log went back (a restore put an older journal in place).
    Result<JournalChange> read();

    // A bulk write: between begin and end the triggers stay silent, and end records that
    // everything changed. Both run inside the bulk write's transaction.
    static Status beginBulk(Database &db);
    static Status endBulk(Database &db);

private:
    Database &m_db;
    qint64 m_lastSeq = 0;
    qint64 m_dataVersion = -1;
};

} // namespace rapport::core::storage
