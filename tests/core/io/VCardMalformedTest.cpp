// Malformed and hostile vCard files: each is refused with a message that names the file,
// the line and the property or field, and the journal file is left byte for byte as it
// was. A 50 MB photo, a million lines, deep nesting and a line without end are refused
// within bounded time and memory.

#include "IoTestSupport.h"
#include "MemoryBounds.h"
#include "io/VCardImport.h"
#include "photo/PhotoScaling.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>

#include <gtest/gtest.h>

namespace rapport::core::io {
namespace {

using namespace Qt::StringLiterals;
using test::date;

struct Case
{
    const char *file;
    const char *message; // after "PATH: "
};

const char *const kBirthdayForms = "is not a birthday written YYYY-MM-DD, YYYYMMDD, --MMDD or --MM-DD";

// Every fixture under tests/fixtures/io/vcard/malformed, with the message it must give.
const Case kCases[] = {
    { "empty.vcf", "the file holds no vCard; a card begins with BEGIN:VCARD" },
    { "not-a-vcard.vcf", "line 1: \"Name,Email\" is not a property written NAME:value" },
    { "nul-byte.vcf", "line 4, property NOTE: the file contains a NUL byte" },
    { "latin1-without-charset.vcf",
        "line 3, property FN: the value is not valid UTF-8 and no CHARSET is declared; save the file as UTF-8" },
    { "overlong-utf8.vcf",
        "line 4, property NOTE: the value is not valid UTF-8 and no CHARSET is declared; save the file as UTF-8" },
    { "truncated-card.vcf",
        "line 1, property BEGIN: the card that begins here has no END:VCARD; the file may be cut short" },
    { "end-without-begin.vcf", "line 5, property END: END:VCARD without a BEGIN:VCARD before it" },
    { "nested-begin.vcf",
        "line 5, property BEGIN: a card begins inside the card that begins on line 1; END:VCARD is missing before "
        "it" },
    { "line-without-colon.vcf", "line 4: \"Ana Silva works in Lisbon\" is not a property written NAME:value" },
    { "unknown-version.vcf", "line 2, property VERSION: VERSION 5.0 is not one this import reads (2.1, 3.0 or 4.0)" },
    { "bad-base64-photo.vcf", "line 4, property PHOTO: the base64 value is malformed" },
    { "bad-quoted-printable.vcf",
        "line 4, property NOTE: the quoted-printable value is malformed at \"=G9\"; after = come two hex digits" },
    { "unknown-charset.vcf",
        "line 3, property FN: CHARSET=X-KLINGON is not a character set this import knows; save the file as UTF-8" },
    { "unknown-encoding.vcf",
        "line 4, property NOTE: ENCODING=UUENCODE is not one this import reads (QUOTED-PRINTABLE, B or BASE64)" },
    { "bad-data-uri.vcf", "line 4, property PHOTO: the base64 data of the data: URI is malformed" },
    { "data-uri-without-comma.vcf", "line 4, property PHOTO: the data: URI has no \",\" before its data" },
    { "property-outside-card.vcf",
        "line 1, property FN: the property is outside a card; a card begins with BEGIN:VCARD" },
    { "begin-vcalendar.vcf", "line 1, property BEGIN: BEGIN:VCALENDAR does not begin a vCard" },
    { "end-vcalendar.vcf", "line 4, property END: END:VCALENDAR does not end a vCard" },
    { "unclosed-quoted-parameter.vcf",
        "line 4, property EMAIL: a quoted parameter value is never closed; a \" is missing" },
    { "parameter-without-name.vcf",
        "line 4, property TEL: \"TEL;=work:+351 912 345 678\" is not a property written NAME:value" },
    { "missing-colon-after-parameters.vcf",
        "line 3, property FN: \"FN;CHARSET=UTF-8\" is not a property written NAME:value" },
    { "group-without-name.vcf", "line 4: \"item1.:ana@example.com\" is not a property written NAME:value" },
    { "bad-birthday.vcf", "line 5, field \"birthday\" (property BDAY): \"1985-13-45\" " },
    { "birthday-february-30.vcf", "line 4, field \"birthday\" (property BDAY): \"--0230\" " },
    { "birthday-in-words.vcf", "line 4, field \"birthday\" (property BDAY): \"next tuesday\" " },
    { "birthday-with-bad-time.vcf", "line 4, field \"birthday\" (property BDAY): \"19851302T000000Z\" " },
    { "name-too-long.vcf",
        "line 3, field \"name\" (property FN): The name is too long (201 characters; at most 200)." },
    { "card-without-name.vcf", "line 1, field \"name\": A colleague needs a name." },
    { "bad-email.vcf", "line 4, field \"email\" (property EMAIL): \"ana@\" is not an email address." },
    { "email-with-space.vcf",
        "line 4, field \"email\" (property EMAIL): \"ana silva@example.com\" is not an email address." },
    { "too-many-tags.vcf", "line 4, field \"tags\" (property CATEGORIES): A colleague can have at most 50 tags." },
    { "tag-too-long.vcf",
        "line 4, field \"tags\" (property CATEGORIES): The tag \"tttttttttttttttttttt…\" is too long (at most 100 "
        "characters)." },
    { "title-too-long.vcf",
        "line 4, field \"role\" (property TITLE): The field role is too long (1001 characters; at most 1000)." },
    { "phone-too-long.vcf",
        "line 4, field \"phone\" (property TEL): The field phone is too long (1001 characters; at most 1000)." },
    { "second-card-bad-email.vcf",
        "line 9, field \"email\" (property EMAIL): \"ben(at)example.com\" is not an email address." },
    { "merged-cards-too-many-tags.vcf",
        "line 11, field \"tags\" (property CATEGORIES): A colleague can have at most 50 tags." },
    { "invalid-utf16.vcf", "line 3: the file is not valid UTF-16" },
    { "utf16-bad-email.vcf", "line 4, field \"email\" (property EMAIL): \"zoë@\" is not an email address." },
    { "cr-line-endings-bad-email.vcf", "line 4, field \"email\" (property EMAIL): \"ana@\" is not an email address." },
    { "folded-then-bad-email.vcf",
        "line 8, field \"email\" (property EMAIL): \"not-an-email\" is not an email address." },
    { "quoted-printable-not-utf8.vcf", "line 4, property NOTE: the value is not valid UTF-8" },
    { "ascii-with-high-byte.vcf", "line 3, property FN: the value is not valid US-ASCII" },
};

class VCardMalformedTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        test::fillSmallJournal(journal.journal());
        before = state();
    }

