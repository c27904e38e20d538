#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

class QIODevice;

namespace rapport::core::io {

// Reads CSV as RFC 4180 has it, one record at a time from a device, in a fixed amount of
// memory: quoted fields with commas, doubled quotes and line breaks, CRLF or LF, a UTF-8
// byte-order mark at the start. The separator is found on the first line: a comma, else
// a semicolon or a tab when the first line has more of those (spreadsheets in locales
// with a decimal comma write semicolons). Refused with the line: NUL bytes, invalid UTF-8,
// a quote inside an unquoted field, text after a closing quote, a quote never closed, and
// fields, records or files larger than the limits.
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    struct Limits
    {
        qint64 maxFieldBytes = 512 * 1024;
        int maxColumns = 500;
        qint64 maxBytes = qint64(256) << 20;
    };

    explicit CsvReader(QIODevice &device);
    CsvReader(QIODevice &device, Limits limits);

    // The next record into `cells`; false at the end of the file or on a problem.
    bool next(QStringList &cells);
    // The line (from 1) where the record read last begins.
    qint64 line() const { return m_recordLine; }
    char separator() const { return m_separator; }

    bool failed() const { return !m_problem.isEmpty(); }
    const QString &problem() const { return m_problem; }
    qint64 problemLine() const { return m_problemLine; }

private:
    int peek();
    int take();
    bool fill();
    bool fail(const QString &text);
    void detectSeparator();
    bool endField(QStringList &cells, QByteArray &field);

    QIODevice &m_device;
    Limits m_limits;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_read = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 1;
    bool m_started = false;
    bool m_done = false;
    char m_separator = ',';
    QString m_problem;
    qint64 m_problemLine = 0;
};

} // namespace rapport::core::io
