#include "CsvWriter.h"

#include <QIODevice>

namespace rapport::core::io {
namespace {

constexpr qsizetype kFlushAt = 1 << 16;

} // namespace

CsvWriter::CsvWriter(QIODevice &device)
    : m_device(device)
{
    m_out.reserve(kFlushAt + 4096);
}

CsvWriter::~CsvWriter() = default;

QString CsvWriter::neutralised(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    switch (cell.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return QLatin1Char('\'') + cell;
    default:
        return cell;
    }
}

void CsvWriter::separate()
{
    if (m_rowStarted)
        m_out += ',';
    m_rowStarted = true;
}

void CsvWriter::raw(const QByteArray &utf8)
{
    if (!utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\r') && !utf8.contains('\n')) {
        m_out += utf8;
        return;
    }
    m_out += '"';
    for (const char c : utf8) {
        if (c == '"')
            m_out += '"';
        m_out += c;
    }
    m_out += '"';
}

void CsvWriter::text(const QString &cell)
{
    separate();
    raw(neutralised(cell).toUtf8());
}

void CsvWriter::number(qint64 value)
{
    separate();
    m_out += QByteArray::number(value);
}

void CsvWriter::number(std::optional<int> value)
{
    separate();
    if (value)
        m_out += QByteArray::number(*value);
}

void CsvWriter::endRow()
{
    m_out += "\r\n";
    m_rowStarted = false;
    if (m_out.size() >= kFlushAt)
        flush();
}

bool CsvWriter::flush()
{
    if (m_failed)
        return false;
    if (!m_out.isEmpty() && m_device.write(m_out) != m_out.size())
        m_failed = true;
    m_out.clear();
    return !m_failed;
}

} // namespace rapport::core::io
