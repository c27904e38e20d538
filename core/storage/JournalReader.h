#pragma once

#include "Database.h"
#include "domain/Records.h"

#include <functional>
#include <memory>

namespace rapport::core::storage {

// How many records of each kind a journal holds.
struct JournalCounts
{
    qint64 colleagues = 0;
    qint64 facts = 0;
    qint64 interactions = 0;
    qint64 gratitude = 0;
    qint64 commitments = 0;
    qint64 followUps = 0;
    qint64 reflections = 0;

    qint64 total() const
    {
        return colleagues + facts + interactions + gratitude + commitments + followUps + reflections;
    }
};

// Reads every record of the journal in id order, one at a time, for exports: a journal of
// a million interactions streams through in a fixed amount of memory. On SQLite's own API,
// since Qt's per-row cost would dominate; participants, tags and renegotiations are read
// alongside their records in key order rather than one query a record.
class JournalReader final
{
public:
    explicit JournalReader(Database &db);
    ~JournalReader();
    JournalReader(const JournalReader &) = delete;
    JournalReader &operator=(const JournalReader &) = delete;

    template<typename T> using Visit = std::function<Status(const T &)>;

    Result<JournalCounts> counts();
    // Runs `work` on one consistent state of the journal (a read transaction), so an
    // export made while the app writes is still whole.
    Status snapshot(const std::function<Status()> &work);

    // Each calls `visit` with every record of its kind, by id; stops at visit's first
    // error and returns it. The record passed is valid only during the call.
    Status colleagues(const Visit<Colleague> &visit, bool withPhotos = true);
    Status facts(const Visit<Fact> &visit);
    Status interactions(const Visit<Interaction> &visit);
    Status gratitude(const Visit<Gratitude> &visit);
    Status commitments(const Visit<Commitment> &visit);
    Status followUps(const Visit<FollowUp> &visit);
    Status reflections(const Visit<Reflection> &visit);

private:
    Database &m_db;
};

} // namespace rapport::core::storage
