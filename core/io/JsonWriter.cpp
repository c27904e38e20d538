#include "JsonWriter.h"

#include <QIODevice>
#include <QLocale>

#include <cmath>

namespace rapport::core::io {
namespace {

constexpr qsizetype kFlushAt = 1 << 16;
// Containers down to this depth put each element on a line of its own.
constexpr std::size_t kMultiLineDepth = 2;

} // namespace

JsonWriter::JsonWriter(QIODevice *device)
    : m_device(device)
{
    m_out.reserve(kFlushAt + 4096);
}

JsonWriter::~JsonWriter() = default;

void JsonWriter::separate()
{
    Level &level = m_levels.back();
    if (m_levels.size() <= kMultiLineDepth) {
        m_out += level.empty ? "\n" : ",\n";
        m_out += QByteArray(qsizetype(m_levels.size() * 2), ' ');
    } else if (!level.empty) {
        m_out += ", ";
    }
    level.empty = false;
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_levels.empty())
        separate(); // an element of an array
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out += '{';
    m_levels.push_back({ false, true });
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out += '[';
    m_levels.push_back({ true, true });
}

void JsonWriter::endObject()
{
    const bool empty = m_levels.back().empty;
    if (m_levels.size() <= kMultiLineDepth && !empty) {
        m_out += '\n';
        m_out += QByteArray(qsizetype((m_levels.size() - 1) * 2), ' ');
    }
    m_out += m_levels.back().array ? ']' : '}';
    m_levels.pop_back();
    maybeFlush();
}

void JsonWriter::endArray()
{
    endObject(); // the same layout; the bracket follows the level's kind
}

JsonWriter &JsonWriter::key(const char *name)
{
    separate();
    m_out += '"';
    m_out += name;
    m_out += "\": ";
    m_afterKey = true;
    return *this;
}

void JsonWriter::string(const QString &text)
{
    beforeValue();
    const QByteArray utf8 = text.toUtf8();
    m_out += '"';
    // Runs of bytes that need no escape are copied at once.
    const char *run = utf8.constData();
    const char *const end = run + utf8.size();
    for (const char *p = run; p != end; ++p) {
        const auto byte = static_cast<unsigned char>(*p);
        if (byte >= 0x20 && byte != '"' && byte != '\\')
            continue;
        m_out.append(run, p - run);
        run = p + 1;
        switch (byte) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\r':
            m_out += "\\r";
            break;
        case '\t':
            m_out += "\\t";
            break;
        case '\b':
            m_out += "\\b";
            break;
        case '\f':
            m_out += "\\f";
            break;
        default:
            m_out += "\\u00" + QByteArray::number(byte, 16).rightJustified(2, '0');
        }
    }
    m_out.append(run, end - run);
    m_out += '"';
    maybeFlush();
}

void JsonWriter::stringOrNull(const QString &text)
{
    if (text.isEmpty())
        null();
    else
        string(text);
}

void JsonWriter::integer(qint64 value)
{
    beforeValue();
    m_out += QByteArray::number(value);
}

void JsonWriter::number(std::optional<double> value)
{
    beforeValue();
    if (!value || !std::isfinite(*value))
        m_out += "null";
    else
        m_out += QByteArray::number(*value, 'g', QLocale::FloatingPointShortest);
}

void JsonWriter::boolean(bool value)
{
    beforeValue();
    m_out += value ? "true" : "false";
}

void JsonWriter::null()
{
    beforeValue();
    m_out += "null";
}

bool JsonWriter::finish()
{
    m_out += '\n';
    return flush();
}

void JsonWriter::maybeFlush()
{
    if (m_device && m_out.size() >= kFlushAt)
        flush();
}

bool JsonWriter::flush()
{
    if (!m_device || m_failed)
        return !m_failed;
    if (!m_out.isEmpty() && m_device->write(m_out) != m_out.size())
        m_failed = true;
    m_out.clear();
    return !m_failed;
}

} // namespace rapport::core::io
