#pragma once

#include "JsonReader.h"
#include "domain/Clock.h"
#include "domain/Records.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

#include <array>
#include <span>

namespace rapport::core::io {

// Something wrong in a rapport-journal file, before it is put in words with the file name.
struct JsonProblem
{
    QString record; // "interactions[41]"; empty at the top level
    QString field; // the JSON field at fault; empty when it is the record or the syntax
    qint64 line = 0; // 0 when unknown
    qint64 column = 0; // set for syntax problems only
    QString message;
};

// Reads one record of a rapport-journal file from its first token into a domain record:
// types, formats and required fields. The values themselves (lengths, ranges, references)
// are the Validator's. Fields the format does not know are skipped; a field given twice
// is refused, since which one was meant cannot be told.
class JsonRecordReader final
{
    Q_DECLARE_TR_FUNCTIONS(JsonImport)

public:
    JsonRecordReader(JsonReader &json, const Clock &clock);

    // The record that problems name from now on: "interactions[41]", or "about_me" when
    // `index` is negative. Names are made only when something is wrong.
    void setRecord(const char *section, qint64 index);
    QString recordName() const;

    // Each reads the record whose first token is current.
    bool read(Colleague &colleague);
    bool read(Fact &fact);
    bool read(Interaction &interaction);
    bool read(Gratitude &gratitude);
    bool read(Commitment &commitment);
    bool read(FollowUp &followUp);
    bool read(Reflection &reflection);
    bool read(AboutMe &about);

    const JsonProblem &problem() const { return m_problem; }
    // The JSON reader's own problem (syntax, limits), in the current record.
    JsonProblem readerProblem() const;
    // A Validator's error about the record read last.
    JsonProblem invalid(const Error &error) const;
    // The line of `field` ("renegotiations.from" counts as "renegotiations") in the record
    // read last, else the line where that record begins.
    qint64 lineOf(const QString &field) const;

    // The most values an array inside a record may hold (participants, tags, renegotiations).
    static constexpr qsizetype kMaxArray = 10'000;

private:
    static QString tokenName(JsonReader::Token token);
    template<std::size_t N, typename Value>
    bool fields(const std::array<const char *, N> &names, std::span<const int> required, Value value);
    bool fail(const QString &message);
    bool failField(const QString &message);
    bool typeError(const QString &expected);

    bool id(Id &out);
    bool text(QString &out, bool required);
    bool integer(qint64 &out);
    bool optionalInt(std::optional<int> &out, qint64 min, qint64 max);
    bool date(QDate &out);
    bool optionalDate(std::optional<QDate> &out);
    bool time(std::optional<QTime> &out);
    bool boolean(bool &out);
    bool birthday(std::optional<Birthday> &out);
    bool photo(QByteArray &out);
    bool texts(QStringList &out);
    bool ids(QList<Id> &out);
    bool renegotiations(QList<Renegotiation> &out);
    template<typename E> bool key(E &out);
    template<typename E> bool optionalKey(std::optional<E> &out);

    JsonReader &m_json;
    const Clock &m_clock;
    const char *m_section = "";
    qint64 m_index = -1;
    const char *const *m_names = nullptr;
    std::size_t m_nameCount = 0;
    int m_field = -1;
    int m_photoField = -1; // the field that may hold a longer text
    std::array<qint64, 32> m_lines {};
    qint64 m_recordLine = 0;
    JsonProblem m_problem;
};

} // namespace rapport::core::io
