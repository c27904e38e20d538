// CSV in and out: every list exported as RFC 4180 and read back by Python's csv module,
// cells that begin like a formula neutralised, colleagues imported from a CSV file whose
// headers are matched by name, and the reader's handling of quotes, line breaks and
// separators.

#include "IoTestSupport.h"
#include "io/CsvColleagueImport.h"
#include "io/CsvExport.h"
#include "io/CsvReader.h"
#include "storage/JournalReader.h"

#include <QBuffer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

namespace rapport::core::io {
namespace {

using namespace Qt::StringLiterals;
using test::date;
using test::must;

const QString kReadCsv = u"import csv, json, sys\n"
                         "with open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
                         "    print(json.dumps(list(csv.reader(f))))\n"_s;

// The rows of a CSV file as Python's csv module reads them.
QList<QStringList> pythonRows(const QString &path)
{
    QList<QStringList> rows;
    for (const QJsonValue &row : QJsonDocument::fromJson(test::runPython(kReadCsv, { path })).array()) {
        QStringList cells;
        for (const QJsonValue &cell : row.toArray())
            cells << cell.toString();
        rows << cells;
    }
    return rows;
}

// Colleagues whose texts are what CSV and spreadsheets trip over.
void addAwkwardColleagues(Journal &j)
{
    Colleague formula = test::makeColleague(u"=HYPERLINK(\"http://example.com\",\"Ana\")"_s, 14, "2024-03-01");
    formula.role = u"+lead"_s;
    formula.team = u"-platform"_s;
    formula.department = u"@engineering"_s;
    formula.notes = u"\tstarts with a tab\nthen a line, with a comma and \"quotes\""_s;
    formula.birthday = Birthday { 5, 14, std::nullopt };
    formula.tags = { u"coffee"_s, u"mentor"_s };
    formula.workMode = WorkMode::Remote;
    must(j.addColleague(formula));
    Colleague plain = test::makeColleague(u"Ben, the \"Builder\""_s, 0, "2024-03-02");
    plain.notes = u"line one\r\nline two"_s;
    plain.email = u"ben@example.com"_s;
    plain.archived = true;
    must(j.addColleague(plain));
}

class CsvTest : public ::testing::Test
{
protected:
    QString file(const QString &name) const { return QDir(journal.folder()).filePath(name); }
    test::TempJournal journal { date("2025-03-15") };
};

TEST_F(CsvTest, ColleaguesExportReadsBackInPythonWithFormulasNeutralised)
{
    addAwkwardColleagues(journal.journal());
    const QString path = file(u"colleagues.csv"_s);
    must(CsvExport::writeFile(journal.db(), CsvList::Colleagues, path));

    const QByteArray raw = test::readAll(path);
    EXPECT_TRUE(raw.startsWith("id,name,pronouns,role,team,department,email,phone,chat,work_mode,time_zone,start_date,"
                               "birthday,how_we_met,preferred_channel,best_time,working_style,cadence_days,tags,notes,"
                               "tracked_since,archived\r\n"));
    EXPECT_TRUE(raw.endsWith("\r\n"));
    const QList<QStringList> rows = pythonRows(path);
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[0], CsvExport::columns(CsvList::Colleagues));
    // Sorted by id: the formula-like colleague first.
    const QStringList first = rows[1];
    ASSERT_EQ(first.size(), 22);
    EXPECT_EQ(first[0], u"1"_s);
    EXPECT_EQ(first[1], u"'=HYPERLINK(\"http://example.com\",\"Ana\")"_s);
    EXPECT_EQ(first[3], u"'+lead"_s);
    EXPECT_EQ(first[4], u"'-platform"_s);
    EXPECT_EQ(first[5], u"'@engineering"_s);
    EXPECT_EQ(first[9], u"remote"_s);
    EXPECT_EQ(first[12], u"'--05-14"_s); // a birthday without a year reads as a subtraction
    EXPECT_EQ(first[17], u"14"_s);
    EXPECT_EQ(first[18], u"coffee; mentor"_s);
    EXPECT_EQ(first[19], u"'\tstarts with a tab\nthen a line, with a comma and \"quotes\""_s);
    EXPECT_EQ(first[20], u"2024-03-01"_s);
    EXPECT_EQ(first[21], u"false"_s);
    const QStringList second = rows[2];
    EXPECT_EQ(second[1], u"Ben, the \"Builder\""_s);
    EXPECT_EQ(second[6], u"ben@example.com"_s);
    EXPECT_EQ(second[19], u"line one\r\nline two"_s);
    EXPECT_EQ(second[21], u"true"_s);
}

TEST_F(CsvTest, EveryListExportsIntoAFolderAndReadsBack)
{
    test::fillSmallJournal(journal.journal());
    const QString folder = file(u"lists"_s);
    QList<qint64> seen;
    must(CsvExport::writeFolder(journal.db(), folder, [&](qint64 done, qint64 total) {
        EXPECT_EQ(total, 8);
        seen << done;
        return true;
    }));
    EXPECT_EQ(seen.last(), 8);
    const storage::JournalCounts counts = must(storage::JournalReader(journal.db()).counts());
    const std::pair<CsvList, qint64> lists[] = { { CsvList::Colleagues, counts.colleagues },
        { CsvList::Interactions, counts.interactions }, { CsvList::Gratitude, counts.gratitude },
        { CsvList::Commitments, counts.commitments }, { CsvList::FollowUps, counts.followUps },
        { CsvList::Facts, counts.facts }, { CsvList::Reflections, counts.reflections } };
    for (const auto &[list, count] : lists) {
        const QList<QStringList> rows = pythonRows(QDir(folder).filePath(CsvExport::key(list) + u".csv"_s));
        ASSERT_EQ(rows.size(), count + 1) << CsvExport::key(list).toStdString();
        EXPECT_EQ(rows[0], CsvExport::columns(list));
    }
    const QList<QStringList> interactions = pythonRows(QDir(folder).filePath(u"interactions.csv"_s));
    EXPECT_EQ(interactions[1],
        (QStringList { u"1"_s, u"2025-03-01"_s, u"12:35"_s, u"45"_s, u"meal"_s, u"1; 2"_s, u"Ana Silva; Ben Okafor"_s,
            u"in_person"_s, u"them"_s, u"4"_s, u"Talked about the Lisbon trip.\nAsk about the kids' school."_s }));
    const QList<QStringList> promises = pythonRows(QDir(folder).filePath(u"commitments.csv"_s));
    EXPECT_EQ(promises[1],
        (QStringList { u"1"_s, u"1"_s, u"Ana Silva"_s, u"send the notes"_s, u"mine"_s, u"2025-03-01"_s, u"2025-03-12"_s,
            u"open"_s, QString(), u"1"_s, u"2025-03-08"_s }));
    const QList<QStringList> followUps = pythonRows(QDir(folder).filePath(u"follow_ups.csv"_s));
    EXPECT_EQ(followUps[1],
        (QStringList { u"1"_s, u"2"_s, u"Ben Okafor"_s, u"Ask how Lisbon was"_s, u"2025-03-14"_s, QString(), u"1"_s }));
}

TEST_F(CsvTest, CancelledFolderExportLeavesNoFile)
{
    test::fillSmallJournal(journal.journal());
    const QString folder = file(u"lists"_s);
    const Status cancelled = CsvExport::writeFolder(journal.db(), folder, [](qint64 done, qint64) { return done < 5; });
    EXPECT_EQ(cancelled.error().message, u"The export was cancelled."_s);
    EXPECT_EQ(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList());
}

TEST_F(CsvTest, ExportedColleaguesImportBackUnchanged)
{
    addAwkwardColleagues(journal.journal());
    const QString path = file(u"colleagues.csv"_s);
    must(CsvExport::writeFile(journal.db(), CsvList::Colleagues, path));
    test::TempJournal other(date("2025-03-15"));
    const auto preview = must(CsvColleagueImport::preview(path, 2));
    EXPECT_EQ(preview.rows.size(), 2);
    const auto mapping = CsvColleagueImport::guessMapping(preview.headers);
    EXPECT_FALSE(mapping[0]); // id: a new journal gives its own
    EXPECT_EQ(must(CsvColleagueImport::read(other.journal(), path, mapping)), 2);
    for (const Id id : { Id(1), Id(2) }) {
        Colleague original = *must(journal.repos().colleagues.find(id));
        Colleague imported = *must(other.repos().colleagues.find(id));
        EXPECT_EQ(imported, original) << id;
    }
}

TEST_F(CsvTest, HeadersAreMatchedByNameInAnyCaseAndPunctuation)
{
    using C = ColleagueColumn;
    const auto mapping = CsvColleagueImport::guessMapping(
        { u"Full Name"_s, u"E-mail Address"_s, u"JOB TITLE"_s, u"dept."_s, u"Labels"_s, u"Date of birth"_s,
            u"work_mode"_s, u"Cadence"_s, u"Shoe size"_s, u"email"_s, u"Time-Zone"_s });
    const CsvColleagueImport::Mapping expected = { C::Name, C::Email, C::Role, C::Department, C::Tags, C::Birthday,
        C::WorkMode, C::CadenceDays, std::nullopt, std::nullopt, C::TimeZone };
    EXPECT_EQ(mapping, expected);
    EXPECT_TRUE(CsvColleagueImport::aliases(C::Name).contains(u"full name"_s));
    EXPECT_EQ(CsvColleagueImport::key(C::PreferredChannel), u"preferred_channel"_s);
    EXPECT_EQ(CsvColleagueImport::label(C::CadenceDays), u"Touchbase cadence (days)"_s);
    EXPECT_EQ(CsvColleagueImport::columns().size(), std::size_t(23));
}

TEST_F(CsvTest, ImportsAnAddressBookStyleFile)
{
    const QString path = file(u"contacts.csv"_s);
    test::writeAll(path,
        "\xef\xbb\xbf"
        "First Name;Last Name;E-mail Address;Job Title;Labels;Birthday;Work mode;Archived;Notes\r\n"
        "Ana;Silva;ana@example.com;Staff engineer;\"coffee, mentor\";--07-14;In person;no;\"two\nlines\"\r\n"
        ";;;;;;;;\r\n"
        "Ben;Okafor;ben@example.com;Manager;;1985-11-02;hybrid;yes;'=1+1\r\n");
    const auto preview = must(CsvColleagueImport::preview(path));
    ASSERT_EQ(preview.headers.size(), 9);
    auto mapping = CsvColleagueImport::guessMapping(preview.headers);
    ASSERT_EQ(mapping[6], ColleagueColumn::WorkMode);
    // "In person" is no work mode: refused with nothing written, until the column is left out
    // (as the mapping dialog lets the user do).
    auto refused = CsvColleagueImport::read(journal.journal(), path, mapping);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().message,
        QDir::toNativeSeparators(path)
            + u": line 2, field \"work_mode\" (column 7, \"Work mode\"): \"In person\" is not one of: office, hybrid, remote"_s);
    EXPECT_EQ(must(journal.repos().colleagues.count()), 0);
    mapping[6] = std::nullopt;
    EXPECT_EQ(must(CsvColleagueImport::read(journal.journal(), path, mapping)), 2);
    const Colleague ana = *must(journal.repos().colleagues.find(1));
    EXPECT_EQ(ana.name, u"Ana Silva"_s);
    EXPECT_EQ(ana.email, u"ana@example.com"_s);
    EXPECT_EQ(ana.role, u"Staff engineer"_s);
    EXPECT_EQ(ana.tags, (QStringList { u"coffee"_s, u"mentor"_s }));
    EXPECT_EQ(ana.birthday, (Birthday { 7, 14, std::nullopt }));
    EXPECT_EQ(ana.notes, u"two\nlines"_s);
    EXPECT_EQ(ana.trackedSince, date("2025-03-15"));
    const Colleague ben = *must(journal.repos().colleagues.find(2));
    EXPECT_TRUE(ben.archived);
    EXPECT_EQ(ben.notes, u"=1+1"_s); // the quote a CSV export put before a formula comes off
    EXPECT_FALSE(journal->undoStack().canUndo());
}

