// Malformed and hostile rapport-journal files: each is refused with a message that names
// the file, the line and column or the record and field, and the journal is left exactly
// as it was, byte for byte in every table. Hostile ones (a 50 MB photo, nesting a million
// deep, a million lines, huge arrays) are refused within bounded time and memory.

#include "IoTestSupport.h"
#include "MemoryBounds.h"
#include "io/JsonImport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <gtest/gtest.h>

namespace rapport::core::io {
namespace {

using namespace Qt::StringLiterals;
using test::date;
using test::must;

struct Case
{
    const char *file;
    const char *message; // after "PATH: "
};

// Every fixture under tests/fixtures/io/json, with the message it must give.
const Case kCases[] = {
    { "empty.json", "the file is empty" },
    { "not-an-object.json", "line 1: this is not a Rapport journal: the file must hold one JSON object { ... }" },
    { "wrong-format.json",
        "field \"format\" (line 1): is \"contacts-backup\", not \"rapport-journal\": this is not a Rapport journal" },
    { "missing-format.json", "field \"format\": the field is missing: this is not a Rapport journal" },
    { "newer-version.json",
        "field \"version\" (line 2): the file is version 2 of the format, newer than this Rapport reads (1); update "
        "Rapport to import it" },
    { "version-as-text.json", "field \"version\" (line 2): must be a whole number from 1" },
    { "trailing-comma.json", "line 3, column 1: expected a field name in double quotes but found \"}\"" },
    { "unterminated-text.json",
        "line 3, column 32, in colleagues[0]: a text runs on to the next line: a closing \" is missing, or a line "
        "break must be written \\n" },
    { "missing-colon.json", "line 2, column 15: expected \":\" after the field name but found \"[\"" },
    { "text-after-document.json", "line 7, column 1: unexpected \"a\" after the end of the document" },
    { "unknown-escape.json", "line 3, column 27, in colleagues[0]: unknown escape \\x in a text" },
    { "invalid-utf8.json", "line 3, column 26, in colleagues[0]: the file is not valid UTF-8" },
    { "overlong-utf8.json", "line 3, column 31, in colleagues[0]: the file is not valid UTF-8" },
    { "nul-byte.json", "line 3, column 25, in colleagues[0]: the file contains a NUL byte" },
    { "escaped-nul.json", "line 3, column 31, in colleagues[0]: a text contains \\u0000 (a NUL character)" },
    { "lone-surrogate.json", "line 3, column 32, in colleagues[0]: a text contains a lone high surrogate \\ud800" },
    { "raw-tab-in-text.json",
        "line 3, column 25, in colleagues[0]: a text contains the control character 0x09; write it as an escape such "
        "as \\n" },
    { "nested-too-deep.json", "line 3, column 56, in colleagues[0]: the data is nested more than 16 levels deep" },
    { "leading-zero.json", "line 3, column 11, in colleagues[0]: unexpected \"1\" in a number" },
    { "truncated.json", "line 4, column 10, in colleagues[1]: the file ends where a value was expected" },
    { "colleagues-not-an-array.json", "field \"colleagues\" (line 2): must be an array [ ... ] or null" },
    { "record-not-an-object.json", "colleagues[1] (line 4): must be an object { ... }" },
    { "list-given-twice.json", "field \"colleagues\" (line 6): the list is given twice" },
    { "missing-name.json", "colleagues[1], field \"name\" (line 4): the field is missing" },
    { "blank-name.json", "colleagues[0], field \"name\" (line 3): A colleague needs a name." },
    { "name-is-a-number.json", "colleagues[0], field \"name\" (line 3): must be a text, not a number" },
    { "field-given-twice.json", "colleagues[0], field \"name\" (line 3): the field is given twice" },
    { "duplicate-colleague-id.json",
        "colleagues[2], field \"id\": the id 1 is used twice in colleagues (also by colleagues[0])" },
    { "negative-id.json", "colleagues[0], field \"id\" (line 3): must be a positive whole number, not -3" },
    { "fractional-cadence.json", "colleagues[0], field \"cadence_days\" (line 3): must be a whole number, not 7.5" },
    { "cadence-out-of-range.json",
        "colleagues[0], field \"cadence_days\" (line 3): The touchbase cadence must be 0 (none) or 1 to 365 days." },
    { "bad-email.json", "colleagues[0], field \"email\" (line 3): \"ana.silva.example.com\" is not an email address." },
    { "unknown-time-zone.json",
        "colleagues[0], field \"time_zone\" (line 3): \"Mars/Olympus_Mons\" is not a known time zone; use an IANA name "
        "such as Europe/Berlin." },
    { "bad-birthday.json",
        "colleagues[0], field \"birthday\" (line 3): \"--13-01\" is not a birthday written YYYY-MM-DD or --MM-DD" },
    { "photo-not-base64.json", "colleagues[0], field \"photo_png_base64\" (line 3): is not valid base64" },
    { "photo-not-png.json", "colleagues[0], field \"photo_png_base64\" (line 3): The photo must be a PNG image." },
    { "bad-work-mode.json",
        "colleagues[0], field \"work_mode\" (line 3): \"sometimes\" is not one of: office, hybrid, remote" },
    { "not-a-real-date.json",
        "interactions[0], field \"date\" (line 7): \"2026-02-30\" is not a date written YYYY-MM-DD" },
    { "bad-time.json", "interactions[0], field \"time\" (line 7): \"25:00\" is not a time written HH:MM" },
    { "unknown-kind.json",
        "interactions[0], field \"kind\" (line 7): \"lunch\" is not one of: coffee, touchbase, meal, greeting, "
        "collaboration, help_given, help_received, feedback_given, feedback_received, shared_info, asked_opinion, "
        "celebration, introduction, tension, other" },
    { "unknown-participant.json", "interactions[1], field \"participants\" (line 8): There is no colleague #99." },
    { "no-participants.json",
        "interactions[0], field \"participants\" (line 7): An interaction needs at least one colleague." },
    { "quality-out-of-range.json", "interactions[0], field \"quality\" (line 7): must be between 1 and 5, not 7" },
    { "duplicate-interaction-id.json",
        "interactions[1], field \"id\" (line 8): the id 5 is used twice in interactions (also by interactions[0])" },
    { "gratitude-without-what.json", "gratitude[0], field \"what\" (line 7): What the thanks were for is required." },
    { "promise-due-before-made.json",
        "commitments[0], field \"due_on\" (line 7): The due date 2026-01-03 is before the promise was made "
        "(2026-01-10)." },
    { "done-promise-without-date.json",
        "commitments[0], field \"closed_on\" (line 7): A promise that is done or dropped needs the date it was "
        "closed." },
    { "renegotiation-without-on.json",
        "commitments[0], field \"renegotiations\" (line 7): the field \"on\" of renegotiations[0] is missing" },
    { "follow-up-of-another-colleagues-fact.json",
        "follow_ups[0], field \"fact_id\" (line 10): There is no fact #1 about this colleague." },
    { "fact-of-unknown-colleague.json", "facts[0], field \"colleague_id\" (line 7): There is no colleague #3." },
    { "capacity-zero.json",
        "about_me, field \"capacity\" (line 6): The relationship capacity must be between 1 and 1000." },
    { "reflection-without-text.json", "reflections[0], field \"text\" (line 7): the field is missing" },
};

class JsonMalformedTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        test::fillSmallJournal(journal.journal());
        before = test::dumpJournal(journal.db());
    }

