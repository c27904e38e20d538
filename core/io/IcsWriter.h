#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTime>

class QIODevice;

namespace rapport::core::io {

// Writes iCalendar content lines (RFC 5545, section 3.1): UTF-8, each line ended by CRLF
// and folded so that no line is longer than 75 octets, never inside a UTF-8 sequence.
// Values are given already formatted (raw) or as TEXT, which is escaped here.
class IcsWriter final
{
public:
    static constexpr int kMaxLineOctets = 75;

    explicit IcsWriter(QIODevice &device)
        : m_device(device)
    {
    }
    IcsWriter(const IcsWriter &) = delete;
    IcsWriter &operator=(const IcsWriter &) = delete;

    // NAME[;PARAM=...]:VALUE with VALUE as given (a date, a number, a duration...).
    void raw(QByteArrayView nameAndParams, QByteArrayView value);
    // NAME:VALUE with VALUE escaped as TEXT.
    void text(QByteArrayView name, const QString &value);
    // NAME:V1,V2 with each value escaped as TEXT (a list such as CATEGORIES).
    void textList(QByteArrayView name, const QStringList &values);
    // BEGIN:NAME / END:NAME
    void begin(QByteArrayView component) { raw("BEGIN", component); }
    void end(QByteArrayView component) { raw("END", component); }

    // Whether a write to the device failed (the rest is then skipped).
    bool failed() const { return m_failed; }

    // TEXT escaping: backslash, semicolon and comma get a backslash, every line break
    // (CRLF, LF or CR) becomes \n, and other control characters but tab are left out,
    // since TEXT may not hold them.
    static QString escapeText(QStringView text);
    // The content line folded into CRLF-ended lines of at most 75 octets: a continuation
    // line starts with a space, which counts towards its 75.
    static QByteArray fold(QByteArrayView line);

    // 20250315 (a DATE value).
    static QByteArray date(const QDate &day);
    // 20250315T083000Z (a UTC DATE-TIME value), from any time spec.
    static QByteArray utcDateTime(const QDateTime &when);
    // PT9H, PT9H30M, PT15M, PT0S: a positive duration of whole minutes (seconds ignored).
    static QByteArray duration(const QTime &sinceMidnight);

private:
    void line(const QByteArray &content);

    QIODevice &m_device;
    bool m_failed = false;
};

} // namespace rapport::core::io