QList<QStringList> readCsv(const QByteArray &bytes, QList<qint64> *lines = nullptr)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    QList<QStringList> rows;
    QStringList cells;
    while (reader.next(cells)) {
        rows << cells;
        if (lines)
            *lines << reader.line();
    }
    EXPECT_FALSE(reader.failed()) << reader.problem().toStdString();
    return rows;
}

TEST(CsvReaderTest, ReadsQuotesLineBreaksAndEveryLineEnding)
{
    QList<qint64> lines;
    const auto rows = readCsv("a,\"b,\"\"c\"\"\",\"multi\r\nline\"\r\n1,,3\n\"\",x,\"\"\r4,5,6", &lines);
    ASSERT_EQ(rows.size(), 4);
    EXPECT_EQ(rows[0], (QStringList { u"a"_s, u"b,\"c\""_s, u"multi\r\nline"_s }));
    EXPECT_EQ(rows[1], (QStringList { u"1"_s, QString(), u"3"_s }));
    EXPECT_EQ(rows[2], (QStringList { QString(), u"x"_s, QString() }));
    EXPECT_EQ(rows[3], (QStringList { u"4"_s, u"5"_s, u"6"_s }));
    EXPECT_EQ(lines, (QList<qint64> { 1, 3, 4, 5 }));
}

TEST(CsvReaderTest, FindsTheSeparatorAndSkipsTheByteOrderMark)
{
    EXPECT_EQ(readCsv("\xef\xbb\xbfname;email\r\nAna;a@b\r\n")[1], (QStringList { u"Ana"_s, u"a@b"_s }));
    EXPECT_EQ(readCsv("name\temail\nAna\ta,b\n")[1], (QStringList { u"Ana"_s, u"a,b"_s }));
    EXPECT_EQ(readCsv("\"a;b\",c\n1,2\n")[0], (QStringList { u"a;b"_s, u"c"_s }));
}

} // namespace
} // namespace rapport::core::io
