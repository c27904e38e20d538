#pragma once

#include "CsvColleagueImport.h"
#include "services/Validation.h"

#include <QFile>
#include <QStringList>

#include <functional>

namespace rapport::core::io {

// Reads the file once to check every row, once more to write them: the rows are never
// all in memory, however many there are.
class CsvColleagueRows final
{
public:
    CsvColleagueRows(Journal &journal, const QString &path, const CsvColleagueImport::Mapping &mapping)
        : m_journal(journal)
        , m_path(path)
        , m_mapping(mapping)
        , m_validator(journal.repositories())
    {
    }

    Status open();
    // Every row that is not empty, as a checked colleague, to `each`.
    Status rows(const std::function<Status(Colleague &)> &each);
    qint64 count() const { return m_count; }

private:
    Error problem(const QString &field, const QString &message) const;
    Status fill(const QStringList &cells, Colleague &c);
    template<typename E> Status key(const QString &text, ColleagueColumn column, std::optional<E> &out) const;

    Journal &m_journal;
    QString m_path;
    CsvColleagueImport::Mapping m_mapping;
    Validator m_validator;
    QFile m_file;
    QStringList m_headers;
    qint64 m_line = 0;
    qint64 m_count = 0;
};

} // namespace rapport::core::io