    // Imports `path`, expecting exactly `message` after the path, and no change at all.
    void refused(const QString &path, const QString &message)
    {
        auto imported = JsonImport::read(journal.journal(), path);
        ASSERT_FALSE(imported) << path.toStdString();
        EXPECT_EQ(imported.error().message, QDir::toNativeSeparators(path) + QStringLiteral(": ") + message);
        EXPECT_EQ(test::dumpJournal(journal.db()), before) << path.toStdString();
    }

    QString temp(const char *name) const { return QDir(journal.folder()).filePath(QString::fromLatin1(name)); }

    test::TempJournal journal { date("2026-01-15") };
    QStringList before;
};

TEST_F(JsonMalformedTest, EveryFixtureIsRefusedWithItsMessageAndChangesNothing)
{
    const QStringList files
        = QDir(test::fixture(QStringLiteral("json"))).entryList({ QStringLiteral("*.json") }, QDir::Files);
    EXPECT_GE(files.size(), 30);
    QStringList covered;
    for (const Case &c : kCases) {
        SCOPED_TRACE(c.file);
        refused(test::fixture(QStringLiteral("json/") + QLatin1String(c.file)), QString::fromUtf8(c.message));
        covered << QString::fromLatin1(c.file);
    }
    covered.sort();
    EXPECT_EQ(covered, files) << "every fixture needs its expected message";
}

