#include "CsvReader.h"

#include <QIODevice>
#include <QStringDecoder>

namespace rapport::core::io {
namespace {

constexpr qsizetype kChunk = 1 << 16;
constexpr int kEnd = -1;

} // namespace

CsvReader::CsvReader(QIODevice &device)
    : CsvReader(device, Limits {})
{
}

CsvReader::CsvReader(QIODevice &device, Limits limits)
    : m_device(device)
    , m_limits(limits)
{
}

bool CsvReader::fill()
{
    m_pos = 0;
    m_buffer.resize(kChunk);
    const qint64 got = m_device.read(m_buffer.data(), kChunk);
    m_buffer.resize(qsizetype(std::max<qint64>(got, 0)));
    if (got < 0)
        return fail(tr("the file could not be read: %1").arg(m_device.errorString()));
    m_read += got;
    if (m_read > m_limits.maxBytes)
        return fail(tr("the file is larger than %1 MB").arg(m_limits.maxBytes >> 20));
    return got > 0;
}

int CsvReader::peek()
{
    if (m_pos >= m_buffer.size() && (failed() || !fill()))
        return kEnd;
    return static_cast<unsigned char>(m_buffer[m_pos]);
}

int CsvReader::take()
{
    const int c = peek();
    if (c != kEnd) {
        ++m_pos;
        if (c == '\n')
            ++m_line;
    }
    return c;
}

bool CsvReader::fail(const QString &text)
{
    if (m_problem.isEmpty()) {
        m_problem = text;
        m_problemLine = m_line;
    }
    m_done = true;
    return false;
}

void CsvReader::detectSeparator()
{
    // Counted on the first line, outside quotes, in the first chunk.
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (qsizetype i = m_pos; i < m_buffer.size(); ++i) {
        const char c = m_buffer[i];
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted && c == ',')
            ++commas;
        else if (!quoted && c == ';')
            ++semicolons;
        else if (!quoted && c == '\t')
            ++tabs;
    }
    if (semicolons > commas && semicolons >= tabs)
        m_separator = ';';
    else if (tabs > commas && tabs > semicolons)
        m_separator = '\t';
}

bool CsvReader::endField(QStringList &cells, QByteArray &field)
{
    if (cells.size() >= m_limits.maxColumns)
        return fail(tr("a line has more than %1 fields").arg(m_limits.maxColumns));
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = decoder(field);
    if (decoder.hasError())
        return fail(tr("the file is not valid UTF-8; save it as UTF-8 and try again"));
    cells << std::move(text);
    field.clear();
    return true;
}

bool CsvReader::next(QStringList &cells)
{
    cells.clear();
    if (m_done)
        return false;
    if (!m_started) {
        m_started = true;
        if (peek() == 0xEF && m_buffer.mid(m_pos, 3) == "\xEF\xBB\xBF")
            m_pos += 3;
        detectSeparator();
    }
    if (peek() == kEnd) {
        m_done = true;
        return false;
    }
    m_recordLine = m_line;
    QByteArray field;
    for (;;) {
        // One field: quoted or plain.
        if (peek() == '"') {
            take();
            const qint64 opened = m_line;
            for (;;) {
                const int c = take();
                if (c == kEnd) {
                    if (failed())
                        return false;
                    m_line = opened;
                    return fail(tr("a quoted field is never closed; a \" is missing"));
                }
                if (c == 0)
                    return fail(tr("the file contains a NUL byte"));
                if (c == '"') {
                    if (peek() != '"')
                        break;
                    take();
                }
                field += char(c);
                if (field.size() > m_limits.maxFieldBytes)
                    return fail(tr("a field is longer than %1 bytes").arg(m_limits.maxFieldBytes));
            }
            const int after = peek();
            if (after != m_separator && after != '\r' && after != '\n' && after != kEnd)
                return fail(tr("unexpected text after the closing \" of a quoted field"));
        } else {
            for (int c = peek(); c != m_separator && c != '\r' && c != '\n' && c != kEnd; c = peek()) {
                if (c == 0)
                    return fail(tr("the file contains a NUL byte"));
                if (c == '"')
                    return fail(tr("a field that holds a \" must be in double quotes, with the \" doubled"));
                field += char(take());
                if (field.size() > m_limits.maxFieldBytes)
                    return fail(tr("a field is longer than %1 bytes").arg(m_limits.maxFieldBytes));
            }
            if (failed())
                return false;
        }
        if (!endField(cells, field))
            return false;
        const int end = take();
        if (end == m_separator)
            continue;
        if (end == '\r' && peek() == '\n')
            take();
        else if (end == '\r')
            ++m_line; // a lone CR ends a line too
        return !failed();
    }
}

} // namespace rapport::core::io
