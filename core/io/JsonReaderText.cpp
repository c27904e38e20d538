#include "JsonReader.h"

// Texts: escapes, surrogate pairs and UTF-8, checked byte by byte.

namespace rapport::core::io {
namespace {

constexpr int kEof = -1;

int hexValue(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

void JsonReader::appendCodePoint(char32_t code)
{
    const QString text = QString::fromUcs4(&code, 1);
    m_text += text.toUtf8();
}

bool JsonReader::readString()
{
    advance(); // the opening quote
    m_text.clear();
    for (;;) {
        // The plain run of bytes first, copied at once.
        const qsizetype from = m_pos;
        while (m_pos < m_size) {
            const auto byte = static_cast<unsigned char>(m_data[m_pos]);
            if (byte == '"' || byte == '\\' || byte < 0x20 || byte >= 0x80)
                break;
            ++m_pos;
        }
        if (m_pos > from) {
            m_column += m_pos - from;
            if (!m_skipping)
                m_text.append(m_data + from, m_pos - from);
        }
        if (m_text.size() > m_limits.maxStringBytes) {
            fail(Problem::TooLong, tr("a text is longer than %1 bytes").arg(m_limits.maxStringBytes));
            return false;
        }
        const int c = peek();
        if (c == kEof) {
            if (m_problem == Problem::None)
                fail(Problem::Syntax, tr("the file ends inside a text; a closing \" is missing"));
            return false;
        }
        if (c == '"') {
            advance();
            return true;
        }
        if (c == 0) {
            fail(Problem::NulByte, tr("the file contains a NUL byte"));
            return false;
        }
        if (c == '\n') {
            fail(Problem::Syntax,
                tr("a text runs on to the next line: a closing \" is missing, or a line break must be written \\n"));
            return false;
        }
        if (c < 0x20) {
            fail(Problem::Syntax,
                tr("a text contains the control character 0x%1; write it as an escape such as \\n")
                    .arg(c, 2, 16, QLatin1Char('0')));
            return false;
        }
        if (c == '\\') {
            if (!readEscape())
                return false;
        } else if (c >= 0x80) {
            if (!readUtf8Sequence(static_cast<unsigned char>(c)))
                return false;
        }
        if (m_skipping)
            m_text.clear(); // the escapes and characters just checked are not kept
    }
}

bool JsonReader::readEscape()
{
    advance(); // the backslash
    const int c = peek();
    const auto simple = [&](char out) {
        advance();
        m_text += out;
        return true;
    };
    switch (c) {
    case '"':
        return simple('"');
    case '\\':
        return simple('\\');
    case '/':
        return simple('/');
    case 'b':
        return simple('\b');
    case 'f':
        return simple('\f');
    case 'n':
        return simple('\n');
    case 'r':
        return simple('\r');
    case 't':
        return simple('\t');
    case 'u':
        break;
    default:
        fail(Problem::Syntax, tr("unknown escape \\%1 in a text").arg(c == kEof ? QString() : QString(QChar(c))));
        return false;
    }
    const auto hex4 = [this]() -> int {
        int value = 0;
        for (int i = 0; i < 4; ++i) {
            const int digit = hexValue(peek());
            if (digit < 0)
                return -1;
            advance();
            value = value * 16 + digit;
        }
        return value;
    };
    advance(); // u
    const int unit = hex4();
    if (unit < 0) {
        fail(Problem::Syntax, tr("\\u must be followed by four hexadecimal digits"));
        return false;
    }
    if (unit == 0) {
        fail(Problem::NulByte, tr("a text contains \\u0000 (a NUL character)"));
        return false;
    }
    char32_t code = char32_t(unit);
    if (unit >= 0xDC00 && unit <= 0xDFFF) {
        fail(Problem::InvalidUtf8, tr("a text contains a lone low surrogate \\u%1").arg(unit, 4, 16, QLatin1Char('0')));
        return false;
    }
    if (unit >= 0xD800 && unit <= 0xDBFF) {
        // A high surrogate must be followed by an escaped low one.
        int low = -1;
        if (peek() == '\\') {
            advance();
            if (peek() == 'u') {
                advance();
                low = hex4();
            }
        }
        if (low < 0xDC00 || low > 0xDFFF) {
            fail(Problem::InvalidUtf8,
                tr("a text contains a lone high surrogate \\u%1").arg(unit, 4, 16, QLatin1Char('0')));
            return false;
        }
        code = 0x10000 + ((char32_t(unit) - 0xD800) << 10) + (char32_t(low) - 0xDC00);
    }
    appendCodePoint(code);
    return true;
}

bool JsonReader::readUtf8Sequence(unsigned char lead)
{
    // Well-formed UTF-8 only (RFC 3629): no overlong forms, no surrogates, nothing past U+10FFFF.
    int length = 0;
    char32_t code = 0;
    char32_t minimum = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        code = lead & 0x1F;
        minimum = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        code = lead & 0x0F;
        minimum = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        code = lead & 0x07;
        minimum = 0x10000;
    }
    const auto invalid = [this] {
        fail(Problem::InvalidUtf8, tr("the file is not valid UTF-8"));
        return false;
    };
    if (length == 0)
        return invalid();
    QByteArray bytes(1, char(lead));
    advance();
    for (int i = 1; i < length; ++i) {
        const int c = peek();
        if (c == kEof || (c & 0xC0) != 0x80)
            return invalid();
        code = (code << 6) | char32_t(c & 0x3F);
        bytes += char(c);
        advance();
    }
    if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        return invalid();
    m_text += bytes;
    return true;
}

} // namespace rapport::core::io
