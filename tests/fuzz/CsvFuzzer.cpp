// Fuzz target for CSV files of colleagues: CsvReader over the bytes (small limits, so
// inputs reach them), then the import as the command line runs it (preview, the mapping
// guessed from the header, CsvColleagueImport::read into a journal). Properties checked
// beyond "no crash": every record CsvReader reads is read back the same after CsvWriter
// writes it (each cell as CsvWriter::neutralised gives it), and a refused import leaves
// the journal's records as they were.

#include "FuzzSupport.h"
#include "io/CsvColleagueImport.h"
#include "io/CsvReader.h"
#include "io/CsvWriter.h"

#include <QBuffer>
#include <QList>
#include <QStringList>

namespace {

using rapport::core::io::CsvColleagueImport;
using rapport::core::io::CsvReader;
using rapport::core::io::CsvWriter;

constexpr const char *kTarget = "csv";
constexpr int kMaxRecords = 200;

QList<QStringList> readRecords(const QByteArray &bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader csv(buffer, { .maxFieldBytes = 1024, .maxColumns = 40, .maxBytes = 32 * 1024 });
    QList<QStringList> records;
    QStringList cells;
    while (records.size() < kMaxRecords && csv.next(cells)) {
        if (cells.isEmpty())
            rapport::fuzz::broken(kTarget, QStringLiteral("a record without cells"));
        records << cells;
    }
    if (csv.failed())
        rapport::fuzz::say(kTarget, QStringLiteral("reader: line %1: %2").arg(csv.problemLine()).arg(csv.problem()));
    return records;
}

// Written by CsvWriter after a first row that fixes the separator (a reader guesses it from
// the first line, and a cell "a;b" alone there would make it a semicolon), then read again.
void roundTrip(const QList<QStringList> &records)
{
    QByteArray written;
    {
        QBuffer out(&written);
        out.open(QIODevice::WriteOnly);
        CsvWriter writer(out);
        writer.text(QStringLiteral("first"));
        writer.text(QStringLiteral("row"));
        writer.endRow();
        for (const QStringList &record : records) {
            for (const QString &cell : record)
                writer.text(cell);
            writer.endRow();
        }
        if (!writer.flush())
            rapport::fuzz::broken(kTarget, QStringLiteral("CsvWriter failed on a buffer"));
    }
    QBuffer in(&written);
    in.open(QIODevice::ReadOnly);
    CsvReader csv(in);
    QStringList cells;
    if (!csv.next(cells))
        rapport::fuzz::broken(kTarget, QStringLiteral("the first row written is not read back"));
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (!csv.next(cells))
            rapport::fuzz::broken(kTarget, QStringLiteral("record %1 written is not read back: %2").arg(i).arg(csv.problem()));
        QStringList expected;
        for (const QString &cell : records[i])
            expected << CsvWriter::neutralised(cell);
        if (cells != expected)
            rapport::fuzz::broken(kTarget, QStringLiteral("record %1 reads back differently").arg(i));
    }
    if (csv.next(cells) || csv.failed())
        rapport::fuzz::broken(kTarget, QStringLiteral("more read back than was written"));
}

void import(const QByteArray &bytes)
{
    auto &journal = rapport::fuzz::ScratchJournal::get();
    const qint64 before = rapport::fuzz::ScratchJournal::records();
    const QString path = rapport::fuzz::scratchFile(QStringLiteral("input.csv"), bytes);
    auto preview = CsvColleagueImport::preview(path, 3);
    const auto mapping = preview ? CsvColleagueImport::guessMapping(preview->headers) : CsvColleagueImport::Mapping();
    auto imported = CsvColleagueImport::read(journal, path, mapping);
    if (!imported) {
        rapport::fuzz::say(kTarget, QStringLiteral("import: %1").arg(imported.error().message));
        if (rapport::fuzz::ScratchJournal::records() != before)
            rapport::fuzz::broken(kTarget, QStringLiteral("a refused import changed the journal"));
        return;
    }
    rapport::fuzz::say(kTarget, QStringLiteral("import: %1 colleagues added").arg(*imported));
    rapport::fuzz::ScratchJournal::grew(*imported);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    rapport::fuzz::setUp();
    const QByteArray bytes = rapport::fuzz::view(data, size);
    roundTrip(readRecords(bytes));
    import(bytes);
    return 0;
}
