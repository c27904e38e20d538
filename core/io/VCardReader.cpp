#include "VCardReader.h"

#include <QIODevice>

#include <algorithm>
#include <cctype>

namespace rapport::core::io {
namespace {

constexpr qsizetype kChunk = 1 << 16;
// Room for the name and parameters in front of a value of the largest size.
constexpr qint64 kHeadRoom = 4096;

bool isBlank(const QByteArray &line)
{
    return std::all_of(line.begin(), line.end(), [](char c) { return c == ' ' || c == '\t'; });
}

bool startsWithSpace(const QByteArray &line)
{
    return !line.isEmpty() && (line[0] == ' ' || line[0] == '\t');
}

// The property a line begins, "PHOTO" for "item1.photo;ENCODING=b:...", to name it in a
// message; empty when the line does not begin one.
QString propertyOf(const QByteArray &line)
{
    qsizetype i = 0, start = 0;
    const qsizetype n = std::min<qsizetype>(line.size(), 256);
    while (i < n
        && (std::isalnum(static_cast<unsigned char>(line[i])) || line[i] == '-' || line[i] == '_' || line[i] == '.')) {
        if (line[i] == '.')
            start = i + 1;
        ++i;
    }
    if (i == start || i >= n || (line[i] != ';' && line[i] != ':'))
        return {};
    return QString::fromLatin1(line.mid(start, i - start)).toUpper();
}

} // namespace

VCardReader::VCardReader(QIODevice &device)
    : VCardReader(device, Limits {})
{
}

VCardReader::VCardReader(QIODevice &device, Limits limits)
    : m_device(device)
    , m_limits(limits)
{
}

bool VCardReader::fail(qint64 line, const QString &property, const QString &text)
{
    if (m_problem.isEmpty()) {
        m_problem = text;
        m_problemLine = line;
        m_problemProperty = property;
    }
    m_eof = true;
    m_hasAhead = false;
    return false;
}

void VCardReader::detectUnicode()
{
    if (m_buffer.startsWith("\xEF\xBB\xBF")) {
        m_buffer.remove(0, 3);
    } else if (m_buffer.startsWith("\xFF\xFE") || m_buffer.startsWith("\xFE\xFF")) {
        m_littleEndian = m_buffer[0] == '\xFF';
        m_utf16 = true;
        m_buffer.remove(0, 2);
    } else if (m_buffer.startsWith(QByteArrayView("B\0E\0", 4)) || m_buffer.startsWith(QByteArrayView("\0B\0E", 4))) {
        // UTF-16 without a byte-order mark, as some Windows tools write it.
        m_littleEndian = m_buffer[0] == 'B';
        m_utf16 = true;
    }
}

bool VCardReader::fill()
{
    m_pos = 0;
    m_buffer.clear();
    while (m_buffer.isEmpty()) {
        m_buffer.resize(kChunk);
        const qint64 got = m_device.read(m_buffer.data(), kChunk);
        m_buffer.resize(qsizetype(std::max<qint64>(got, 0)));
        if (got < 0)
            return fail(m_line, {}, tr("the file could not be read: %1").arg(m_device.errorString()));
        if (got == 0) {
            m_eof = true;
            if (!m_oddByte.isEmpty() || m_highSurrogate)
                return fail(m_line, {}, tr("the file is not valid UTF-16"));
            return false;
        }
        m_read += got;
        if (m_read > m_limits.maxBytes)
            return fail(m_line, {}, tr("the file is larger than %1 MB").arg(m_limits.maxBytes >> 20));
        if (!m_started) {
            m_started = true;
            detectUnicode();
        }
        if (m_utf16 && !decodeUtf16())
            return false;
    }
    return true;
}

bool VCardReader::decodeUtf16()
{
    // By hand: Qt's decoder lets unpaired surrogates through. Lines are counted so that a
    // malformed one is reported with its number.
    QByteArray raw = m_oddByte + m_buffer;
    m_oddByte = raw.size() % 2 ? raw.right(1) : QByteArray();
    raw.chop(m_oddByte.size());
    QString text;
    text.reserve(raw.size() / 2 + 1);
    qint64 lines = 0;
    for (qsizetype i = 0; i < raw.size(); i += 2) {
        const auto first = static_cast<unsigned char>(raw[i]), second = static_cast<unsigned char>(raw[i + 1]);
        const char16_t unit = m_littleEndian ? char16_t(first | second << 8) : char16_t(second | first << 8);
        if (m_highSurrogate) {
            if (!QChar::isLowSurrogate(unit))
                return fail(m_line + lines, {}, tr("the file is not valid UTF-16"));
            text += QChar(m_highSurrogate);
            text += QChar(unit);
            m_highSurrogate = 0;
        } else if (QChar::isHighSurrogate(unit)) {
            m_highSurrogate = unit;
        } else if (QChar::isLowSurrogate(unit)) {
            return fail(m_line + lines, {}, tr("the file is not valid UTF-16"));
        } else {
            text += QChar(unit);
            lines += unit == u'\n';
        }
    }
    m_buffer = text.toUtf8();
    return true;
}

VCardReader::Got VCardReader::physical(QByteArray &line, qint64 &number, qint64 allowance)
{
    line.clear();
    number = m_line;
    for (;;) {
        if (m_pos >= m_buffer.size() && (m_eof || !fill())) {
            if (failed())
                return Got::Failed;
            return line.isEmpty() ? Got::End : Got::Line;
        }
        if (m_skipLf) {
            m_skipLf = false;
            if (m_buffer[m_pos] == '\n') {
                ++m_pos;
                continue;
            }
        }
        const char *data = m_buffer.constData() + m_pos;
        const qsizetype available = m_buffer.size() - m_pos;
        qsizetype i = 0;
        while (i < available && data[i] != '\n' && data[i] != '\r' && data[i] != '\0')
            ++i;
        line.append(data, i);
        m_pos += i;
        if (line.size() > allowance) {
            tooLong(line, number);
            return Got::Failed;
        }
        if (i == available)
            continue;
        ++m_pos;
        if (data[i] == '\0') {
            fail(m_line, propertyOf(line), tr("the file contains a NUL byte"));
            return Got::Failed;
        }
        m_skipLf = data[i] == '\r';
        ++m_line;
        return Got::Line;
    }
}

bool VCardReader::tooLong(const QByteArray &head, qint64 number)
{
    return fail(number, propertyOf(head),
        tr("the value is larger than %1 MB, more than a card may hold; it was not read")
            .arg(m_limits.maxValueBytes >> 20));
}

VCardReader::Got VCardReader::logical(QByteArray &out, qint64 &number)
{
    const qint64 limit = m_limits.maxValueBytes + kHeadRoom;
    for (;;) {
        if (!m_hasAhead) {
            if (const Got got = physical(m_ahead, m_aheadLine, limit); got != Got::Line)
                return got;
        }
        m_hasAhead = false;
        if (!isBlank(m_ahead))
            break;
    }
    out = m_ahead.trimmed();
    number = m_aheadLine;
    // Both are 2.1's: a quoted-printable line that ends in "=" goes on on the next one,
    // and base64 lines go on up to a blank one.
    const qsizetype colon = out.indexOf(':');
    const QByteArray head = out.left(colon < 0 ? 1024 : std::min<qsizetype>(colon, 1024)).toUpper();
    const bool quotedPrintable = head.contains("QUOTED-PRINTABLE");
    const bool base64Lines = head.contains("BASE64");
    for (;;) {
        const Got got = physical(m_ahead, m_aheadLine, limit);
        if (got == Got::Failed)
            return got;
        if (got == Got::End)
            return Got::Line;
        // A value that wrongly ends in "=" does not swallow the end of its card.
        if (quotedPrintable && out.endsWith('=') && !m_ahead.left(9).toUpper().startsWith("END:VCARD")) {
            out.chop(1);
            out += m_ahead;
        } else if (startsWithSpace(m_ahead) && !(base64Lines && isBlank(m_ahead))) {
            out.append(m_ahead.constData() + 1, m_ahead.size() - 1);
        } else if (base64Lines && !isBlank(m_ahead) && !m_ahead.contains(':')) {
            out += m_ahead;
        } else {
            m_hasAhead = true;
            return Got::Line;
        }
        if (out.size() > limit) {
            tooLong(out, number);
            return Got::Failed;
        }
    }
}

bool VCardReader::next(VCard &card)
{
    card = VCard {};
    if (failed())
        return false;
    bool inCard = false;
    qint64 cardBytes = 0;
    QByteArray line;
    qint64 number = 0;
    for (;;) {
        const Got got = logical(line, number);
        if (got == Got::Failed)
            return false;
        if (got == Got::End)
            break;
        VCardProperty property;
        if (!parse(line, number, property))
            return false;
        const QString &name = property.name;
        if (name == QLatin1String("BEGIN")) {
            if (property.text().trimmed().compare(QLatin1String("VCARD"), Qt::CaseInsensitive) != 0)
                return fail(number, name, tr("BEGIN:%1 does not begin a vCard").arg(property.text().left(40)));
            if (inCard)
                return fail(number, name,
                    tr("a card begins inside the card that begins on line %1; END:VCARD is missing before it")
                        .arg(card.line));
            if (++m_cards > m_limits.maxCards)
                return fail(number, {},
                    tr("the file has more than %1 cards; split it into smaller files").arg(m_limits.maxCards));
            inCard = true;
            card.line = number;
            card.version = m_version = QStringLiteral("3.0");
            continue;
        }
        if (name == QLatin1String("END")) {
            if (!inCard)
                return fail(number, name, tr("END:VCARD without a BEGIN:VCARD before it"));
            if (property.text().trimmed().compare(QLatin1String("VCARD"), Qt::CaseInsensitive) != 0)
                return fail(number, name, tr("END:%1 does not end a vCard").arg(property.text().left(40)));
            return true;
        }
        if (!inCard)
            return fail(number, name, tr("the property is outside a card; a card begins with BEGIN:VCARD"));
        cardBytes += line.size();
        if (cardBytes > m_limits.maxCardBytes)
            return fail(number, name,
                tr("the card that begins on line %1 is larger than %2 MB")
                    .arg(card.line)
                    .arg(m_limits.maxCardBytes >> 20));
        if (name == QLatin1String("VERSION")) {
            const QString version = property.text().trimmed();
            if (version != QLatin1String("2.1") && version != QLatin1String("3.0") && version != QLatin1String("4.0"))
                return fail(number, name,
                    tr("VERSION %1 is not one this import reads (2.1, 3.0 or 4.0)").arg(version.left(40)));
            card.version = m_version = version;
            continue;
        }
        if (card.properties.size() >= m_limits.maxProperties)
            return fail(number, name,
                tr("the card that begins on line %1 has more than %2 properties")
                    .arg(card.line)
                    .arg(m_limits.maxProperties));
        card.properties << std::move(property);
    }
    if (inCard)
        return fail(card.line, QStringLiteral("BEGIN"),
            tr("the card that begins here has no END:VCARD; the file may be cut short"));
    return false;
}

} // namespace rapport::core::io
