// vCard import: address books as Apple Contacts, Google Contacts, Thunderbird and Outlook
// write them (tests/fixtures/io/vcard), every field checked on the colleagues they give;
// colleagues already there matched by email or name and skipped or updated, cards of one
// file merged, and what apply() checks again before it writes.

#include "io/VCardImport.h"

#include "IoTestSupport.h"
#include "photo/PhotoScaling.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QImageReader>

#include <gtest/gtest.h>

namespace rapport::core::io {
namespace {

using namespace Qt::StringLiterals;
using test::date;
using test::must;

QString vcard(const char *name)
{
    return test::fixture(u"vcard/"_s + QLatin1String(name));
}

QImage image(const QByteArray &png)
{
    QImage decoded;
    EXPECT_TRUE(decoded.loadFromData(png, "PNG"));
    return decoded;
}

class VCardImportTest : public ::testing::Test
{
protected:
    VCardPlan plan(const QString &path, const PhotoScaler &scaler = scaledPhotoPng)
    {
        return must(VCardImport::read(journal.journal(), path, scaler), "read");
    }

    // Imports `path` with no colleague there yet; the colleagues it added, by name.
    QList<Colleague> imported(const char *name)
    {
        const VCardPlan read = plan(vcard(name));
        notes = read.notes;
        const VCardSummary summary = must(VCardImport::apply(journal.journal(), read, VCardMerge::Skip), "apply");
        EXPECT_EQ(summary.added, read.contacts.size());
        QList<Colleague> out;
        for (const Colleague &listed : must(journal.repos().colleagues.list(true)))
            out << *must(journal.repos().colleagues.find(listed.id));
        return out;
    }

    QString temp(const char *name, const QByteArray &content) const
    {
        const QString path = QDir(journal.folder()).filePath(QString::fromLatin1(name));
        test::writeAll(path, content);
        return path;
    }

