// VCardReader: one property line taken apart (name, parameters, value) and its value decoded.

#include "VCardReader.h"

#include <cctype>

namespace rapport::core::io {
namespace {

bool isNameChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// The start of a line for a message, without control characters.
QString excerpt(const QByteArray &line)
{
    QString text = QString::fromUtf8(line.left(40));
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    return line.size() > 40 ? text + QStringLiteral("…") : text;
}

// Quoted-printable (RFC 2045): "=XX" is a byte, a "=" at the end a soft line break. The
// offset of a malformed "=" on failure.
std::optional<QByteArray> quotedPrintable(const QByteArray &raw, qsizetype &bad)
{
    QByteArray out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i] != '=') {
            out += raw[i];
            continue;
        }
        if (i + 1 == raw.size())
            break;
        const int high = hexDigit(raw[i + 1]);
        const int low = i + 2 < raw.size() ? hexDigit(raw[i + 2]) : -1;
        if (high < 0 || low < 0) {
            bad = i;
            return std::nullopt;
        }
        out += char(high * 16 + low);
        i += 2;
    }
    return out;
}

// Strict base64 with the white space of folded lines taken out.
std::optional<QByteArray> base64(QByteArrayView raw)
{
    QByteArray clean;
    clean.reserve(raw.size());
    for (const char c : raw) {
        if (c != ' ' && c != '\t')
            clean += c;
    }
    auto decoded = QByteArray::fromBase64Encoding(clean, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return std::move(decoded.decoded);
}

// Splits at `separator` where it is not escaped; the parts keep their escapes.
QStringList splitEscaped(const QString &value, QChar separator)
{
    QStringList parts { QString() };
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        if (c == QLatin1Char('\\') && i + 1 < value.size()) {
            parts.last() += c;
            parts.last() += value[++i];
        } else if (c == separator) {
            parts << QString();
        } else {
            parts.last() += c;
        }
    }
    return parts;
}

QString unescaped(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        if (c == QLatin1Char('\r')) { // line breaks become \n, however they were written
            out += QLatin1Char('\n');
            if (i + 1 < value.size() && value[i + 1] == QLatin1Char('\n'))
                ++i;
            continue;
        }
        if (c != QLatin1Char('\\') || i + 1 == value.size()) {
            out += c;
            continue;
        }
        const QChar next = value[++i];
        if (next == QLatin1Char('n') || next == QLatin1Char('N'))
            out += QLatin1Char('\n');
        else if (QStringLiteral(",;:\\").contains(next))
            out += next;
        else
            out += c + QString(next); // not an escape: kept as written
    }
    return out;
}

bool isEncodingWord(const QString &word)
{
    return word == QLatin1String("QUOTED-PRINTABLE") || word == QLatin1String("BASE64") || word == QLatin1String("B")
        || word == QLatin1String("8BIT") || word == QLatin1String("7BIT");
}

} // namespace

QStringList VCardProperty::param(const QString &wanted) const
{
    for (const auto &[key, values] : params) {
        if (key == wanted)
            return values;
    }
    return {};
}

