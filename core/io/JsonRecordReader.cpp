#include "JsonRecordReader.h"

#include "domain/Day.h"

namespace rapport::core::io {
namespace {

using Token = JsonReader::Token;

// Strict YYYY-MM-DD without a regular expression: a million dates are read per import.
std::optional<QDate> isoDate(const QByteArray &text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    int parts[3] = { 0, 0, 0 };
    const int starts[3] = { 0, 5, 8 };
    const int lengths[3] = { 4, 2, 2 };
    for (int p = 0; p < 3; ++p) {
        for (int i = starts[p]; i < starts[p] + lengths[p]; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return std::nullopt;
            parts[p] = parts[p] * 10 + (text[i] - '0');
        }
    }
    const QDate date(parts[0], parts[1], parts[2]);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

} // namespace

QString JsonRecordReader::tokenName(JsonReader::Token token)
{
    switch (token) {
    case Token::BeginObject:
        return tr("an object");
    case Token::BeginArray:
        return tr("an array");
    case Token::String:
        return tr("a text");
    case Token::Number:
        return tr("a number");
    case Token::True:
    case Token::False:
        return tr("true or false");
    case Token::Null:
        return tr("null");
    default:
        return tr("nothing");
    }
}

JsonRecordReader::JsonRecordReader(JsonReader &json, const Clock &clock)
    : m_json(json)
    , m_clock(clock)
{
}

void JsonRecordReader::setRecord(const char *section, qint64 index)
{
    m_section = section;
    m_index = index;
}

QString JsonRecordReader::recordName() const
{
    return m_index < 0 ? QString::fromLatin1(m_section)
                       : QStringLiteral("%1[%2]").arg(QLatin1String(m_section)).arg(m_index);
}

bool JsonRecordReader::fail(const QString &message)
{
    m_problem = JsonProblem { recordName(), QString(), m_recordLine, 0, message };
    return false;
}

bool JsonRecordReader::failField(const QString &message)
{
    const QString field = m_field >= 0 ? QString::fromLatin1(m_names[m_field]) : QString();
    m_problem = JsonProblem { recordName(), field, lineOf(field), 0, message };
    return false;
}

bool JsonRecordReader::typeError(const QString &expected)
{
    return failField(tr("must be %1, not %2").arg(expected, tokenName(m_json.token())));
}

JsonProblem JsonRecordReader::readerProblem() const
{
    const JsonReader::Position &at = m_json.problemPosition();
    return JsonProblem { recordName(), QString(), at.line, at.column, m_json.problemText() };
}

JsonProblem JsonRecordReader::invalid(const Error &error) const
{
    return JsonProblem { recordName(), error.field, lineOf(error.field), 0, error.message };
}

qint64 JsonRecordReader::lineOf(const QString &field) const
{
    const QString name = field.section(QLatin1Char('.'), 0, 0);
    for (std::size_t i = 0; i < m_nameCount; ++i) {
        if (name == QLatin1String(m_names[i]) && m_lines[i] > 0)
            return m_lines[i];
    }
    return m_recordLine;
}
bool JsonRecordReader::integer(qint64 &out)
{
    if (m_json.token() != Token::Number)
        return typeError(tr("a whole number"));
    const QByteArray &text = m_json.text();
    if (text.contains('.') || text.contains('e') || text.contains('E'))
        return failField(tr("must be a whole number, not %1").arg(QString::fromLatin1(text)));
    bool ok = false;
    out = text.toLongLong(&ok);
    if (!ok)
        return failField(tr("the number %1 is out of range").arg(QString::fromLatin1(text)));
    return true;
}

bool JsonRecordReader::id(Id &out)
{
    if (!integer(out))
        return false;
    if (out < 1)
        return failField(tr("must be a positive whole number, not %1").arg(out));
    return true;
}

bool JsonRecordReader::optionalInt(std::optional<int> &out, qint64 min, qint64 max)
{
    if (m_json.token() == Token::Null) {
        out.reset();
        return true;
    }
    qint64 value = 0;
    if (!integer(value))
        return false;
    if (value < min || value > max)
        return failField(tr("must be between %1 and %2, not %3").arg(min).arg(max).arg(value));
    out = int(value);
    return true;
}

bool JsonRecordReader::text(QString &out, bool required)
{
    if (m_json.token() == Token::String) {
        out = m_json.string();
        return true;
    }
    if (m_json.token() == Token::Null && !required) {
        out.clear();
        return true;
    }
    return typeError(required ? tr("a text") : tr("a text or null"));
}

bool JsonRecordReader::date(QDate &out)
{
    if (m_json.token() != Token::String)
        return typeError(tr("a date written YYYY-MM-DD"));
    const auto parsed = isoDate(m_json.text());
    if (!parsed)
        return failField(tr("\"%1\" is not a date written YYYY-MM-DD").arg(m_json.string()));
    out = *parsed;
    return true;
}

bool JsonRecordReader::optionalDate(std::optional<QDate> &out)
{
    if (m_json.token() == Token::Null) {
        out.reset();
        return true;
    }
    QDate value;
    if (!date(value))
        return false;
    out = value;
    return true;
}

bool JsonRecordReader::time(std::optional<QTime> &out)
{
    if (m_json.token() == Token::Null) {
        out.reset();
        return true;
    }
    if (m_json.token() != Token::String)
        return typeError(tr("a time written HH:MM"));
    const QByteArray &t = m_json.text();
    const auto digit = [&t](int i) { return t[i] >= '0' && t[i] <= '9' ? t[i] - '0' : 99; };
    const int hour = t.size() == 5 && t[2] == ':' ? digit(0) * 10 + digit(1) : 99;
    const int minute = t.size() == 5 ? digit(3) * 10 + digit(4) : 99;
    if (hour > 23 || minute > 59)
        return failField(tr("\"%1\" is not a time written HH:MM").arg(m_json.string()));
    out = QTime(hour, minute);
    return true;
}

bool JsonRecordReader::boolean(bool &out)
{
    if (m_json.token() != Token::True && m_json.token() != Token::False && m_json.token() != Token::Null)
        return typeError(tr("true or false"));
    out = m_json.token() == Token::True;
    return true;
}

bool JsonRecordReader::birthday(std::optional<Birthday> &out)
{
    if (m_json.token() == Token::Null) {
        out.reset();
        return true;
    }
    if (m_json.token() != Token::String)
        return typeError(tr("a birthday written YYYY-MM-DD or --MM-DD"));
    out = Birthday::parse(m_json.string());
    if (!out)
        return failField(tr("\"%1\" is not a birthday written YYYY-MM-DD or --MM-DD").arg(m_json.string()));
    return true;
}

bool JsonRecordReader::photo(QByteArray &out)
{
    if (m_json.token() == Token::Null) {
        out.clear();
        return true;
    }
    if (m_json.token() != Token::String)
        return typeError(tr("a PNG image in base64"));
    auto decoded = QByteArray::fromBase64Encoding(m_json.text(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return failField(tr("is not valid base64"));
    out = std::move(*decoded);
    return true;
}

bool JsonRecordReader::texts(QStringList &out)
{
    out.clear();
    if (m_json.token() == Token::Null)
        return true;
    if (m_json.token() != Token::BeginArray)
        return typeError(tr("an array of texts"));
    for (Token t = m_json.next(); t != Token::EndArray; t = m_json.next()) {
        if (t == Token::Invalid) {
            m_problem = readerProblem();
            return false;
        }
        if (t != Token::String)
            return typeError(tr("a text in the array"));
        if (out.size() >= kMaxArray)
            return failField(tr("has more than %1 values").arg(kMaxArray));
        out << m_json.string();
    }
    return true;
}

bool JsonRecordReader::ids(QList<Id> &out)
{
    out.clear();
    if (m_json.token() != Token::BeginArray)
        return typeError(tr("an array of ids"));
    for (Token t = m_json.next(); t != Token::EndArray; t = m_json.next()) {
        if (t == Token::Invalid) {
            m_problem = readerProblem();
            return false;
        }
        if (out.size() >= kMaxArray)
            return failField(tr("has more than %1 values").arg(kMaxArray));
        Id value = 0;
        if (!id(value))
            return false;
        out << value;
    }
    return true;
}

bool JsonRecordReader::renegotiations(QList<Renegotiation> &out)
{
    out.clear();
    if (m_json.token() == Token::Null)
        return true;
    if (m_json.token() != Token::BeginArray)
        return typeError(tr("an array of {\"from\", \"to\", \"on\"}"));
    for (Token t = m_json.next(); t != Token::EndArray; t = m_json.next()) {
        if (t == Token::Invalid) {
            m_problem = readerProblem();
            return false;
        }
        if (t != Token::BeginObject)
            return typeError(tr("an object {\"from\", \"to\", \"on\"}"));
        if (out.size() >= kMaxArray)
            return failField(tr("has more than %1 values").arg(kMaxArray));
        const QString at = QStringLiteral("[%1]").arg(out.size());
        Renegotiation move;
        QDate *const parts[] = { &move.from, &move.to, &move.on };
        const char *const names[] = { "from", "to", "on" };
        for (Token n = m_json.next(); n != Token::EndObject; n = m_json.next()) {
            if (n != Token::Name) {
                m_problem = readerProblem();
                return false;
            }
            int index = -1;
            for (int i = 0; i < 3; ++i) {
                if (m_json.text() == names[i])
                    index = i;
            }
            if (index < 0) {
                if (!m_json.skipNextValue()) {
                    m_problem = readerProblem();
                    return false;
                }
                continue;
            }
            if (m_json.next() == Token::Invalid) {
                m_problem = readerProblem();
                return false;
            }
            if (!date(*parts[index])) {
                m_problem.message
                    = QStringLiteral("renegotiations%1.%2: %3").arg(at, QLatin1String(names[index]), m_problem.message);
                return false;
            }
        }
        for (int i = 0; i < 3; ++i) {
            if (!parts[i]->isValid())
                return failField(
                    tr("the field \"%1\" of renegotiations%2 is missing").arg(QLatin1String(names[i]), at));
        }
        out << move;
    }
    return true;
}

} // namespace rapport::core::io
