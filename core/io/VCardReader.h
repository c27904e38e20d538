#pragma once

#include "VCardCharsets.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

class QIODevice;

namespace rapport::core::io {

// One property of a card ("item1.EMAIL;TYPE=work,pref:ana@example.com"), decoded.
struct VCardProperty
{
    qint64 line = 0; // where it begins
    QString group; // "item1", empty when there is none
    QString name; // upper case: "EMAIL"
    // Upper-case names with their values as written, unquoted. vCard 2.1's bare parameters
    // are filed as a 2.1 reader means them: "WORK" under TYPE, "QUOTED-PRINTABLE" under ENCODING.
    QList<std::pair<QString, QStringList>> params;
    // The value with its encoding and charset undone but its backslash escapes kept, so
    // structured values can still be split; text() and the others take them off.
    QString value;
    // The bytes of a base64 value (ENCODING=b or BASE64) or of a data: URI.
    QByteArray binary;
    bool isBinary = false;
    // vCard 2.1 text without a CHARSET that was not UTF-8, read as Windows-1252.
    bool readAsWindows1252 = false;

    // Every value of the parameter, in the order written.
    QStringList param(const QString &name) const;
    // TYPE holds `type` (any case); "pref" also when PREF= is given.
    bool hasType(const QString &type) const;
    // The value unescaped (\n \, \; \\), its line breaks written \n however they came.
    QString text() const;
    // A structured value (N, ORG) split at ";", each part unescaped.
    QStringList components() const;
    // A list value (CATEGORIES) split at ",", each item unescaped and trimmed, empty ones left out.
    QStringList items() const;
};

struct VCard
{
    qint64 line = 0; // of its BEGIN:VCARD
    QString version; // "2.1", "3.0" or "4.0"; "3.0" when the card does not say
    QList<VCardProperty> properties; // in order, without BEGIN, END and VERSION
};

// Reads vCard 2.1, 3.0 and 4.0 (RFC 2426, RFC 6350) one card at a time from a device, in
// memory proportional to one card: lines ending in CRLF, LF or CR; folded lines (a line
// break and a space or tab); vCard 2.1's quoted-printable soft line breaks and its base64
// lines up to a blank one; groups; parameters quoted, in lists, repeated or bare (2.1);
// RFC 6868 escapes in 4.0 parameters; ENCODING=QUOTED-PRINTABLE, B and BASE64; CHARSET
// (see VCardCharsets); data: URIs in PHOTO, LOGO, SOUND and KEY; a UTF-8 byte-order mark,
// and UTF-16 files (with a byte-order mark, or recognised by "BEGIN" in UTF-16).
// 2.1 text without a CHARSET that is not UTF-8 is read as Windows-1252 (and marked so).
// Refused with the line and the property: NUL bytes, text that is not UTF-8 where no
// charset is declared (3.0, 4.0), an unknown charset or encoding, bad quoted-printable or base64,
// BEGIN:VCARD inside a card, END:VCARD outside one, a card never ended, a line that is
// not NAME[;params]:value, a VERSION other than 2.1, 3.0 or 4.0, and anything beyond the
// limits (a value is refused as soon as it grows past the limit, before it is decoded).
class VCardReader final
{
    Q_DECLARE_TR_FUNCTIONS(VCardReader)

public:
    struct Limits
    {
        qint64 maxBytes = qint64(256) << 20; // the file
        qint64 maxValueBytes = qint64(8) << 20; // one property, as written
        qint64 maxCardBytes = qint64(16) << 20; // one card, as written
        int maxProperties = 1000; // in one card
        qint64 maxCards = 10'000;
    };

    explicit VCardReader(QIODevice &device);
    VCardReader(QIODevice &device, Limits limits);

    // The next card; false at the end of the file or on a problem.
    bool next(VCard &card);
    qint64 cards() const { return m_cards; }
    // Bytes taken from the device so far, for progress.
    qint64 bytesRead() const { return m_read; }

    bool failed() const { return !m_problem.isEmpty(); }
    const QString &problem() const { return m_problem; }
    qint64 problemLine() const { return m_problemLine; }
    const QString &problemProperty() const { return m_problemProperty; } // may be empty

private:
    enum class Got { Line, End, Failed };
    bool fail(qint64 line, const QString &property, const QString &text);
    bool fill();
    void detectUnicode();
    bool decodeUtf16();
    Got physical(QByteArray &line, qint64 &number, qint64 allowance);
    Got logical(QByteArray &line, qint64 &number);
    bool tooLong(const QByteArray &head, qint64 number);
    bool parse(const QByteArray &line, qint64 number, VCardProperty &property);
    bool decode(const QByteArray &raw, VCardProperty &property);
    bool decodeDataUri(VCardProperty &property);

    QIODevice &m_device;
    Limits m_limits;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_read = 0;
    qint64 m_line = 1;
    bool m_started = false;
    bool m_eof = false;
    bool m_skipLf = false; // a CR ended the last line; a LF right after it belongs to it
    bool m_utf16 = false; // the file is UTF-16, turned into UTF-8 as it is read
    bool m_littleEndian = true;
    QByteArray m_oddByte; // half of a UTF-16 code unit, from the end of the last chunk
    char16_t m_highSurrogate = 0; // the first half of a pair, from the end of the last chunk
    QByteArray m_ahead; // a line read to see whether it continues the one before
    qint64 m_aheadLine = 0;
    bool m_hasAhead = false;
    QString m_version;
    qint64 m_cards = 0;
    QString m_problem;
    qint64 m_problemLine = 0;
    QString m_problemProperty;
};

} // namespace rapport::core::io