    test::TempJournal journal { date("2026-01-15") };
    QStringList notes;
};

TEST_F(VCardImportTest, AppleContactsLabelsFoldedNotesYearlessBirthdayAndPhoto)
{
    const QList<Colleague> all = imported("apple.vcf");
    ASSERT_EQ(all.size(), 2);
    const Colleague &ana = all[0];
    EXPECT_EQ(ana.name, u"Ana Maria Silva"_s);
    EXPECT_EQ(ana.role, u"Staff Engineer"_s);
    EXPECT_EQ(ana.department, u"Engineering"_s);
    EXPECT_EQ(ana.team, u"Platform"_s);
    EXPECT_EQ(ana.email, u"ana.silva@acme.example"_s); // item2's X-ABLabel says Work
    EXPECT_EQ(ana.phone, u"+351 912 345 678"_s); // the pref one, before the work one
    EXPECT_EQ(ana.chat, u"ana.silva"_s);
    EXPECT_EQ(ana.birthday, (Birthday { 3, 15, std::nullopt })); // 1604: no year
    EXPECT_EQ(ana.notes,
        u"Met at the Lisbon offsite. Loves a flat white, no sugar.\nAsk about her marathon training in the spring."_s);
    EXPECT_EQ(ana.tags, (QStringList { u"mentor"_s, u"platform"_s }));
    EXPECT_EQ(ana.trackedSince, date("2026-01-15"));
    EXPECT_EQ(ana.cadenceDays, 0);
    EXPECT_EQ(image(ana.photoPng).size(), QSize(256, 170)); // a 300 × 200 JPEG, scaled

    const Colleague &ben = all[1];
    EXPECT_EQ(ben.name, u"Ben Okafor"_s);
    EXPECT_EQ(ben.department, u"Product"_s);
    EXPECT_EQ(ben.team, QString());
    EXPECT_EQ(ben.email, u"ben.okafor@acme.example"_s); // work, not the custom "Studio" label
    EXPECT_EQ(ben.phone, u"+44 20 7946 0000"_s); // "_$!<Mobile>!$_" before home
    EXPECT_EQ(ben.birthday, (Birthday { 11, 2, 1988 }));
    EXPECT_TRUE(ben.photoPng.isEmpty());
    EXPECT_EQ(notes, QStringList());
}

TEST_F(VCardImportTest, GoogleContactsEscapesCategoriesAndNamesFromNOrOrg)
{
    const QList<Colleague> all = imported("google.vcf");
    ASSERT_EQ(all.size(), 3);
    const Colleague &facilities = all[0];
    EXPECT_EQ(facilities.name, u"Acme Facilities"_s); // ORG alone
    EXPECT_EQ(facilities.department, u"Building Services"_s);
    EXPECT_EQ(facilities.email, u"facilities@acme.example"_s);
    EXPECT_EQ(facilities.phone, u"+1 555 0100"_s);

    const Colleague &chloe = all[1];
    EXPECT_EQ(chloe.name, u"Chloé Dubois"_s);
    EXPECT_EQ(chloe.role, u"Lead Designer, Brand & Web"_s);
    EXPECT_EQ(chloe.department, u"Design"_s);
    EXPECT_EQ(chloe.email, u"chloe@acme.example"_s);
    EXPECT_EQ(chloe.phone, u"+33 1 23 45 67 89"_s); // work before cell
    EXPECT_EQ(chloe.birthday, (Birthday { 4, 12, 1985 })); // YYYYMMDD
    EXPECT_EQ(chloe.notes, u"Prefers chat over email; mornings are best.\nTwo kids, loves climbing."_s);
    EXPECT_EQ(chloe.tags, (QStringList { u"myContacts"_s, u"Design Guild"_s, u"Research, Development"_s }));
    EXPECT_TRUE(chloe.photoPng.isEmpty());

    const Colleague &diego = all[2];
    EXPECT_EQ(diego.name, u"Diego Fernández"_s); // FN empty: N's given and family name
    EXPECT_EQ(diego.department, u"Acme Corp"_s); // no unit: the company
    EXPECT_EQ(diego.phone, u"+34 600 000 001"_s);
    EXPECT_EQ(diego.birthday, (Birthday { 9, 30, 1979 }));
    EXPECT_EQ(diego.tags, QStringList { u"myContacts"_s });

    EXPECT_EQ(notes,
        QStringList { u"line 13 (Chloé Dubois): the photo is a link "
                      "(https://lh3.googleusercontent.com/contacts/AOvXb8cZkqWmR2tZ7…); photos are not "
                      "downloaded, so it was left out"_s });
}

TEST_F(VCardImportTest, ThunderbirdVCard4PrefDataUriPhotoPronounsAndTimeZone)
{
    const QList<Colleague> all = imported("thunderbird.vcf");
    ASSERT_EQ(all.size(), 2);
    const Colleague &emi = all[0];
    EXPECT_EQ(emi.name, u"Emi Nakamura"_s);
    EXPECT_EQ(emi.email, u"emi.nakamura@acme.example"_s); // PREF=1
    EXPECT_EQ(emi.phone, u"+81 90 1234 5678"_s); // the cell one has PREF=1
    EXPECT_EQ(emi.birthday, (Birthday { 3, 15, std::nullopt })); // --0315
    EXPECT_EQ(emi.timeZone, u"Asia/Tokyo"_s);
    EXPECT_EQ(emi.role, u"Data Scientist"_s);
    EXPECT_EQ(emi.department, u"Research"_s);
    EXPECT_EQ(emi.team, u"Machine Learning"_s);
    EXPECT_EQ(emi.pronouns, u"she/her"_s);
    EXPECT_EQ(emi.chat, u"emi@chat.acme.example"_s);
    EXPECT_EQ(emi.notes, u"Runs the ML guild.\nLikes matcha."_s);
    EXPECT_EQ(emi.tags, (QStringList { u"guild"_s, u"research"_s }));
    const QImage photo = image(emi.photoPng);
    EXPECT_EQ(photo.size(), QSize(64, 48)); // small: kept at its size
    EXPECT_EQ(photo.pixelColor(32, 24), QColor(Qt::white));
    EXPECT_EQ(photo.pixelColor(1, 1), QColor(0x33, 0x66, 0x99));

    const Colleague &farah = all[1];
    EXPECT_EQ(farah.name, u"Farah Haddad"_s);
    EXPECT_EQ(farah.phone, u"+1-555-010-0199"_s); // tel: URI
    EXPECT_EQ(farah.pronouns, u"they/them"_s);
    EXPECT_FALSE(farah.birthday);
    EXPECT_EQ(farah.timeZone, QString());
    EXPECT_EQ(notes,
        (QStringList { u"line 34 (Farah Haddad): the birthday \"circa 1980\" is text, not a date, so it was left out"_s,
            u"line 35 (Farah Haddad): the time zone \"-0800\" is not an IANA name such as Europe/Berlin, so it was "
            "left out"_s }));
}

TEST_F(VCardImportTest, OutlookVCard21QuotedPrintableCharsetsAndBase64Lines)
{
    const QList<Colleague> all = imported("outlook.vcf");
    ASSERT_EQ(all.size(), 2);
    const Colleague &juergen = all[0];
    EXPECT_EQ(juergen.name, u"Jürgen Müller"_s); // Windows-1252
    EXPECT_EQ(juergen.department, u"Vertrieb Süd"_s);
    EXPECT_EQ(juergen.role, u"Teamleiter"_s);
    EXPECT_EQ(juergen.phone, u"+49 30 1234567"_s); // TEL;WORK;VOICE before TEL;CELL
    EXPECT_EQ(juergen.email, u"juergen.mueller@acme.example"_s); // EMAIL;PREF
    // Quoted-printable over a soft line break, with Windows-1252's en dash and euro sign.
    EXPECT_EQ(juergen.notes, u"Spricht gern über Fußball – nicht vor 9 Uhr.\nBudget: 500 € pro Quartal."_s);
    EXPECT_EQ(juergen.birthday, (Birthday { 8, 23, 1975 }));
    EXPECT_EQ(image(juergen.photoPng).size(), QSize(120, 160)); // base64 lines up to a blank one

    const Colleague &zoe = all[1];
    EXPECT_EQ(zoe.name, u"Zoë Kerner"_s); // ISO-8859-15
    EXPECT_EQ(zoe.role, u"Einkauf & Logistik"_s);
    EXPECT_EQ(zoe.notes, u"Reisekosten bis 200 € freigegeben."_s);
    EXPECT_EQ(zoe.department, u"Acme GmbH"_s);
    EXPECT_EQ(notes, QStringList());
}

// As Outlook and older phones write vCard 2.1: 8-bit text with no CHARSET, in the
// system's code page. Not UTF-8, so read as Windows-1252 and noted; a card of the same
// file that is valid UTF-8 stays UTF-8.
TEST_F(VCardImportTest, Outlook21TextWithoutACharsetIsReadAsWindows1252AndNoted)
{
    const QList<Colleague> all = imported("outlook-2.1-without-charset.vcf");
    ASSERT_EQ(all.size(), 2); // by name
    EXPECT_EQ(all[1].name, u"Zoë Müller"_s);
    EXPECT_EQ(all[1].department, u"Einkauf"_s);
    EXPECT_EQ(all[1].role, u"Leiterin Einkauf"_s);
    EXPECT_EQ(all[1].notes, u"Budget: 500 € pro Quartal – am liebsten per Mail."_s); // quoted-printable too
    EXPECT_EQ(all[0].name, u"Ben Okafor"_s);
    EXPECT_EQ(all[0].notes, u"Café con leche, never before 9."_s);
    EXPECT_EQ(notes,
        QStringList {
            u"line 1 (Zoë Müller): the card is not UTF-8 and was read as Windows-1252 (N, FN, ORG, NOTE)"_s });
}

TEST_F(VCardImportTest, WithoutAScalerOrWithAnUnreadablePhotoThePhotoIsLeftOutWithANote)
{
    const VCardPlan read = plan(vcard("apple.vcf"), {});
    EXPECT_TRUE(read.contacts[0].colleague.photoPng.isEmpty());
    EXPECT_EQ(
        read.notes, QStringList { u"line 21 (Ana Maria Silva): the photo was left out; images cannot be read here"_s });

    const VCardPlan unreadable = plan(vcard("apple.vcf"), [](const QByteArray &) { return std::nullopt; });
    EXPECT_EQ(unreadable.notes,
        QStringList { u"line 21 (Ana Maria Silva): the photo is not an image that can be read, so it was left out"_s });
}

TEST_F(VCardImportTest, PhotosAreScaledToFitAndHostileImagesRefusedFromTheirHeader)
{
    const auto encoded = [](const QImage &picture, const char *format) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        picture.save(&buffer, format);
        return bytes;
    };
    QImage tall(60, 400, QImage::Format_RGB32);
    tall.fill(Qt::darkCyan);
    // Qt writes no GIF: this one, 60 × 400 px, was made with ImageMagick.
    const QByteArray gif = QByteArray::fromHex(
        "4749463839613c009001f0000000808000000021f90400000000002c000000003c0090010002c1848fa9cbed0fa39cb4da8b"
        "b3debcfb0f86e24896e689a6eacab6ee0bc7f24cd7f68de7facef7fe0f0c0a87c4a2f1884c2a97cca6f3098d4aa7d4aaf58a"
        "cd6ab7dcaef70b0e8bc7e4b2f98c4eabd7ecb6fb0d8fcbe7f4bafd8ecfebf7fcbeff0f182838485868788898a8b8c8d8e8f8"
        "08192939495969798999a9b9c9d9e9f9091a2a3a4a5a6a7a8a9aaabacadaeafa0a1b2b3b4b5b6b7b8b9babbbcbdbebfb0b1c"
        "2c3c4c5c6c7c8c9cacbcccdcecfc0c1d2d3d4d5d6d7d8d9dadbdcddded5d5800003b");
    for (const QByteArray &bytes : { encoded(tall, "JPG"), encoded(tall, "PNG"), encoded(tall, "BMP"), gif }) {
        const auto png = scaledPhotoPng(bytes);
        ASSERT_TRUE(png) << bytes.left(4).toStdString();
        EXPECT_TRUE(png->startsWith("\x89PNG\r\n\x1a\n"));
        EXPECT_EQ(image(*png).size(), QSize(38, 256)); // the longer side fits, the aspect kept
    }
    QImage small(40, 30, QImage::Format_RGB32);
    small.fill(Qt::red);
    EXPECT_EQ(image(*scaledPhotoPng(encoded(small, "PNG"))).size(), QSize(40, 30)); // never enlarged
    EXPECT_EQ(scaledPhotoPng("not an image at all"), std::nullopt);
    EXPECT_EQ(scaledPhotoPng({}), std::nullopt);

    // A valid PNG that claims 30000 × 30000 px (3.6 GB decoded) is refused before decoding.
    const QByteArray bomb
        = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000075300000753008060000006627f8ba000"
                              "0000c49444154789c6360a00c000000400001b7347cef0000000049454e44ae426082");
    QBuffer buffer;
    buffer.setData(bomb);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const auto read = PhotoScaling::read(reader);
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().message, u"The photo is too large to read (30000 × 30000 px; at most 24 megapixels)."_s);
    EXPECT_EQ(scaledPhotoPng(bomb), std::nullopt);
}

} // namespace
} // namespace rapport::core::io
