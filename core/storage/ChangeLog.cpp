#include "ChangeLog.h"

#include "Query.h"

#include <QHash>

namespace rapport::core::storage {
namespace {

using Record = JournalChange::Record;

std::optional<Record> recordOf(const QString &kind)
{
    static const QHash<QString, Record> kinds = {
        { QStringLiteral("colleague"), Record::Colleague },
        { QStringLiteral("fact"), Record::Fact },
        { QStringLiteral("interaction"), Record::Interaction },
        { QStringLiteral("gratitude"), Record::Gratitude },
        { QStringLiteral("commitment"), Record::Commitment },
        { QStringLiteral("follow_up"), Record::FollowUp },
        { QStringLiteral("reflection"), Record::Reflection },
        { QStringLiteral("about_me"), Record::AboutMe },
        { QStringLiteral("reminder"), Record::Reminder },
    };
    const auto found = kinds.constFind(kind);
    return found == kinds.cend() ? std::nullopt : std::optional<Record>(*found);
}

Result<qint64> dataVersion(Database &db)
{
    return scalar(db, QStringLiteral("PRAGMA data_version"));
}

} // namespace

Status ChangeLog::start()
{
    auto newest = scalar(m_db, QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log"));
    if (!newest)
        return newest.error();
    auto version = dataVersion(m_db);
    if (!version)
        return version.error();
    m_lastSeq = *newest;
    m_dataVersion = *version;
    return {};
}

Result<bool> ChangeLog::otherCommitted()
{
    auto version = dataVersion(m_db);
    if (!version)
        return version.error();
    const bool changed = *version != m_dataVersion;
    m_dataVersion = *version;
    return changed;
}

Result<JournalChange> ChangeLog::read()
{
    // No transaction of its own: a write lock would wait for another process's import.
    // Seqs grow by one per row and the log is pruned from its oldest end only, so a first
    // row after a gap means rows were pruned before this reader saw them.
    auto newest = scalar(m_db, QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log WHERE seq > 0"));
    if (!newest)
        return newest.error();
    if (*newest < m_lastSeq) {
        m_lastSeq = *newest;
        return JournalChange::all();
    }
    JournalChange change;
    Query rows(m_db, QStringLiteral("SELECT seq, kind, record_id FROM change_log WHERE seq > :last ORDER BY seq"));
    rows.bind(QStringLiteral(":last"), m_lastSeq);
    if (auto done = rows.exec(); !done)
        return done.error();
    while (rows.next()) {
        const qint64 seq = rows.integer(0);
        if (seq != m_lastSeq + 1)
            change = JournalChange::all();
        m_lastSeq = seq;
        const QString kind = rows.text(1);
        if (kind == QLatin1String("*")) {
            change = JournalChange::all();
        } else if (const auto record = recordOf(kind)) {
            change.add(*record, rows.isNull(2) ? 0 : rows.integer(2));
        } else {
            change = JournalChange::all(); // a kind this version does not know
        }
    }
    return change;
}

Status ChangeLog::beginBulk(Database &db)
{
    return execute(db, QStringLiteral("INSERT OR IGNORE INTO change_log (seq, kind) VALUES (-1, 'bulk')"));
}

Status ChangeLog::endBulk(Database &db)
{
    if (auto removed = execute(db, QStringLiteral("DELETE FROM change_log WHERE seq = -1")); !removed)
        return removed;
    return execute(db, QStringLiteral("INSERT INTO change_log (kind) VALUES ('*')"));
}

} // namespace rapport::core::storage
