// iCalendar content lines (RFC 5545, section 3.1): TEXT escaping, folding at 75 octets on
// whole UTF-8 characters, and the DATE, DATE-TIME and duration values the export writes.

#include "io/IcsWriter.h"

#include "IoTestSupport.h"

#include <QBuffer>
#include <QTimeZone>

#include <gtest/gtest.h>

namespace rapport::core::io {
namespace {

using namespace Qt::StringLiterals;

QByteArray unfold(QByteArray folded)
{
    EXPECT_TRUE(folded.endsWith("\r\n"));
    folded.chop(2);
    return folded.replace("\r\n ", "");
}

TEST(IcsWriter, TextEscapesBackslashSemicolonCommaAndLineBreaks)
{
    EXPECT_EQ(IcsWriter::escapeText(u"a\\b;c,d"), u"a\\\\b\\;c\\,d"_s);
    EXPECT_EQ(IcsWriter::escapeText(u"one\ntwo\r\nthree\rfour"), u"one\\ntwo\\nthree\\nfour"_s);
    // A colon and quotes need nothing in TEXT; a tab stays; other control characters go.
    EXPECT_EQ(IcsWriter::escapeText(u"time: \"9:00\"\tok\x01\x7f"), u"time: \"9:00\"\tok"_s);
    EXPECT_EQ(IcsWriter::escapeText(u"Zoë 日本 😀"), u"Zoë 日本 😀"_s);
}

TEST(IcsWriter, LinesFoldAt75OctetsWithASpace)
{
    const QByteArray exact(75, 'a');
    EXPECT_EQ(IcsWriter::fold(exact), exact + "\r\n");
    const QByteArray longer = QByteArray(75, 'a') + QByteArray(74, 'b') + "c";
    EXPECT_EQ(IcsWriter::fold(longer), QByteArray(75, 'a') + "\r\n " + QByteArray(74, 'b') + "\r\n c\r\n");
    EXPECT_EQ(unfold(IcsWriter::fold(longer)), longer);
    EXPECT_EQ(IcsWriter::fold(""), QByteArray("\r\n"));
}

TEST(IcsWriter, FoldingNeverSplitsAUtf8Character)
{
    // "é" would straddle octets 75 and 76: the first line ends before it.
    const QByteArray accent = QByteArray(74, 'a') + "\xC3\xA9";
    EXPECT_EQ(IcsWriter::fold(accent), QByteArray(74, 'a') + "\r\n \xC3\xA9\r\n");
    // A four-octet emoji at octets 74 to 77.
    const QByteArray emoji = QByteArray(73, 'a') + "\xF0\x9F\x98\x80" + "b";
    EXPECT_EQ(IcsWriter::fold(emoji),
        QByteArray(73, 'a')
            + "\r\n \xF0\x9F\x98\x80"
              "b\r\n");

    // Any mix: every line at most 75 octets and whole UTF-8, unfolding to the original.
    const QByteArray mixed = (u"SUMMARY:"_s + u"Zoë Ångström 日本語 😀 "_s.repeated(30)).toUtf8();
    for (qsizetype shift = 0; shift < 8; ++shift) {
        const QByteArray line = QByteArray(shift, 'x') + mixed;
        const QByteArray folded = IcsWriter::fold(line);
        for (const QByteArray &physical : folded.chopped(2).split('\n')) {
            const QByteArray bare = physical.endsWith('\r') ? physical.chopped(1) : physical;
            EXPECT_LE(bare.size(), IcsWriter::kMaxLineOctets);
            EXPECT_TRUE(QUtf8StringView(bare).isValidUtf8());
        }
        EXPECT_EQ(unfold(folded), line);
    }
}

TEST(IcsWriter, ValuesAndContentLines)
{
    EXPECT_EQ(IcsWriter::date(QDate(2025, 3, 5)), QByteArray("20250305"));
    EXPECT_EQ(IcsWriter::utcDateTime(QDateTime(QDate(2025, 3, 15), QTime(0, 30), QTimeZone(2 * 3600))),
        QByteArray("20250314T223000Z"));
    EXPECT_EQ(IcsWriter::duration(QTime(9, 0)), QByteArray("PT9H"));
    EXPECT_EQ(IcsWriter::duration(QTime(9, 30)), QByteArray("PT9H30M"));
    EXPECT_EQ(IcsWriter::duration(QTime(0, 15)), QByteArray("PT15M"));
    EXPECT_EQ(IcsWriter::duration(QTime(0, 0)), QByteArray("PT0S"));

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    IcsWriter w(buffer);
    w.begin("VEVENT");
    w.raw("DTSTART;VALUE=DATE", "20250315");
    w.text("SUMMARY", u"Lunch; then, coffee"_s);
    w.textList("CATEGORIES", { u"Rapport"_s, u"a,b"_s });
    w.end("VEVENT");
    EXPECT_FALSE(w.failed());
    EXPECT_EQ(buffer.data(),
        QByteArray("BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20250315\r\nSUMMARY:Lunch\\; then\\, coffee\r\n"
                   "CATEGORIES:Rapport,a\\,b\r\nEND:VEVENT\r\n"));
}

TEST(IcsWriter, AFailedWriteIsReported)
{
    QBuffer closed; // never opened: every write fails
    IcsWriter w(closed);
    w.raw("VERSION", "2.0");
    EXPECT_TRUE(w.failed());
}

} // namespace
} // namespace rapport::core::io
