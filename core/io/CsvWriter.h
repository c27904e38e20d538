#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

class QIODevice;

namespace rapport::core::io {

// Writes CSV as RFC 4180 has it: UTF-8, CRLF after every record, a field quoted when it
// holds a comma, a quote, CR or LF, with quotes doubled. Buffered and handed to the device
// as it fills, so a list of any length takes a fixed amount of memory.
//
// Text cells are neutralised as OWASP advises against CSV injection: a spreadsheet runs a
// cell that begins with =, +, -, @, tab or CR as a formula (which can fetch URLs or run
// commands), so such a cell gets a leading single quote and is shown as the text it is.
// Numbers the program writes (ids, counts, ratings) are not text a user typed and are
// never touched; none of them is negative, so none could pass for a formula anyway.
// Dates and keys go through the text path: a birthday without a year, --05-14, would
// otherwise be read as a subtraction.
class CsvWriter final
{
public:
    explicit CsvWriter(QIODevice &device);
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    void text(const QString &cell);
    void number(qint64 value);
    void number(std::optional<int> value); // empty when none
    void endRow();
    // Hands the rest to the device; false when it refused some of it.
    bool flush();
    bool failed() const { return m_failed; }

    // The cell as it would be written, before quoting: with the leading quote when it
    // begins like a formula.
    static QString neutralised(const QString &cell);

private:
    void separate();
    void raw(const QByteArray &utf8);

    QIODevice &m_device;
    QByteArray m_out;
    bool m_rowStarted = false;
    bool m_failed = false;
};

} // namespace rapport::core::io
