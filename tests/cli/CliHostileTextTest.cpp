// Hostile text stays text: terminal controls in a CSV cell, a JSON string or a vCard value
// (ESC ] OSC, CSI, a bidi override, DEL, C1) reach rapport-cli's stdout and stderr escaped,
// in error messages and in normal output alike; --json stays valid JSON that still holds
// the text as it was; a damaged photo is a note naming its card, never a line of libpng's.

#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace rapport::test {
namespace {

using namespace Qt::StringLiterals;

QString hostile(const char *name)
{
    return QStringLiteral(RAPPORT_IO_FIXTURES) + u"/hostile/"_s + QLatin1String(name);
}

const QString kEsc = QString(QChar(0x1B));

// The names in hostile/names.csv and names.vcf, as they are and as a terminal gets them.
const QString kEve = u"Eve "_s + kEsc + u"]0;owned\a"_s + kEsc + u"[2J"_s + kEsc + u"[31mRed"_s + kEsc + u"[0m"_s;
const QString kEveShown = uR"(Eve \x1b]0;owned\x07\x1b[2J\x1b[31mRed\x1b[0m)"_s;
const QString kMallory = u"Mallory \u202Egnp.exe\u007F\u009B2J"_s;
const QString kMalloryShown = uR"(Mallory \u202egnp.exe\u007f\u009b2J)"_s;

// Nothing a terminal would obey: C0 but the newline, DEL, C1, bidi controls.
::testing::AssertionResult noRawControls(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n') || (u >= 0x7F && u <= 0x9F) || (u >= 0x202A && u <= 0x202E)
            || (u >= 0x2066 && u <= 0x2069) || u == 0x200E || u == 0x200F)
            return ::testing::AssertionFailure()
                << "U+" << QString::number(u, 16).toStdString() << " in " << text.toStdString();
    }
    return ::testing::AssertionSuccess();
}

class CliHostileTextTest : public CliTest
{
protected:
    CliRun import(const char *format, const QString &file) const
    {
        return runDb({ u"import"_s, u"--format"_s, QLatin1String(format), file });
    }
};

TEST_F(CliHostileTextTest, ErrorMessagesShowControlsFromTheFileEscaped)
{
    const struct
    {
        const char *format;
        const char *file;
        QString shown; // the bad email as the message quotes it
    } cases[] = {
        { "csv", "bad-email.csv",
            uR"("ana \x1b]8;;https://evil.example/\x1b\click\x1b]8;;\x1b\\x1b[2J\x1b[31m@example.com")"_s },
        { "json", "bad-email.json", uR"("ana \x1b]0;owned\x07\x1b[2J@example.com")"_s },
        { "vcard", "bad-email.vcf", uR"(\x1b]8;;https://evil.example/\x1b)"_s },
    };
    for (const auto &c : cases) {
        SCOPED_TRACE(c.file);
        const CliRun r = import(c.format, hostile(c.file));
        EXPECT_EQ(r.exitCode, 1);
        EXPECT_TRUE(noRawControls(r.err));
        EXPECT_TRUE(r.err.contains(c.shown)) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(u"is not an email address"_s)) << r.err.toStdString();
        EXPECT_EQ(r.out, QString());
    }
}

TEST_F(CliHostileTextTest, NamesFromAFileAreShownEscapedAndKeptAsTheyWere)
{
    const CliRun imported = import("csv", hostile("names.csv"));
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();

    // The due list names both colleagues; its #N stay as they are.
    const CliRun due = runDb({ u"due"_s, u"--date"_s, u"2026-03-01"_s });
    EXPECT_EQ(due.exitCode, 0);
    EXPECT_TRUE(noRawControls(due.out));
    EXPECT_TRUE(due.out.contains(kEveShown)) << due.out.toStdString();
    EXPECT_TRUE(due.out.contains(kMalloryShown)) << due.out.toStdString();
    EXPECT_TRUE(due.out.contains(u"#1 "_s)) << due.out.toStdString();
    EXPECT_TRUE(due.out.contains(u"#2 "_s)) << due.out.toStdString();

    // --json: valid, free of raw controls, and the names read back as they were written.
    const CliRun json = runDb({ u"due"_s, u"--date"_s, u"2026-03-01"_s, u"--json"_s });
    EXPECT_EQ(json.exitCode, 0);
    EXPECT_TRUE(noRawControls(json.out));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.out.toUtf8(), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << json.out.toStdString();
    QStringList titles;
    for (const QJsonValue &item : doc.object().value(u"items"_s).toArray())
        titles << item.toObject().value(u"title"_s).toString();
    EXPECT_TRUE(titles.join(u'|').contains(kEve)) << json.out.toStdString();
    EXPECT_TRUE(titles.join(u'|').contains(kMallory)) << json.out.toStdString();

    const CliRun archived = runDb({ u"archive"_s, u"#2"_s });
    EXPECT_EQ(archived.exitCode, 0);
    EXPECT_EQ(archived.out, u"archived #2 %1\n"_s.arg(kMalloryShown));
}

TEST_F(CliHostileTextTest, VCardNamesInTheImportSummaryAreEscaped)
{
    ASSERT_EQ(import("vcard", hostile("names.vcf")).exitCode, 0);
    const CliRun again = import("vcard", hostile("names.vcf"));
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_TRUE(noRawControls(again.out));
    EXPECT_TRUE(again.out.contains(u"already there: %1 (#1, same email)"_s.arg(kEveShown))) << again.out.toStdString();
}

TEST_F(CliHostileTextTest, DamagedPhotosAreNotesNamingTheirCardNotLinesOfLibpng)
{
    const CliRun r = import("vcard", hostile("photos.vcf"));
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.err, QString()); // no "libpng warning: iCCP ..." nor "libpng error: ..."
    EXPECT_TRUE(r.out.contains(u"imported %1: 2 new colleagues"_s.arg(hostile("photos.vcf")))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"(Ben Okafor): the photo is not an image that can be read"_s)) << r.out.toStdString();
    EXPECT_FALSE(r.out.contains(u"Ana Silva"_s)) << r.out.toStdString(); // her photo was read
}

} // namespace
} // namespace rapport::test

namespace rapport::test {
namespace {

// A file name is text from elsewhere too: "%1" in it stays as it is in every message.
TEST_F(CliHostileTextTest, PercentSignsInAFileNameStayAsTheyAre)
{
    for (const char *fixture : { "bad-email.csv", "bad-email.vcf" }) {
        const QString odd = path(u"contacts %1 from %2 (100%)."_s + QString::fromLatin1(fixture).section(u'.', 1));
        ASSERT_TRUE(QFile::copy(hostile(fixture), odd));
        const CliRun r = import(QString::fromLatin1(fixture).endsWith(u".csv"_s) ? "csv" : "vcard", odd);
        EXPECT_EQ(r.exitCode, 1);
        EXPECT_TRUE(r.err.startsWith(u"rapport-cli: "_s + odd + u": line "_s)) << r.err.toStdString();
    }
}

} // namespace
} // namespace rapport::test
