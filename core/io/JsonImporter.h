#pragma once

#include "JsonImport.h"
#include "JsonReader.h"
#include "JsonRecordReader.h"
#include "services/Validation.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

// The three passes of JsonImport over one file; internal to core/io.

namespace rapport::core::io::jsonimport {

// In the order they are checked and written: each list refers only to lists before it.
enum Section {
    Colleagues,
    Facts,
    Interactions,
    Gratitude,
    Commitments,
    FollowUps,
    Reflections,
    AboutMeCard,
    SectionCount
};
constexpr std::array<const char *, SectionCount> kSections
    = { "colleagues", "facts", "interactions", "gratitude", "commitments", "follow_ups", "reflections", "about_me" };

// A file id and what goes with it: the colleague of a fact, or the id it is written as.
struct IdEntry
{
    Id id;
    Id value;
};

// The ids of one list, to find one used twice. A list in id order, as exports write it,
// is checked as it goes; any other order is sorted at its end. 8 bytes a record.
class IdCheck
{
public:
    void clear(qint64 expected)
    {
        m_ids = {};
        m_ids.reserve(std::size_t(expected)); // counted by the first pass: no regrowth
        m_ordered = true;
    }
    // The index of the record that used `id` just before, when the list is in order.
    std::optional<qint64> add(Id id)
    {
        const bool same = !m_ids.empty() && m_ids.back() == id;
        if (!m_ids.empty() && m_ids.back() > id)
            m_ordered = false;
        m_ids.push_back(id);
        return same ? std::optional<qint64>(qint64(m_ids.size()) - 2) : std::nullopt;
    }
    struct Twice
    {
        Id id;
        qint64 first, second; // indexes
    };
    // An id used twice, once the list is read.
    std::optional<Twice> twice() const
    {
        if (m_ordered)
            return std::nullopt;
        std::vector<Id> sorted = m_ids;
        std::sort(sorted.begin(), sorted.end());
        const auto at = std::adjacent_find(sorted.begin(), sorted.end());
        if (at == sorted.end())
            return std::nullopt;
        const auto first = std::find(m_ids.begin(), m_ids.end(), *at);
        const auto second = std::find(first + 1, m_ids.end(), *at);
        return Twice { *at, qint64(first - m_ids.begin()), qint64(second - m_ids.begin()) };
    }
    // Sorted, once the list is read and has no id twice.
    std::vector<Id> sorted() const
    {
        std::vector<Id> ids = m_ids;
        if (!m_ordered)
            std::sort(ids.begin(), ids.end());
        return ids;
    }

private:
    std::vector<Id> m_ids;
    bool m_ordered = true;
};

class JsonImporter
{
public:
    JsonImporter(Journal &journal, const QString &path, const Progress &progress)
        : m_journal(journal)
        , m_path(path)
        , m_progress(progress)
        , m_file(path)
        , m_json(m_file, JsonReader::Limits { JsonImport::kMaxDepth, 512 * 1024, JsonImport::kMaxFileBytes })
        , m_records(m_json, journal.clock())
        , m_validator(journal.repositories())
    {
        m_validator.setReferences(
            { [this](Id id) { return std::binary_search(m_colleagueIds.begin(), m_colleagueIds.end(), id); },
                [this](Id id) -> std::optional<Id> {
                    const auto at = find(m_factColleague, id);
                    return at ? std::optional<Id>(at->value) : std::nullopt;
                } });
    }

    Result<ImportSummary> run();

private:
    Error error(const JsonProblem &problem) const;
    Error readerError() const { return error(m_records.readerProblem()); }
    Status open();
    Status scan();
    Status scanSection(Section section);
    template<typename T, typename Each> Status records(Section section, Each each);
    Status check();
    Status write();
    Status progressed();
    Status usedTwice(Section section, Id id, qint64 first, qint64 second, qint64 line) const;
    static const IdEntry *find(const std::vector<IdEntry> &sorted, Id id);
    Id mapped(const std::vector<IdEntry> &map, Id id) const;

    Journal &m_journal;
    QString m_path;
    Progress m_progress;
    QFile m_file;
    JsonReader m_json;
    JsonRecordReader m_records;
    Validator m_validator;
    std::array<std::optional<JsonReader::Position>, SectionCount> m_at;
    std::array<qint64, SectionCount> m_count {};
    qint64 m_done = 0;
    qint64 m_total = 0;
    std::vector<Id> m_colleagueIds; // sorted
    std::vector<IdEntry> m_factColleague; // fact id -> colleague id, sorted
    std::vector<IdEntry> m_colleagueMap; // merge: file id -> journal id, sorted
    std::vector<IdEntry> m_factMap;
    Section m_section = Colleagues; // the list being checked
    bool m_merge = false;
};

template<typename T, typename Each> Status JsonImporter::records(Section section, Each each)
{
    if (!m_at[section])
        return {};
    if (!m_json.seek(*m_at[section]))
        return Error { JsonImport::tr("%1: the file cannot be read again: %2")
                           .arg(QDir::toNativeSeparators(m_path), m_file.errorString()) };
    const JsonReader::Token first = m_json.next();
    if (first == JsonReader::Token::Null)
        return {};
    T record;
    if (section == AboutMeCard) {
        m_records.setRecord(kSections[section], -1);
        if (!m_records.read(record))
            return error(m_records.problem());
        return each(record, 0);
    }
    qint64 index = 0;
    for (JsonReader::Token t = m_json.next(); t != JsonReader::Token::EndArray; t = m_json.next(), ++index) {
        m_records.setRecord(kSections[section], index);
        if (!m_records.read(record))
            return error(m_records.problem());
        if (auto done = each(record, index); !done)
            return done;
        if (auto going = progressed(); !going)
            return going;
    }
    return {};
}

} // namespace rapport::core::io::jsonimport
