// VCardReader on its own, from memory: line ends and folding, groups and the ways address
// books write parameters, escapes and structured values, quoted-printable, base64 and
// data: URIs, the charsets and UTF-16, and the limits.

#include "io/VCardReader.h"

#include "IoTestSupport.h"
#include "io/VCardCharsets.h"

#include <QBuffer>

#include <gtest/gtest.h>

namespace rapport::core::io {
namespace {

using namespace Qt::StringLiterals;

struct Read
{
    QList<VCard> cards;
    QString problem; // "line N, PROPERTY: text", empty when there was none
};

Read readAll(const QByteArray &bytes, std::optional<VCardReader::Limits> limits = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    VCardReader reader(buffer, limits.value_or(VCardReader::Limits {}));
    Read out;
    VCard card;
    while (reader.next(card))
        out.cards << card;
    if (reader.failed())
        out.problem = u"line %1, %2: %3"_s.arg(reader.problemLine()).arg(reader.problemProperty(), reader.problem());
    return out;
}

// The one card of `bytes`; fails the test when there is not exactly one.
VCard one(const QByteArray &bytes)
{
    const Read read = readAll(bytes);
    EXPECT_EQ(read.problem, QString());
    EXPECT_EQ(read.cards.size(), 1);
    return read.cards.value(0);
}

const VCardProperty &property(const VCard &card, int index)
{
    static const VCardProperty none;
    EXPECT_LT(index, card.properties.size());
    return index < card.properties.size() ? card.properties[index] : none;
}

TEST(VCardReader, LineEndsFoldingAndLineNumbers)
{
    // CRLF with a space, LF with a tab, CR alone; blank lines between cards are skipped.
    const VCard crlf
        = one("BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:one\r\n  two\r\n\t three\r\nFN:Ana\r\nEND:VCARD\r\n\r\n");
    EXPECT_EQ(crlf.version, u"3.0"_s);
    EXPECT_EQ(property(crlf, 0).text(), u"one two three"_s); // one space or tab taken off each
    EXPECT_EQ(property(crlf, 1).line, 6);
    const VCard lf = one("BEGIN:VCARD\nVERSION:4.0\nNOTE:a\n\tb\nFN:Ana\nEND:VCARD");
    EXPECT_EQ(property(lf, 0).text(), u"ab"_s);
    EXPECT_EQ(property(lf, 1).line, 5);
    const VCard cr = one("BEGIN:VCARD\rFN:Ana\r Silva\rEMAIL:a@b\rEND:VCARD\r");
    EXPECT_EQ(cr.version, u"3.0"_s); // none given
    EXPECT_EQ(property(cr, 0).text(), u"AnaSilva"_s);
    EXPECT_EQ(property(cr, 1).line, 4);
    const Read two = readAll("\r\nBEGIN:VCARD\r\nFN:A\r\nEND:VCARD\r\n\r\n\r\nBEGIN:VCARD\r\nFN:B\r\nEND:VCARD");
    ASSERT_EQ(two.cards.size(), 2);
    EXPECT_EQ(two.cards[0].line, 2);
    EXPECT_EQ(two.cards[1].line, 7);
}

TEST(VCardReader, GroupsAndParametersAsAddressBooksWriteThem)
{
    const VCard card = one("BEGIN:VCARD\r\nVERSION:3.0\r\n"
                           "item1.EMAIL;type=INTERNET;type=pref:a@b\r\n" // repeated TYPE
                           "EMAIL;TYPE=work,pref:c@d\r\n" // a list
                           "TEL;WORK;VOICE:1\r\n" // 2.1's bare types
                           "X-LABEL;LABEL=\"Rua: 1; Lisboa, PT\";TYPE=\"voice,work\":x\r\n" // quoted
                           "EMAIL;PREF=1:e@f\r\n"
                           "END:VCARD\r\n");
    const VCardProperty &apple = property(card, 0);
    EXPECT_EQ(apple.group, u"item1"_s);
    EXPECT_EQ(apple.name, u"EMAIL"_s);
    EXPECT_EQ(apple.param(u"TYPE"_s), (QStringList { u"INTERNET"_s, u"pref"_s }));
    EXPECT_TRUE(apple.hasType(u"PREF"_s));
    EXPECT_FALSE(apple.hasType(u"work"_s));
    EXPECT_EQ(property(card, 1).param(u"TYPE"_s), (QStringList { u"work"_s, u"pref"_s }));
    EXPECT_TRUE(property(card, 2).hasType(u"work"_s));
    EXPECT_TRUE(property(card, 2).hasType(u"voice"_s));
    const VCardProperty &quoted = property(card, 3);
    EXPECT_EQ(quoted.param(u"LABEL"_s), QStringList { u"Rua: 1; Lisboa, PT"_s });
    EXPECT_TRUE(quoted.hasType(u"work"_s));
    EXPECT_EQ(quoted.text(), u"x"_s);
    EXPECT_TRUE(property(card, 4).hasType(u"pref"_s)); // PREF=1 (4.0)
    EXPECT_EQ(property(card, 4).param(u"PREF"_s), QStringList { u"1"_s });

    // RFC 6868 in 4.0 parameters: ^n ^' ^^.
    const VCard four = one("BEGIN:VCARD\r\nVERSION:4.0\r\nADR;LABEL=\"a^nb ^'c^' ^^\":;;x\r\nEND:VCARD\r\n");
    EXPECT_EQ(property(four, 0).param(u"LABEL"_s), QStringList { u"a\nb \"c\" ^"_s });
}

TEST(VCardReader, EscapesStructuredAndListValues)
{
    const VCard card = one("BEGIN:VCARD\r\nVERSION:3.0\r\n"
                           "NOTE:a\\, b\\; c\\\\ d\\ne\\Nf \\q\r\n"
                           "ORG:Acme\\; Co;Engineering;Plat\\,form\r\n"
                           "CATEGORIES:one, two\\,three ,,four\r\n"
                           "END:VCARD\r\n");
    EXPECT_EQ(property(card, 0).text(), u"a, b; c\\ d\ne\nf \\q"_s);
    EXPECT_EQ(property(card, 1).components(), (QStringList { u"Acme; Co"_s, u"Engineering"_s, u"Plat,form"_s }));
    EXPECT_EQ(property(card, 2).items(), (QStringList { u"one"_s, u"two,three"_s, u"four"_s }));
}

TEST(VCardReader, QuotedPrintableWithSoftBreaksAndCharsets)
{
    const VCard card = one("BEGIN:VCARD\r\nVERSION:2.1\r\n"
                           "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:caf=C3=A9 =\r\nau lait=0D=0Asecond=\r\n\r\n"
                           "FN;QUOTED-PRINTABLE;CHARSET=ISO-8859-1:Chlo=E9\r\n"
                           "N;CHARSET=WINDOWS-1252:M\xFCller \x80 \x96\r\n"
                           "TITLE;CHARSET=iso-8859-15:\xA4\xA6\xA8\xB4\xB8\xBC\xBD\xBE\r\n"
                           "END:VCARD\r\n");
    EXPECT_EQ(property(card, 0).text(), u"café au lait\nsecond"_s);
    EXPECT_EQ(property(card, 0).param(u"ENCODING"_s), QStringList { u"QUOTED-PRINTABLE"_s });
    EXPECT_EQ(property(card, 1).text(), u"Chloé"_s);
    EXPECT_EQ(property(card, 1).param(u"ENCODING"_s), QStringList { u"QUOTED-PRINTABLE"_s }); // bare
    EXPECT_EQ(property(card, 2).text(), u"Müller € –"_s);
    EXPECT_EQ(property(card, 3).text(), u"€ŠšŽžŒœŸ"_s);

    // A value that wrongly ends in a soft break still ends at END:VCARD.
    const VCard cut = one("BEGIN:VCARD\r\nVERSION:2.1\r\nNOTE;QUOTED-PRINTABLE:abc=\r\nEND:VCARD\r\n");
    EXPECT_EQ(property(cut, 0).text(), u"abc"_s);
}

TEST(VCardReader, Base64ValuesAndDataUris)
{
    const QByteArray bytes("\x89PNG\r\n\x1A\n\x00\x01\x02\xFF", 12);
    const QByteArray b64 = bytes.toBase64();
    const VCard card = one("BEGIN:VCARD\r\nVERSION:2.1\r\n"
                           "PHOTO;TYPE=JPEG;ENCODING=BASE64:\r\n "
        + b64.left(6) + "\r\n" + b64.mid(6)
        + "\r\n\r\n"
          "LOGO;ENCODING=b:"
        + b64.left(8) + "\r\n " + b64.mid(8)
        + "\r\n"
          "PHOTO:data:image/png;base64,"
        + b64
        + "\r\n"
          "SOUND:data:text/plain,hello%20there\r\n"
          "PHOTO;VALUE=uri:https://example.com/a.jpg\r\n"
          "END:VCARD\r\n");
    ASSERT_EQ(card.properties.size(), 5);
    for (int i : { 0, 1, 2 }) {
        EXPECT_TRUE(property(card, i).isBinary) << i;
        EXPECT_EQ(property(card, i).binary, bytes) << i;
    }
    EXPECT_EQ(property(card, 2).value, u"data:image/png;base64"_s);
    EXPECT_EQ(property(card, 3).binary, QByteArray("hello there"));
    EXPECT_FALSE(property(card, 4).isBinary);
    EXPECT_EQ(property(card, 4).text(), u"https://example.com/a.jpg"_s);
}

TEST(VCardReader, ByteOrderMarksAndUtf16)
{
    const QString text = u"BEGIN:VCARD\r\nVERSION:3.0\r\nFN;CHARSET=ISO-8859-1:Zoë 😀\r\nEND:VCARD\r\n"_s;
    const auto utf16 = [&](bool little, bool bom) {
        QByteArray out = bom ? QByteArray(little ? "\xFF\xFE" : "\xFE\xFF") : QByteArray();
        for (const QChar c : text) {
            const char low = char(c.unicode() & 0xFF), high = char(c.unicode() >> 8);
            out += little ? low : high;
            out += little ? high : low;
        }
        return out;
    };
    const QByteArray utf8 = "\xEF\xBB\xBF" + text.toUtf8().replace(";CHARSET=ISO-8859-1", "");
    for (const QByteArray &bytes :
        { utf8, utf16(true, true), utf16(false, true), utf16(true, false), utf16(false, false) }) {
        const VCard card = one(bytes);
        // In a UTF-16 file the declared charset no longer applies.
        EXPECT_EQ(property(card, 0).text(), u"Zoë 😀"_s);
    }
}

TEST(VCardReader, LimitsAreKeptBeforeMoreIsRead)
{
    // A value may be 4 kB longer than the limit: its name and parameters.
    const QByteArray card = "BEGIN:VCARD\r\nFN:Ana\r\nNOTE:" + QByteArray(5000, 'x') + "\r\nEND:VCARD\r\n";
    VCardReader::Limits limits;
    limits.maxValueBytes = 1000;
    EXPECT_EQ(readAll(card, limits).problem, QString());
    limits.maxValueBytes = 100;
    EXPECT_EQ(readAll(card, limits).problem,
        u"line 3, NOTE: the value is larger than 0 MB, more than a card may hold; it was not read"_s);
    limits = {};
    limits.maxBytes = 8000;
    EXPECT_EQ(readAll(card + card, limits).problem, u"line 1, : the file is larger than 0 MB"_s);
    limits = {};
    limits.maxCardBytes = 2000;
    EXPECT_EQ(readAll(card, limits).problem, u"line 3, NOTE: the card that begins on line 1 is larger than 0 MB"_s);
    limits = {};
    limits.maxCards = 1;
    EXPECT_EQ(readAll(card + card, limits).problem,
        u"line 5, : the file has more than 1 cards; split it into smaller files"_s);
    limits = {};
    limits.maxProperties = 1;
    EXPECT_EQ(
        readAll(card, limits).problem, u"line 3, NOTE: the card that begins on line 1 has more than 1 properties"_s);
}

TEST(VCardCharsets, NamesAndConversionsThroughIconv)
{
    EXPECT_EQ(vcard::charsetNamed("utf-8"), "UTF-8");
    EXPECT_EQ(vcard::charsetNamed("UTF8"), "UTF-8");
    EXPECT_EQ(vcard::charsetNamed("Windows-1252"), "WINDOWS-1252");
    EXPECT_EQ(vcard::charsetNamed("cp1252"), "WINDOWS-1252");
    EXPECT_EQ(vcard::charsetNamed("ISO_8859-15"), "ISO_8859-15");
    EXPECT_EQ(vcard::charsetNamed("latin1"), "LATIN1");
    EXPECT_EQ(vcard::charsetNamed(" us-ascii "), "US-ASCII");
    EXPECT_EQ(vcard::charsetNamed("SHIFT_JIS"), "SHIFT_JIS");
    EXPECT_EQ(vcard::charsetNamed("x-sjis"), "SJIS");
    EXPECT_EQ(vcard::charsetNamed("X-KLINGON"), std::nullopt);
    EXPECT_EQ(vcard::charsetNamed("UTF-8//IGNORE"), std::nullopt); // an iconv option, not a name
    EXPECT_EQ(vcard::charsetNamed("../../tmp/x"), std::nullopt);
    EXPECT_EQ(vcard::charsetNamed(""), std::nullopt);

    QByteArray high;
    for (int b = 0x80; b <= 0xFF; ++b)
        high += char(b);
    // Windows-1252 0x80..0x9F as the WHATWG index has it; above, Latin-1.
    const QString w1252 = *vcard::decodeCharset(high, "WINDOWS-1252");
    EXPECT_EQ(w1252.left(32), u"€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ"_s);
    EXPECT_EQ(w1252.mid(32), QString::fromLatin1(high.mid(32)));
    EXPECT_EQ(*vcard::decodeCharset(high, "LATIN1"), QString::fromLatin1(high));
    const QString latin9 = *vcard::decodeCharset(high, "ISO-8859-15");
    QString expected = QString::fromLatin1(high);
    for (const auto &[byte, unit] : { std::pair { 0xA4, 0x20AC }, { 0xA6, 0x160 }, { 0xA8, 0x161 }, { 0xB4, 0x17D },
             { 0xB8, 0x17E }, { 0xBC, 0x152 }, { 0xBD, 0x153 }, { 0xBE, 0x178 } })
        expected[byte - 0x80] = QChar(unit);
    EXPECT_EQ(latin9, expected);
    EXPECT_EQ(vcard::decodeCharset("plain", "US-ASCII"), u"plain"_s);
    EXPECT_EQ(vcard::decodeCharset("caf\xE9", "US-ASCII"), std::nullopt);
    EXPECT_EQ(vcard::decodeCharset("caf\xE9", "UTF-8"), std::nullopt);
    EXPECT_EQ(vcard::decodeCharset("caf\xC3\xA9", "UTF-8"), u"café"_s);
    // Beyond the old tables: Shift_JIS, KOI8-R, UTF-16 with its byte-order mark.
    EXPECT_EQ(vcard::decodeCharset("\x92\x86\x91\xBA", "SHIFT_JIS"), u"中村"_s);
    EXPECT_EQ(vcard::decodeCharset("\xE9\xD7\xC1\xCE", "KOI8-R"), u"Иван"_s);
    EXPECT_EQ(vcard::decodeCharset(QByteArrayView("\xFF\xFEZ\0\xEB\0", 6), "UTF-16"), u"Zë"_s);
    EXPECT_EQ(vcard::decodeCharset(QByteArrayView("\xFF\xFE\x3D\xD8", 4), "UTF-16"), std::nullopt); // half a pair
    // A long value grows the buffer as it goes.
    const QString euros = *vcard::decodeCharset(QByteArray(100'000, '\x80'), "WINDOWS-1252");
    EXPECT_EQ(euros, QString(100'000, QChar(0x20AC)));
}

} // namespace
} // namespace rapport::core::io
