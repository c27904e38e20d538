#pragma once

#include "Records.h"

#include <QMetaType>
#include <QSet>

#include <array>
#include <initializer_list>

namespace rapport::core {

// What one or more commits changed, as the journal's change log records it (DESIGN.md
// section 9): the kinds of record and their ids, or everything (after an import, a
// restore, or when a reader fell too far behind). Local changes and those of other
// processes arrive alike, so a page reloads only what it shows.
class JournalChange final
{
public:
    enum class Record { Colleague, Fact, Interaction, Gratitude, Commitment, FollowUp, Reflection, AboutMe, Reminder };
    static constexpr int kRecords = 9;

    static JournalChange all()
    {
        JournalChange change;
        change.m_everything = true;
        return change;
    }

    // Records `id` (0 when the kind has no ids, such as reminder state) of `record`.
    void add(Record record, Id id)
    {
        m_kinds[index(record)] = true;
        if (id != 0)
            m_ids[index(record)].insert(id);
    }
    void merge(const JournalChange &other)
    {
        m_everything = m_everything || other.m_everything;
        for (int i = 0; i < kRecords; ++i) {
            m_kinds[i] = m_kinds[i] || other.m_kinds[i];
            m_ids[i].unite(other.m_ids[i]);
        }
    }

    bool everything() const { return m_everything; }
    bool isEmpty() const
    {
        if (m_everything)
            return false;
        for (bool kind : m_kinds) {
            if (kind)
                return false;
        }
        return true;
    }
    // Whether records of `record` may have changed.
    bool touches(Record record) const { return m_everything || m_kinds[index(record)]; }
    bool touchesAny(std::initializer_list<Record> records) const
    {
        for (Record record : records) {
            if (touches(record))
                return true;
        }
        return false;
    }
    // Whether this record may have changed.
    bool touches(Record record, Id id) const { return m_everything || m_ids[index(record)].contains(id); }
    // The ids of `record` named (meaningless when everything() is true).
    const QSet<Id> &ids(Record record) const { return m_ids[index(record)]; }

private:
    static constexpr std::size_t index(Record record) { return static_cast<std::size_t>(record); }

    bool m_everything = false;
    std::array<bool, kRecords> m_kinds{};
    std::array<QSet<Id>, kRecords> m_ids;
};

} // namespace rapport::core

Q_DECLARE_METATYPE(rapport::core::JournalChange)
