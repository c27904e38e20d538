// Fuzz target for rapport-journal files: the token stream of JsonReader over the bytes
// (small limits, so inputs reach them; skipping and seeking as the importer does), then
// the whole JsonImport::read into a journal. Properties checked beyond "no crash":
// a document JsonReader reads to its end is one Qt's JSON parser reads too (JsonReader is
// the stricter, but for numbers a double cannot hold), and a refused import leaves the
// journal's records as they were.

#include "FuzzSupport.h"
#include "io/JsonImport.h"
#include "io/JsonReader.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonParseError>

#include <optional>

namespace {

using rapport::core::io::JsonImport;
using rapport::core::io::JsonReader;
using Token = JsonReader::Token;

constexpr const char *kTarget = "json";

// Reads the whole stream; skips every third object whole, as the importer skips what it
// does not know. Returns whether the document was read to End, and where the first array
// began (for the seek that follows).
bool readTokens(const QByteArray &bytes, std::optional<JsonReader::Position> &firstArray, bool &container)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    JsonReader json(buffer, { .maxDepth = 12, .maxStringBytes = 2048, .maxBytes = 48 * 1024 });
    int objects = 0;
    bool first = true;
    for (Token t = json.next();; t = json.next()) {
        if (first)
            container = t == Token::BeginObject || t == Token::BeginArray;
        first = false;
        if (t == Token::Invalid) {
            if (json.problem() == JsonReader::Problem::None || json.problemText().isEmpty())
                rapport::fuzz::broken(kTarget, QStringLiteral("Invalid without a problem"));
            rapport::fuzz::say(kTarget, QStringLiteral("reader: %1").arg(json.problemText()));
            return false;
        }
        if (t == Token::End)
            return true;
        if (t == Token::BeginArray && !firstArray)
            firstArray = json.position();
        if (t == Token::BeginObject && ++objects % 3 == 0 && !json.skipValue())
            return false;
        if (t == Token::Name && objects % 2 == 1 && !json.skipNextValue())
            return false;
    }
}

// One value read again from where it began, as the importer reads each list.
void readFrom(const QByteArray &bytes, const JsonReader::Position &at)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    JsonReader json(buffer);
    if (!json.seek(at) || json.next() != Token::BeginArray)
        rapport::fuzz::broken(kTarget, QStringLiteral("cannot read the array again from where it began"));
    if (!json.skipValue() || json.next() != Token::End)
        rapport::fuzz::broken(kTarget, QStringLiteral("an array read whole once is not whole after a seek"));
}

void import(const QByteArray &bytes)
{
    auto &journal = rapport::fuzz::ScratchJournal::get();
    const qint64 before = rapport::fuzz::ScratchJournal::records();
    const QString path = rapport::fuzz::scratchFile(QStringLiteral("input.json"), bytes);
    auto imported = JsonImport::read(journal, path);
    if (!imported) {
        rapport::fuzz::say(kTarget, QStringLiteral("import: %1").arg(imported.error().message));
        if (rapport::fuzz::ScratchJournal::records() != before)
            rapport::fuzz::broken(kTarget, QStringLiteral("a refused import changed the journal"));
        return;
    }
    rapport::fuzz::say(kTarget, QStringLiteral("import: %1 records added").arg(imported->added.total()));
    rapport::fuzz::ScratchJournal::grew(imported->added.total());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    rapport::fuzz::setUp();
    const QByteArray bytes = rapport::fuzz::view(data, size);
    std::optional<JsonReader::Position> firstArray;
    bool container = false;
    const bool whole = readTokens(bytes, firstArray, container);
    if (whole && container) {
        QJsonParseError error;
        QJsonDocument::fromJson(bytes, &error);
        // Qt refuses numbers beyond a double (1e400); JsonReader leaves them to the importer.
        if (error.error != QJsonParseError::NoError && error.error != QJsonParseError::IllegalNumber)
            rapport::fuzz::broken(kTarget,
                QStringLiteral("JsonReader read a document Qt refuses: %1 at %2").arg(error.errorString()).arg(error.offset));
    }
    if (whole && firstArray)
        readFrom(bytes, *firstArray);
    import(bytes);
    return 0;
}
