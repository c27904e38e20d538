#include "IcsWriter.h"

#include <QIODevice>
#include <QTimeZone>

namespace rapport::core::io {
namespace {

bool isUtf8Continuation(char byte)
{
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

} // namespace

void IcsWriter::raw(QByteArrayView nameAndParams, QByteArrayView value)
{
    QByteArray content;
    content.reserve(nameAndParams.size() + 1 + value.size());
    content.append(nameAndParams).append(':').append(value);
    line(content);
}

void IcsWriter::text(QByteArrayView name, const QString &value)
{
    raw(name, escapeText(value).toUtf8());
}

void IcsWriter::textList(QByteArrayView name, const QStringList &values)
{
    QStringList escaped;
    escaped.reserve(values.size());
    for (const QString &value : values)
        escaped << escapeText(value);
    raw(name, escaped.join(QLatin1Char(',')).toUtf8());
}

void IcsWriter::line(const QByteArray &content)
{
    if (m_failed)
        return;
    const QByteArray folded = fold(content);
    m_failed = m_device.write(folded) != folded.size();
}

QString IcsWriter::escapeText(QStringView text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        switch (c.unicode()) {
        case u'\\':
            out += u"\\\\";
            break;
        case u';':
            out += u"\\;";
            break;
        case u',':
            out += u"\\,";
            break;
        case u'\r':
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                ++i; // CRLF is one line break
            out += u"\\n";
            break;
        case u'\n':
            out += u"\\n";
            break;
        case u'\t':
            out += c;
            break;
        default:
            if (c.unicode() >= 0x20 && c.unicode() != 0x7F)
                out += c;
            break;
        }
    }
    return out;
}

QByteArray IcsWriter::fold(QByteArrayView line)
{
    QByteArray out;
    out.reserve(line.size() + line.size() / 70 * 3 + 2);
    qsizetype start = 0;
    qsizetype room = kMaxLineOctets; // the first line has 75 octets, the others a space and 74
    while (line.size() - start > room) {
        qsizetype cut = start + room;
        // Back up to the first byte of a UTF-8 sequence; one is at most 4 octets long.
        while (cut > start && isUtf8Continuation(line[cut]))
            --cut;
        out.append(line.sliced(start, cut - start)).append("\r\n ");
        start = cut;
        room = kMaxLineOctets - 1;
    }
    out.append(line.sliced(start)).append("\r\n");
    return out;
}

QByteArray IcsWriter::date(const QDate &day)
{
    return day.toString(QStringLiteral("yyyyMMdd")).toLatin1();
}

QByteArray IcsWriter::utcDateTime(const QDateTime &when)
{
    return when.toTimeZone(QTimeZone::utc()).toString(QStringLiteral("yyyyMMddTHHmmssZ")).toLatin1();
}

QByteArray IcsWriter::duration(const QTime &sinceMidnight)
{
    const int hours = sinceMidnight.hour();
    const int minutes = sinceMidnight.minute();
    if (hours == 0 && minutes == 0)
        return "PT0S";
    QByteArray out = "PT";
    if (hours > 0)
        out += QByteArray::number(hours) + 'H';
    if (minutes > 0)
        out += QByteArray::number(minutes) + 'M';
    return out;
}

} // namespace rapport::core::io
