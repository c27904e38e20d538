// Malformed and hostile CSV files of colleagues: each is refused with a message that names
// the file, the line and the field (with the column it came from), and the journal is left
// exactly as it was. A million lines, a huge field and a huge text are refused within
// bounded time and memory.

#include "IoTestSupport.h"
#include "MemoryBounds.h"
#include "io/CsvColleagueImport.h"

#include <QDir>
#include <QElapsedTimer>

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

// Every fixture under tests/fixtures/io/csv, with the message it must give.
const Case kCases[] = {
    { "empty.csv", "the file is empty; it needs a header row" },
    { "no-name-column.csv",
        "no column holds the name (the columns are \"email\", \"team\"); call one \"name\", or \"first name\" and "
        "\"last name\"" },
    { "unclosed-quote.csv", "line 3: a quoted field is never closed; a \" is missing" },
    { "text-after-closing-quote.csv", "line 2: unexpected text after the closing \" of a quoted field" },
    { "bare-quote.csv", "line 2: a field that holds a \" must be in double quotes, with the \" doubled" },
    { "nul-byte.csv", "line 2: the file contains a NUL byte" },
    { "latin1-not-utf8.csv", "line 2: the file is not valid UTF-8; save it as UTF-8 and try again" },
    { "overlong-utf8.csv", "line 2: the file is not valid UTF-8; save it as UTF-8 and try again" },
    { "too-many-fields.csv", "line 2: the line has 4 fields, more than the 3 columns of the header" },
    { "bad-email.csv", "line 2, field \"email\" (column 2, \"email\"): \"ana@\" is not an email address." },
    { "bad-start-date.csv",
        "line 2, field \"start_date\" (column 2, \"start date\"): \"2024-13-01\" is not a date written YYYY-MM-DD" },
    { "bad-birthday.csv",
        "line 2, field \"birthday\" (column 2, \"birthday\"): \"--02-30\" is not a birthday written YYYY-MM-DD or "
        "--MM-DD" },
    { "bad-work-mode.csv",
        "line 2, field \"work_mode\" (column 2, \"work mode\"): \"sometimes\" is not one of: office, hybrid, remote" },
    { "bad-preferred-channel.csv",
        "line 2, field \"preferred_channel\" (column 2, \"preferred channel\"): \"pigeon\" is not one of: email, chat, "
        "call, video, in_person, any" },
    { "bad-best-time.csv",
        "line 2, field \"best_time\" (column 2, \"best time\"): \"evening\" is not one of: morning, afternoon, any" },
    { "cadence-not-a-number.csv",
        "line 2, field \"cadence_days\" (column 2, \"cadence\"): \"weekly\" is not a whole number of days" },
    { "cadence-out-of-range.csv",
        "line 2, field \"cadence_days\" (column 2, \"cadence days\"): The touchbase cadence must be 0 (none) or 1 to "
        "365 days." },
    { "archived-not-a-flag.csv",
        "line 2, field \"archived\" (column 2, \"archived\"): \"maybe\" is not true or false" },
    { "unknown-time-zone.csv",
        "line 2, field \"time_zone\" (column 2, \"time zone\"): \"Mars/Olympus_Mons\" is not a known time zone; use an "
        "IANA name such as Europe/Berlin." },
    { "name-too-long.csv",
        "line 2, field \"name\" (column 1, \"name\"): The name is too long (201 characters; at most 200)." },
    { "row-without-name.csv", "line 3, field \"name\" (column 1, \"name\"): A colleague needs a name." },
    { "too-many-tags.csv", "line 2, field \"tags\" (column 2, \"tags\"): A colleague can have at most 50 tags." },
    { "tag-too-long.csv",
        "line 2, field \"tags\" (column 2, \"tags\"): The tag \"tttttttttttttttttttt…\" is too long (at most 100 "
        "characters)." },
    { "bad-tracked-since.csv",
        "line 2, field \"tracked_since\" (column 2, \"tracked since\"): \"yesterday\" is not a date written "
        "YYYY-MM-DD" },
    { "tracked-since-too-early.csv",
        "line 2, field \"tracked_since\" (column 2, \"tracked since\"): The date tracked_since must be between the "
        "years 1900 and 2999." },
    { "given-and-family-names-empty.csv",
        "line 3, field \"name\" (column 1, \"first name\"): A colleague needs a name." },
    { "semicolons-bad-email.csv",
        "line 3, field \"email\" (column 2, \"E-mail\"): \"ben(at)example.com\" is not an email address." },
    { "cr-line-endings.csv", "line 3, field \"email\" (column 2, \"email\"): \"ben@\" is not an email address." },
    { "multiline-field-then-bad-email.csv",
        "line 5, field \"email\" (column 3, \"email\"): \"not-an-email\" is not an email address." },
    { "bom-then-bad-date.csv",
        "line 2, field \"start_date\" (column 2, \"start_date\"): \"01/02/2024\" is not a date written YYYY-MM-DD" },
    { "too-many-columns.csv", "line 1: a line has more than 500 fields" },
    { "header-only-stray-quote.csv", "line 2: a field that holds a \" must be in double quotes, with the \" doubled" },
    { "lf-endings-bad-email-line-4.csv",
        "line 4, field \"email\" (column 2, \"email\"): \"chloe at example\" is not an email address." },
    { "quoted-header-unclosed.csv", "line 1: a quoted field is never closed; a \" is missing" },
};

class CsvMalformedTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        test::fillSmallJournal(journal.journal());
        before = test::dumpJournal(journal.db());
    }

    // Imports `path` as the command line does (the mapping its headers give), expecting
    // exactly `message` after the path, and no change at all.
    void refused(const QString &path, const QString &message)
    {
        auto preview = CsvColleagueImport::preview(path, 0);
        const auto mapping
            = preview ? CsvColleagueImport::guessMapping(preview->headers) : CsvColleagueImport::Mapping();
        auto imported = CsvColleagueImport::read(journal.journal(), path, mapping);
        ASSERT_FALSE(imported) << path.toStdString();
        EXPECT_EQ(imported.error().message, QDir::toNativeSeparators(path) + u": "_s + message);
        EXPECT_EQ(test::dumpJournal(journal.db()), before) << path.toStdString();
    }

    QString temp(const char *name) const { return QDir(journal.folder()).filePath(QString::fromLatin1(name)); }

    test::TempJournal journal { date("2026-01-15") };
    QStringList before;
};

TEST_F(CsvMalformedTest, EveryFixtureIsRefusedWithItsMessageAndChangesNothing)
{
    const QStringList files = QDir(test::fixture(u"csv"_s)).entryList({ u"*.csv"_s }, QDir::Files);
    EXPECT_GE(files.size(), 30);
    QStringList covered;
    for (const Case &c : kCases) {
        SCOPED_TRACE(c.file);
        refused(test::fixture(u"csv/"_s + QLatin1String(c.file)), QString::fromUtf8(c.message));
        covered << QString::fromLatin1(c.file);
    }
    covered.sort();
    EXPECT_EQ(covered, files) << "every fixture needs its expected message";
}

TEST_F(CsvMalformedTest, HostileFilesAreRefusedQuicklyInBoundedMemory)
{
    const QByteArray header = "name,email,notes\r\n";
    QByteArray lines = header;
    lines.reserve(22 * 1'000'000);
    for (int i = 1; i <= 1'000'000; ++i)
        lines += "Colleague " + QByteArray::number(i) + ",,\r\n";
    struct Hostile
    {
        const char *name;
        QByteArray content;
        QString message;
    };
    const Hostile cases[] = {
        { "million.csv", lines,
            u"line 100002: the file has more than 100000 colleagues; split it into smaller files"_s },
        { "huge-field.csv", header + "Ana," + QByteArray(600'000, 'x') + ",\r\n",
            u"line 2: a field is longer than 524288 bytes"_s },
        { "long-notes.csv", header + "Ana,," + QByteArray(100'001, 'n') + "\r\n",
            u"line 2, field \"notes\" (column 3, \"notes\"): The field notes is too long (100001 characters; at most 100000)."_s },
    };
    lines = {};
    for (const Hostile &h : cases) {
        SCOPED_TRACE(h.name);
        test::writeAll(temp(h.name), h.content);
        test::resetPeakMemory();
        const qint64 base = test::peakMemoryKiB();
        QElapsedTimer timer;
        timer.start();
        refused(temp(h.name), h.message);
        EXPECT_LT(timer.elapsed(), 20'000);
        if (test::memoryBoundsApply()) {
            EXPECT_LT(test::peakMemoryKiB() - base, 30 * 1024);
        }
    }
}

} // namespace
} // namespace rapport::core::io