bool VCardProperty::hasType(const QString &type) const
{
    if (type.compare(QLatin1String("pref"), Qt::CaseInsensitive) == 0 && !param(QStringLiteral("PREF")).isEmpty())
        return true;
    // A quoted list is one value: TYPE="voice,work".
    for (const QString &types : param(QStringLiteral("TYPE"))) {
        for (const QString &t : types.split(QLatin1Char(','))) {
            if (t.trimmed().compare(type, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

QString VCardProperty::text() const
{
    return unescaped(value);
}

QStringList VCardProperty::components() const
{
    QStringList parts = splitEscaped(value, QLatin1Char(';'));
    for (QString &part : parts)
        part = unescaped(part);
    return parts;
}

QStringList VCardProperty::items() const
{
    QStringList out;
    for (const QString &part : splitEscaped(value, QLatin1Char(','))) {
        const QString item = unescaped(part).trimmed();
        if (!item.isEmpty())
            out << item;
    }
    return out;
}

bool VCardReader::parse(const QByteArray &line, qint64 number, VCardProperty &p)
{
    p.line = number;
    const qsizetype n = line.size();
    const auto nameEnd = [&](qsizetype from) {
        while (from < n && isNameChar(line[from]))
            ++from;
        return from;
    };
    qsizetype i = 0;
    qsizetype end = nameEnd(0);
    if (end < n && line[end] == '.') {
        p.group = QString::fromLatin1(line.left(end));
        i = end + 1;
        end = nameEnd(i);
    }
    p.name = QString::fromLatin1(line.mid(i, end - i)).toUpper();
    i = end;
    const auto notAProperty
        = [&] { return fail(number, p.name, tr("\"%1\" is not a property written NAME:value").arg(excerpt(line))); };
    if (p.name.isEmpty() || i >= n || (line[i] != ';' && line[i] != ':'))
        return fail(number, {}, tr("\"%1\" is not a property written NAME:value").arg(excerpt(line)));
    while (line[i] == ';') {
        const qsizetype nameStart = ++i;
        i = nameEnd(i);
        QString key = QString::fromLatin1(line.mid(nameStart, i - nameStart)).toUpper();
        if (key.isEmpty())
            return notAProperty();
        QStringList values;
        if (i < n && line[i] == '=') {
            for (bool more = true; more;) {
                ++i;
                QByteArray value;
                if (i < n && line[i] == '"') {
                    const qsizetype close = line.indexOf('"', i + 1);
                    if (close < 0)
                        return fail(number, p.name, tr("a quoted parameter value is never closed; a \" is missing"));
                    value = line.mid(i + 1, close - i - 1);
                    i = close + 1;
                } else {
                    const qsizetype from = i;
                    while (i < n && line[i] != ',' && line[i] != ';' && line[i] != ':' && line[i] != '"')
                        ++i;
                    value = line.mid(from, i - from);
                }
                QString text = QString::fromUtf8(value);
                if (m_version == QLatin1String("4.0")) // RFC 6868
                    text.replace(QLatin1String("^n"), QLatin1String("\n"))
                        .replace(QLatin1String("^'"), QLatin1String("\""))
                        .replace(QLatin1String("^^"), QLatin1String("^"));
                values << text;
                more = i < n && line[i] == ',';
            }
        } else {
            values << key; // vCard 2.1: "TEL;WORK;VOICE:" and "NOTE;QUOTED-PRINTABLE:"
            key = isEncodingWord(key) ? QStringLiteral("ENCODING") : QStringLiteral("TYPE");
        }
        if (i >= n || (line[i] != ';' && line[i] != ':'))
            return notAProperty();
        const auto known
            = std::find_if(p.params.begin(), p.params.end(), [&](const auto &e) { return e.first == key; });
        if (known == p.params.end())
            p.params.append({ key, values });
        else
            known->second << values; // TYPE=WORK;TYPE=PREF
    }
    return decode(line.mid(i + 1), p);
}

bool VCardReader::decode(const QByteArray &raw, VCardProperty &p)
{
    const QString encoding = p.param(QStringLiteral("ENCODING")).value(0).trimmed().toUpper();
    QByteArray bytes;
    if (encoding.isEmpty() || encoding == QLatin1String("8BIT") || encoding == QLatin1String("7BIT")) {
        bytes = raw;
    } else if (encoding == QLatin1String("QUOTED-PRINTABLE")) {
        qsizetype bad = 0;
        auto decoded = quotedPrintable(raw, bad);
        if (!decoded)
            return fail(p.line, p.name,
                tr("the quoted-printable value is malformed at \"%1\"; after = come two hex digits")
                    .arg(QString::fromLatin1(raw.mid(bad, 3))));
        bytes = std::move(*decoded);
    } else if (encoding == QLatin1String("B") || encoding == QLatin1String("BASE64")) {
        auto decoded = base64(raw);
        if (!decoded)
            return fail(p.line, p.name, tr("the base64 value is malformed"));
        p.binary = std::move(*decoded);
        p.isBinary = true;
        return true;
    } else {
        return fail(p.line, p.name,
            tr("ENCODING=%1 is not one this import reads (QUOTED-PRINTABLE, B or BASE64)").arg(encoding.left(40)));
    }
    QByteArray charset = vcard::kUtf8;
    const QString declared = p.param(QStringLiteral("CHARSET")).value(0).trimmed();
    // A UTF-16 file is text already; what a card declares no longer applies to it.
    if (!declared.isEmpty() && !m_utf16) {
        auto named = vcard::charsetNamed(declared.toLatin1());
        if (!named)
            return fail(p.line, p.name,
                tr("CHARSET=%1 is not a character set this import knows; save the file as UTF-8")
                    .arg(declared.left(40)));
        charset = std::move(*named);
    }
    auto text = vcard::decodeCharset(bytes, charset);
    // vCard 2.1 has no default charset, and Outlook and older phones write their own
    // 8-bit text: Windows-1252 then, as mail readers do, and the import says so.
    if (!text && declared.isEmpty() && !m_utf16 && m_version == QLatin1String("2.1")) {
        text = vcard::decodeCharset(bytes, vcard::kWindows1252);
        p.readAsWindows1252 = text.has_value();
    }
    if (!text)
        return fail(p.line, p.name,
            declared.isEmpty() || m_utf16
                ? tr("the value is not valid UTF-8 and no CHARSET is declared; save the file as UTF-8")
                : tr("the value is not valid %1").arg(declared.left(40)));
    p.value = std::move(*text);
    static const QStringList kBinary
        = { QStringLiteral("PHOTO"), QStringLiteral("LOGO"), QStringLiteral("SOUND"), QStringLiteral("KEY") };
    if (kBinary.contains(p.name) && p.value.startsWith(QLatin1String("data:"), Qt::CaseInsensitive))
        return decodeDataUri(p);
    return true;
}

bool VCardReader::decodeDataUri(VCardProperty &p)
{
    // data:[media type][;base64],data (RFC 2397)
    const qsizetype comma = p.value.indexOf(QLatin1Char(','));
    if (comma < 0)
        return fail(p.line, p.name, tr("the data: URI has no \",\" before its data"));
    const QString meta = p.value.left(comma);
    const QByteArray data = QStringView(p.value).mid(comma + 1).toLatin1();
    if (meta.endsWith(QLatin1String(";base64"), Qt::CaseInsensitive)) {
        auto decoded = base64(data);
        if (!decoded)
            return fail(p.line, p.name, tr("the base64 data of the data: URI is malformed"));
        p.binary = std::move(*decoded);
    } else {
        p.binary = QByteArray::fromPercentEncoding(data);
    }
    p.value = meta;
    p.isBinary = true;
    return true;
}

} // namespace rapport::core::io