    // The journal's rows and the bytes of its files.
    QStringList state()
    {
        QStringList out = test::dumpJournal(journal.db());
        for (const char *suffix : { "", "-wal" }) {
            QFile file(journal.path() + QLatin1String(suffix));
            out << QString::fromLatin1(suffix)
                    + QString::fromLatin1((file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray()).toHex());
        }
        return out;
    }

    // Expects exactly "PATH: " + `message` (or, when `prefix`, a message that begins so) and no change.
    void refused(const QString &path, const QString &message, bool prefix = false)
    {
        auto read = VCardImport::read(journal.journal(), path, scaledPhotoPng);
        ASSERT_FALSE(read) << path.toStdString();
        const QString expected = QDir::toNativeSeparators(path) + u": "_s + message;
        if (prefix)
            EXPECT_TRUE(read.error().message.startsWith(expected)) << read.error().message.toStdString();
        else
            EXPECT_EQ(read.error().message, expected);
        EXPECT_TRUE(state() == before) << path.toStdString();
    }

    QString temp(const char *name) const { return QDir(journal.folder()).filePath(QString::fromLatin1(name)); }

    test::TempJournal journal { date("2026-01-15") };
    QStringList before;
};

TEST_F(VCardMalformedTest, EveryFixtureIsRefusedWithItsMessageAndChangesNothing)
{
    const QStringList files = QDir(test::fixture(u"vcard/malformed"_s)).entryList({ u"*.vcf"_s }, QDir::Files);
    EXPECT_GE(files.size(), 34);
    QStringList covered;
    for (const Case &c : kCases) {
        SCOPED_TRACE(c.file);
        QString message = QString::fromUtf8(c.message);
        const bool birthday = message.contains(u"(property BDAY)"_s);
        if (birthday)
            message += QLatin1String(kBirthdayForms);
        refused(test::fixture(u"vcard/malformed/"_s + QLatin1String(c.file)), message);
        covered << QString::fromLatin1(c.file);
    }
    covered.sort();
    EXPECT_EQ(covered, files) << "every fixture needs its expected message";
}

