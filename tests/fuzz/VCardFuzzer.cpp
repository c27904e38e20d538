// Fuzz target for vCard files: VCardReader over the bytes (small limits, so inputs reach
// them) with every property decoded as the mapping decodes it, then VCardImport::read into
// a journal (which maps each card through VCardMapping and matches it against the
// colleagues there) and, for a file it accepts, apply with Update. Properties checked
// beyond "no crash": a refused file leaves the journal's records as they were, and apply
// adds exactly the contacts that matched no one.

#include "FuzzSupport.h"
#include "io/VCardImport.h"
#include "io/VCardReader.h"

#include <QBuffer>

namespace {

using rapport::core::io::VCard;
using rapport::core::io::VCardImport;
using rapport::core::io::VCardMerge;
using rapport::core::io::VCardReader;

constexpr const char *kTarget = "vcard";

void readCards(const QByteArray &bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    VCardReader reader(buffer,
        { .maxBytes = 48 * 1024, .maxValueBytes = 8 * 1024, .maxCardBytes = 16 * 1024, .maxProperties = 64,
            .maxCards = 32 });
    VCard card;
    while (reader.next(card)) {
        for (const auto &property : card.properties) {
            if (property.name.isEmpty())
                rapport::fuzz::broken(kTarget, QStringLiteral("a property without a name"));
            (void)property.text();
            (void)property.components();
            (void)property.items();
            (void)property.param(QStringLiteral("TYPE"));
            (void)property.hasType(QStringLiteral("pref"));
        }
    }
    if (reader.failed())
        rapport::fuzz::say(kTarget, QStringLiteral("reader: line %1: %2").arg(reader.problemLine()).arg(reader.problem()));
}

// Stands in for the app's photo scaling (rapport_photo, Qt's image decoders, which are not
// what is fuzzed here): a PNG is kept as it is, anything else is not an image.
std::optional<QByteArray> keepPng(const QByteArray &image)
{
    if (image.startsWith("\x89PNG\r\n\x1a\n"))
        return image;
    return std::nullopt;
}

void import(const QByteArray &bytes)
{
    auto &journal = rapport::fuzz::ScratchJournal::get();
    const qint64 before = rapport::fuzz::ScratchJournal::records();
    const QString path = rapport::fuzz::scratchFile(QStringLiteral("input.vcf"), bytes);
    auto plan = VCardImport::read(journal, path, keepPng);
    if (!plan) {
        rapport::fuzz::say(kTarget, QStringLiteral("import: %1").arg(plan.error().message));
        if (rapport::fuzz::ScratchJournal::records() != before)
            rapport::fuzz::broken(kTarget, QStringLiteral("a refused file changed the journal"));
        return;
    }
    qint64 fresh = 0;
    for (const auto &contact : plan->contacts)
        fresh += contact.existing ? 0 : 1;
    auto applied = VCardImport::apply(journal, *plan, VCardMerge::Update);
    if (!applied) {
        // Not a crash, but worth seeing: the file was accepted, then the merge refused it.
        rapport::fuzz::say(kTarget, QStringLiteral("apply: %1").arg(applied.error().message));
        if (rapport::fuzz::ScratchJournal::records() != before)
            rapport::fuzz::broken(kTarget, QStringLiteral("a refused apply changed the journal"));
        return;
    }
    if (applied->added != fresh || rapport::fuzz::ScratchJournal::records() != before + fresh)
        rapport::fuzz::broken(kTarget, QStringLiteral("apply added %1 colleagues, not %2").arg(applied->added).arg(fresh));
    rapport::fuzz::say(kTarget,
        QStringLiteral("import: %1 added, %2 updated, %3 notes")
            .arg(applied->added)
            .arg(applied->updated)
            .arg(plan->notes.size()));
    rapport::fuzz::ScratchJournal::grew(applied->added);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    rapport::fuzz::setUp();
    const QByteArray bytes = rapport::fuzz::view(data, size);
    readCards(bytes);
    import(bytes);
    return 0;
}