TEST_F(JsonMalformedTest, ErrorNamesTheRecordAndFieldForTheApp)
{
    auto imported = JsonImport::read(journal.journal(), test::fixture(QStringLiteral("json/unknown-participant.json")));
    ASSERT_FALSE(imported);
    EXPECT_EQ(imported.error().field, QStringLiteral("interactions[1].participants"));
}

TEST_F(JsonMalformedTest, FiftyMegabytePhotoIsRefusedByName)
{
    const QString path = temp("photo.json");
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(
            "{\"format\": \"rapport-journal\", \"version\": 1,\n \"colleagues\": [\n  {\"id\": 1, \"name\": \"Ana\"},\n"
            "  {\"id\": 2, \"name\": \"Ben\", \"photo_png_base64\": \"");
        const QByteArray chunk(1 << 20, 'A');
        for (int i = 0; i < 50; ++i)
            file.write(chunk);
        file.write("\"}\n ]\n}\n");
    }
    test::resetPeakMemory();
    const qint64 base = test::peakMemoryKiB();
    QElapsedTimer timer;
    timer.start();
    refused(path,
        QStringLiteral(
            "colleagues[1], field \"photo_png_base64\" (line 4): the photo is too large (over 2 MB as base64); "
            "it is stored scaled to at most 256 px"));
    EXPECT_LT(timer.elapsed(), 10'000);
    if (test::memoryBoundsApply()) {
        EXPECT_LT(test::peakMemoryKiB() - base, 20 * 1024) << "the photo must not be read whole";
    }
}

TEST_F(JsonMalformedTest, HostileShapesAreRefusedQuickly)
{
    const QByteArray head
        = "{\"format\": \"rapport-journal\", \"version\": 1,\n \"colleagues\": [{\"id\": 1, \"name\": \"Ana\", \"x\": ";
    struct Hostile
    {
        const char *name;
        QByteArray content;
        QString message;
    };
    const Hostile cases[] = {
        { "deep.json", head + QByteArray(1'000'000, '['),
            u"line 2, column 60, in colleagues[0]: the data is nested more than 16 levels deep"_s },
        { "lines.json", head + QByteArray(1'000'000, '\n') + "?",
            u"line 1000002, column 1, in colleagues[0]: expected a value but found \"?\""_s },
        // A field no one reads may be long (it is skipped without being kept); a read one may not.
        { "long-text.json",
            head + '"' + QByteArray(600'000, 'a') + "\", \"notes\": \"" + QByteArray(600'000, 'a') + "\"}]}",
            u"colleagues[0], field \"notes\" (line 2): the text is too long (over 524288 bytes)"_s },
        { "participants.json",
            "{\"format\": \"rapport-journal\", \"version\": 1, \"colleagues\": [{\"id\": 1, \"name\": \"Ana\"}],\n"
            " \"interactions\": [{\"id\": 1, \"date\": \"2025-01-01\", \"kind\": \"coffee\", \"participants\": ["
                + QByteArray("1, ").repeated(20'000) + "1]}]}",
            u"interactions[0], field \"participants\" (line 2): has more than 10000 values"_s },
    };
    for (const Hostile &h : cases) {
        SCOPED_TRACE(h.name);
        test::writeAll(temp(h.name), h.content);
        QElapsedTimer timer;
        timer.start();
        refused(temp(h.name), h.message);
        EXPECT_LT(timer.elapsed(), 10'000);
    }
}

} // namespace
} // namespace rapport::core::io
