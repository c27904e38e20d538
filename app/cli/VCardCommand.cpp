// import --format vcard: colleagues from an address book (DESIGN.md section 7). A card whose
// colleague is already there is skipped unless --merge update says otherwise, and the
// command says which were.

#include "VCardCommand.h"

#include "Progress.h"
#include "io/VCardImport.h"
#include "photo/PhotoScaling.h"

#include <QDir>

#include <spdlog/spdlog.h>

namespace rapport::cli {
namespace {

using core::io::VCardContact;
using core::io::VCardImport;
using core::io::VCardMerge;

QString matchText(const VCardContact &contact)
{
    const QString id = QString::number(*contact.existing);
    return contact.match == VCardContact::Match::Email ? tr("%1 (#%2, same email)").arg(contact.existingName, id)
                                                       : tr("%1 (#%2, same name)").arg(contact.existingName, id);
}

} // namespace

int importVCard(Context &ctx)
{
    VCardMerge merge = VCardMerge::Skip;
    const QString mergeKey = ctx.value("merge");
    if (mergeKey == QLatin1String("update"))
        merge = VCardMerge::Update;
    else if (ctx.isSet("merge") && mergeKey != QLatin1String("skip"))
        return ctx.usageError(tr("--merge: \"%1\" is not one of: skip, update").arg(mergeKey));
    const QString file = ctx.positional().constFirst();
    return importIntoJournal(ctx, [&](core::Journal &journal) {
        ProgressDisplay progress(
            ctx.err(),
            [](qint64 done, qint64 total) { return tr("reading: %1 %").arg(total > 0 ? done * 100 / total : 100); },
            ProgressDisplay::Piped::Quiet);
        auto plan = VCardImport::read(journal, file, core::scaledPhotoPng,
            [&progress](qint64 done, qint64 total) { return progress(done, total); });
        progress.finish();
        if (!plan)
            return ctx.fail(plan.error());
        auto done = VCardImport::apply(journal, *plan, merge);
        if (!done)
            return ctx.fail(done.error());
        spdlog::info("import vcard: {} cards, merge {}", plan->contacts.size(), merge == VCardMerge::Update);
        QTextStream &out = ctx.out();
        out << tr("imported %1: %2 new colleagues, %3 updated, %4 skipped")
                   .arg(QDir::toNativeSeparators(file), grouped(done->added), grouped(done->updated),
                       grouped(done->skipped))
            << '\n';
        bool matched = false;
        for (const VCardContact &contact : std::as_const(plan->contacts)) {
            if (!contact.existing)
                continue;
            matched = true;
            if (merge == VCardMerge::Skip)
                out << tr("already there: %1").arg(matchText(contact)) << '\n';
            else if (contact.changes.isEmpty())
                out << tr("already there, nothing to update: %1").arg(matchText(contact)) << '\n';
            else
                out << tr("updated %1: %2").arg(matchText(contact), contact.changes.join(QStringLiteral("; "))) << '\n';
        }
        if (matched && !ctx.isSet("merge"))
            out << tr("colleagues already there were skipped; use --merge update to update them from the file") << '\n';
        for (const QString &note : std::as_const(plan->notes))
            out << tr("note: %1").arg(note) << '\n';
        return int(kExitOk);
    });
}

} // namespace rapport::cli