struct Hostile
{
    const char *name;
    std::function<void(QFile &)> write;
    QString message;
};

TEST_F(VCardMalformedTest, HostileFilesAreRefusedQuicklyInBoundedMemory)
{
    const auto lines
        = [](QFile &file, const QByteArray &head, const QByteArray &line, int count, const QByteArray &tail = {}) {
              file.write(head);
              QByteArray block;
              for (int i = 0; i < count; ++i) {
                  block += line;
                  if (block.size() > (1 << 20) || i + 1 == count) {
                      file.write(block);
                      block.clear();
                  }
              }
              file.write(tail);
          };
    // 50 MB of photo, base64 in folded lines as Apple writes it, and on one line.
    const auto photo = [](QFile &file, bool folded) {
        file.write("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Silva\r\nPHOTO;ENCODING=b;TYPE=JPEG:");
        QRandomGenerator random(7);
        QByteArray bytes(57 * 1024, Qt::Uninitialized);
        for (qint64 written = 0; written < (qint64(50) << 20); written += bytes.size()) {
            random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
            const QByteArray text = bytes.toBase64();
            for (qsizetype at = 0; at < text.size(); at += 76)
                file.write(folded ? "\r\n " + text.mid(at, 76) : text.mid(at, 76));
        }
        file.write("\r\nEND:VCARD\r\n");
    };
    const QString tooLarge = u"the value is larger than 8 MB, more than a card may hold; it was not read"_s;
    const Hostile cases[] = {
        { "photo-50mb-folded.vcf", [&](QFile &f) { photo(f, true); }, u"line 4, property PHOTO: "_s + tooLarge },
        { "photo-50mb-one-line.vcf", [&](QFile &f) { photo(f, false); }, u"line 4, property PHOTO: "_s + tooLarge },
        { "million-lines-of-cards.vcf",
            [&](QFile &f) { lines(f, {}, "BEGIN:VCARD\r\nFN:Colleague\r\nEND:VCARD\r\n", 333'334); },
            u"line 30001: the file has more than 10000 cards; split it into smaller files"_s },
        { "million-properties.vcf",
            [&](QFile &f) { lines(f, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Silva\r\n", "NOTE:x\r\n", 1'000'000); },
            u"line 1003, property NOTE: the card that begins on line 1 has more than 1000 properties"_s },
        { "million-folded-lines.vcf",
            [&](QFile &f) {
                lines(f, "BEGIN:VCARD\r\nFN:Ana Silva\r\nNOTE:", "\r\n x", 1'000'000, "\r\nEND:VCARD\r\n");
            },
            u"line 3, field \"notes\" (property NOTE): The field notes is too long (1000000 characters; at most 100000)."_s },
        { "nested-100k-deep.vcf", [&](QFile &f) { lines(f, {}, "BEGIN:VCARD\r\n", 100'000); },
            u"line 2, property BEGIN: a card begins inside the card that begins on line 1; END:VCARD is missing "
            "before it"_s },
        { "20mb-without-line-break.vcf", [&](QFile &f) { lines(f, {}, QByteArray(1024, 'A'), 20 * 1024); },
            u"line 1: "_s + tooLarge },
    };
    for (const Hostile &h : cases) {
        SCOPED_TRACE(h.name);
        QFile file(temp(h.name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        h.write(file);
        file.close();
        test::resetPeakMemory();
        const qint64 base = test::peakMemoryKiB();
        QElapsedTimer timer;
        timer.start();
        refused(temp(h.name), h.message);
        EXPECT_LT(timer.elapsed(), 20'000);
        if (test::memoryBoundsApply()) {
            EXPECT_LT(test::peakMemoryKiB() - base, 64 * 1024);
        }
        RecordProperty(h.name, QString::number(test::peakMemoryKiB() - base).toStdString());
        QFile::remove(temp(h.name));
    }
}

} // namespace
} // namespace rapport::core::io
