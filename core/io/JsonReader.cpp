#include "JsonReader.h"

#include <QIODevice>

#include <utility>

namespace rapport::core::io {
namespace {

constexpr qsizetype kChunk = 1 << 16;
constexpr int kEof = -1;
constexpr qsizetype kMaxNumberLength = 64;

bool isDigit(int c)
{
    return c >= '0' && c <= '9';
}

} // namespace

JsonReader::JsonReader(QIODevice &device)
    : JsonReader(device, Limits {})
{
}

JsonReader::JsonReader(QIODevice &device, Limits limits)
    : m_device(device)
    , m_limits(limits)
{
    m_bufferOffset = device.pos();
}

JsonReader::~JsonReader() = default;

bool JsonReader::seek(const Position &at)
{
    if (m_device.isSequential() || !m_device.seek(at.offset))
        return false;
    m_buffer.clear();
    m_size = 0;
    m_pos = 0;
    m_bufferOffset = at.offset;
    m_line = at.line;
    m_column = at.column;
    m_eof = false;
    m_partial = true;
    m_stack.clear();
    m_expect = Expect::Value;
    m_token = Token::Invalid;
    m_problem = Problem::None;
    m_problemText.clear();
    return true;
}

bool JsonReader::fill()
{
    if (m_eof)
        return false;
    m_bufferOffset += m_size;
    m_pos = 0;
    m_buffer.resize(kChunk);
    const qint64 got = m_device.read(m_buffer.data(), kChunk);
    if (got < 0) {
        m_buffer.clear();
        m_size = 0;
        m_eof = true;
        fail(Problem::Read, tr("the file could not be read: %1").arg(m_device.errorString()));
        return false;
    }
    m_buffer.resize(qsizetype(got));
    m_data = m_buffer.constData();
    m_size = m_buffer.size();
    if (got == 0) {
        m_eof = true;
        return false;
    }
    if (m_bufferOffset + got > m_limits.maxBytes) {
        m_eof = true;
        fail(Problem::TooLarge, tr("the file is larger than %1 MB").arg(m_limits.maxBytes >> 20));
        return false;
    }
    return true;
}

JsonReader::Position JsonReader::here() const
{
    return { m_bufferOffset + m_pos, m_line, m_column };
}

int JsonReader::skipWhitespace()
{
    for (;;) {
        while (m_pos < m_size) {
            const char c = m_data[m_pos];
            if (c == ' ' || c == '\t' || c == '\r') {
                ++m_pos;
                ++m_column;
            } else if (c == '\n') {
                ++m_pos;
                ++m_line;
                m_column = 1;
            } else {
                return static_cast<unsigned char>(c);
            }
        }
        if (!fill())
            return kEof;
    }
}

JsonReader::Token JsonReader::fail(Problem problem, const QString &text)
{
    if (m_problem == Problem::None) {
        // A NUL where something else was expected is named as what it is.
        if (problem == Problem::Syntax && m_pos < m_size && m_data[m_pos] == '\0')
            return fail(Problem::NulByte, tr("the file contains a NUL byte"));
        m_problem = problem;
        m_problemText = text;
        m_problemAt = here();
    }
    m_token = Token::Invalid;
    return m_token;
}

QString JsonReader::describe(int c)
{
    if (c == kEof)
        return tr("the end of the file");
    if (c >= 0x21 && c < 0x7F)
        return QStringLiteral("\"%1\"").arg(QChar(c));
    return tr("the byte 0x%1").arg(c, 2, 16, QLatin1Char('0'));
}

JsonReader::Token JsonReader::next()
{
    if (m_problem != Problem::None)
        return Token::Invalid;
    for (;;) {
        const int c = skipWhitespace();
        if (m_problem != Problem::None)
            return Token::Invalid;
        m_start = here();
        if (c == 0)
            return fail(Problem::NulByte, tr("the file contains a NUL byte"));
        switch (m_expect) {
        case Expect::Done:
            if (m_partial || c == kEof)
                return m_token = Token::End;
            return fail(Problem::Syntax, tr("unexpected %1 after the end of the document").arg(describe(c)));
        case Expect::CommaOrEnd:
            if (c == ',') {
                advance();
                m_expect = m_stack.back() ? Expect::Value : Expect::Name;
                continue;
            }
            if (c == '}' || c == ']')
                return endContainer(c);
            return fail(Problem::Syntax,
                m_stack.back() ? tr("expected \",\" or \"]\" but found %1").arg(describe(c))
                               : tr("expected \",\" or \"}\" but found %1").arg(describe(c)));
        case Expect::NameOrEnd:
            if (c == '}')
                return endContainer(c);
            [[fallthrough]];
        case Expect::Name:
            if (c != '"')
                return fail(
                    Problem::Syntax, tr("expected a field name in double quotes but found %1").arg(describe(c)));
            if (!readString())
                return Token::Invalid;
            if (const int colon = skipWhitespace(); colon != ':') {
                if (m_problem != Problem::None)
                    return Token::Invalid;
                return fail(
                    Problem::Syntax, tr("expected \":\" after the field name but found %1").arg(describe(colon)));
            }
            advance();
            m_expect = Expect::Value;
            return m_token = Token::Name;
        case Expect::ValueOrEnd:
            if (c == ']')
                return endContainer(c);
            [[fallthrough]];
        case Expect::Value:
            break;
        }
        switch (c) {
        case '{':
            return beginContainer(false);
        case '[':
            return beginContainer(true);
        case '"':
            return readString() ? valueDone(Token::String) : Token::Invalid;
        case 't':
            return readLiteral("true") ? valueDone(Token::True) : Token::Invalid;
        case 'f':
            return readLiteral("false") ? valueDone(Token::False) : Token::Invalid;
        case 'n':
            return readLiteral("null") ? valueDone(Token::Null) : Token::Invalid;
        default:
            if (c == '-' || isDigit(c))
                return readNumber() ? valueDone(Token::Number) : Token::Invalid;
            if (c == kEof)
                return fail(Problem::Syntax, tr("the file ends where a value was expected"));
            return fail(Problem::Syntax, tr("expected a value but found %1").arg(describe(c)));
        }
    }
}

JsonReader::Token JsonReader::beginContainer(bool array)
{
    if (int(m_stack.size()) >= m_limits.maxDepth)
        return fail(Problem::TooDeep, tr("the data is nested more than %1 levels deep").arg(m_limits.maxDepth));
    advance();
    m_stack.push_back(array);
    m_expect = array ? Expect::ValueOrEnd : Expect::NameOrEnd;
    return m_token = array ? Token::BeginArray : Token::BeginObject;
}

JsonReader::Token JsonReader::endContainer(int c)
{
    const bool array = c == ']';
    if (m_stack.back() != array)
        return fail(Problem::Syntax,
            tr("found %1 where \"%2\" closes the %3")
                .arg(describe(c), m_stack.back() ? QStringLiteral("]") : QStringLiteral("}"),
                    m_stack.back() ? tr("array") : tr("object")));
    advance();
    m_stack.pop_back();
    m_text.clear();
    return valueDone(array ? Token::EndArray : Token::EndObject);
}

JsonReader::Token JsonReader::valueDone(Token token)
{
    m_expect = m_stack.empty() ? Expect::Done : Expect::CommaOrEnd;
    return m_token = token;
}

bool JsonReader::readLiteral(const char *word)
{
    for (const char *p = word; *p; ++p) {
        const int c = peek();
        if (c != *p) {
            fail(Problem::Syntax, tr("expected %1 but found %2").arg(QLatin1String(word), describe(c)));
            return false;
        }
        advance();
    }
    m_text.clear();
    return true;
}

bool JsonReader::readNumber()
{
    // Collected on the stack: a million ids are read per import.
    char number[kMaxNumberLength + 2];
    qsizetype length = 0;
    const auto take = [&] {
        if (length <= kMaxNumberLength)
            number[length] = char(peek());
        ++length;
        advance();
    };
    const auto digits = [&] {
        if (!isDigit(peek()))
            return false;
        while (isDigit(peek()) && length <= kMaxNumberLength)
            take();
        return true;
    };
    if (peek() == '-')
        take();
    if (peek() == '0')
        take();
    else if (!digits()) {
        fail(Problem::Syntax, tr("expected a digit but found %1").arg(describe(peek())));
        return false;
    }
    if (peek() == '.') {
        take();
        if (!digits()) {
            fail(Problem::Syntax, tr("expected a digit after the decimal point but found %1").arg(describe(peek())));
            return false;
        }
    }
    if (peek() == 'e' || peek() == 'E') {
        take();
        if (peek() == '+' || peek() == '-')
            take();
        if (!digits()) {
            fail(Problem::Syntax, tr("expected a digit in the exponent but found %1").arg(describe(peek())));
            return false;
        }
    }
    if (length > kMaxNumberLength) {
        fail(Problem::TooLong, tr("a number is longer than %1 characters").arg(kMaxNumberLength));
        return false;
    }
    m_text = QByteArray(number, length);
    const int after = peek();
    if (isDigit(after) || after == '.' || (after >= 'A' && after <= 'Z') || (after >= 'a' && after <= 'z')) {
        fail(Problem::Syntax, tr("unexpected %1 in a number").arg(describe(after)));
        return false;
    }
    return true;
}

bool JsonReader::skipValue()
{
    if (m_token != Token::BeginObject && m_token != Token::BeginArray)
        return m_token != Token::Invalid;
    const bool skipping = std::exchange(m_skipping, true);
    const int depth = int(m_stack.size());
    bool ok = true;
    while (ok && int(m_stack.size()) >= depth)
        ok = next() != Token::Invalid;
    m_skipping = skipping;
    return ok;
}

bool JsonReader::skipNextValue()
{
    const bool skipping = std::exchange(m_skipping, true);
    const bool ok = next() != Token::Invalid && skipValue();
    m_skipping = skipping;
    return ok;
}

} // namespace rapport::core::io
