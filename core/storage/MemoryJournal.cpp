#include "MemoryJournal.h"

#include "SqliteConnection.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <utility>

namespace rapport::core::storage {
namespace {

// The header bytes that say how the file is journaled: 1 for a rollback journal, 2 for a
// write-ahead log (https://sqlite.org/fileformat.html, 1.3.4).
constexpr qint64 kWriteVersionAt = 18;
constexpr qint64 kReadVersionAt = 19;
constexpr qint64 kHeaderBytes = 100;
// A decrypted backup grows from here, doubling, so memory follows what was authenticated.
constexpr qint64 kFirstCapacity = qint64(1) << 20;
constexpr qint64 kSizeLimit = qint64(1) << 40;

// A journal's header says WAL; a memdb has no log, and SQLite refuses to open such a
// header there ("unable to open database file"), so the copy says rollback journal, which
// is also what a backup file says.
void rollbackHeader(unsigned char *data, qint64 size)
{
    if (size < kHeaderBytes)
        return;
    for (const qint64 at : { kWriteVersionAt, kReadVersionAt }) {
        if (data[at] == 2)
            data[at] = 1;
    }
}

} // namespace

MemoryJournal::~MemoryJournal()
{
    sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<MemoryJournal>> MemoryJournal::empty()
{
    std::unique_ptr<MemoryJournal> memory(new MemoryJournal);
    if (sqlite3_open_v2(":memory:", &memory->m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
        return Error { tr("Not enough memory to hold the journal.") };
    sqlite3_extended_result_codes(memory->m_db, 1);
    // Deserializing nothing turns ":memory:" into a memdb database, which can be serialized
    // without a copy.
    if (sqlite3_deserialize(
            memory->m_db, "main", nullptr, 0, 0, SQLITE_DESERIALIZE_RESIZEABLE | SQLITE_DESERIALIZE_FREEONCLOSE)
        != SQLITE_OK)
        return Error { QString::fromUtf8(sqlite3_errmsg(memory->m_db)) };
    memory->liftSizeLimit();
    return memory;
}

Result<std::unique_ptr<MemoryJournal>> MemoryJournal::copyOf(sqlite3 *source, const Progress &progress)
{
    if (!source)
        return Error { tr("The journal is not open.") };
    auto made = empty();
    if (!made)
        return made;
    std::unique_ptr<MemoryJournal> memory = std::move(*made);
    BackupSteps steps;
    steps.progress = progress;
    steps.cancelled = cancelled();
    if (auto copied = backupPages(memory->m_db, source, steps); !copied)
        return copied.error();
    memory->markRollbackJournal();
    return memory;
}

Result<std::unique_ptr<MemoryJournal>> MemoryJournal::readFile(const QString &path, const Progress &progress)
{
    SqliteConnection file;
    if (auto opened = file.openForReading(path); !opened)
        return opened.error();
    return copyOf(file.get(), progress);
}

void MemoryJournal::markRollbackJournal()
{
    sqlite3_int64 size = 0;
    unsigned char *data = sqlite3_serialize(m_db, "main", &size, SQLITE_SERIALIZE_NOCOPY);
    if (!data)
        return;
    rollbackHeader(data, size);
    // Pages the copy left in the cache still hold the old header.
    sqlite3_db_release_memory(m_db);
}

void MemoryJournal::liftSizeLimit()
{
    // A memdb stops growing at 1 GiB unless told otherwise; memory is the real bound.
    sqlite3_int64 limit = kSizeLimit;
    sqlite3_file_control(m_db, "main", SQLITE_FCNTL_SIZE_LIMIT, &limit);
}

QByteArrayView MemoryJournal::image() const
{
    sqlite3_int64 size = 0;
    const unsigned char *data = sqlite3_serialize(m_db, "main", &size, SQLITE_SERIALIZE_NOCOPY);
    if (!data)
        return {};
    return QByteArrayView(data, size);
}

MemoryJournal::Builder::~Builder()
{
    sqlite3_free(m_data);
}

Status MemoryJournal::Builder::append(QByteArrayView bytes)
{
    if (m_size + bytes.size() > m_capacity) {
        const qint64 capacity = std::max({ kFirstCapacity, 2 * m_capacity, m_size + bytes.size() });
        auto *grown = static_cast<unsigned char *>(sqlite3_realloc64(m_data, sqlite3_uint64(capacity)));
        if (!grown)
            return Error { tr("Not enough memory to hold the journal.") };
        m_data = grown;
        m_capacity = capacity;
    }
    if (!bytes.isEmpty())
        std::memcpy(m_data + m_size, bytes.data(), size_t(bytes.size()));
    m_size += bytes.size();
    return {};
}

Result<std::unique_ptr<MemoryJournal>> MemoryJournal::Builder::finish()
{
    std::unique_ptr<MemoryJournal> memory(new MemoryJournal);
    if (sqlite3_open_v2(":memory:", &memory->m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
        return Error { tr("Not enough memory to hold the journal.") };
    sqlite3_extended_result_codes(memory->m_db, 1);
    rollbackHeader(m_data, m_size);
    // SQLite owns the bytes from here, even when this fails.
    unsigned char *data = std::exchange(m_data, nullptr);
    const int rc = sqlite3_deserialize(
        memory->m_db, "main", data, m_size, m_capacity, SQLITE_DESERIALIZE_RESIZEABLE | SQLITE_DESERIALIZE_FREEONCLOSE);
    m_size = m_capacity = 0;
    if (rc != SQLITE_OK)
        return Error { QString::fromUtf8(sqlite3_errmsg(memory->m_db)) };
    memory->liftSizeLimit();
    return memory;
}

} // namespace rapport::core::storage
