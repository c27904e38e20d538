#include "VCardImport.h"

#include "CsvColleagueImport.h"
#include "VCardMapping.h"
#include "VCardReader.h"
#include "services/Validation.h"
#include "storage/ColleagueRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <spdlog/spdlog.h>

namespace rapport::core::io {
namespace {

using namespace Qt::StringLiterals;
using C = ColleagueColumn;

// The texts a card can fill; notes are handled on their own.
constexpr std::pair<QString Colleague::*, ColleagueColumn> kTexts[] = {
    { &Colleague::name, C::Name },
    { &Colleague::pronouns, C::Pronouns },
    { &Colleague::role, C::Role },
    { &Colleague::team, C::Team },
    { &Colleague::department, C::Department },
    { &Colleague::email, C::Email },
    { &Colleague::phone, C::Phone },
    { &Colleague::chat, C::Chat },
    { &Colleague::timeZone, C::TimeZone },
};

// Adds the key unless it is there already: the first colleague with an email or a name keeps it.
template<typename V> void keepFirst(QHash<QString, V> &hash, const QString &key, V value)
{
    if (!hash.contains(key))
        hash.insert(key, value);
}

QString nameKey(const QString &name)
{
    return storage::ColleagueRepository::nameKey(name);
}

// The tags of `more` that `tags` lacks, ignoring case.
QStringList newTags(const QStringList &tags, const QStringList &more)
{
    QStringList added;
    for (const QString &tag : more) {
        const auto same = [&](const QString &t) { return t.compare(tag, Qt::CaseInsensitive) == 0; };
        if (std::none_of(tags.begin(), tags.end(), same) && std::none_of(added.begin(), added.end(), same))
            added << tag;
    }
    return added;
}

// Two cards of one file that are the same colleague: the later fills the blanks.
void fillBlanks(Colleague &into, const Colleague &later)
{
    for (const auto &[member, column] : kTexts) {
        if ((into.*member).isEmpty())
            into.*member = later.*member;
    }
    if (into.notes.isEmpty())
        into.notes = later.notes;
    if (!into.birthday)
        into.birthday = later.birthday;
    if (into.photoPng.isEmpty())
        into.photoPng = later.photoPng;
    into.tags << newTags(into.tags, later.tags);
}

Error readerProblem(const QString &path, const VCardReader &reader)
{
    const QString file = QDir::toNativeSeparators(path);
    if (reader.problemProperty().isEmpty())
        return Error { VCardImport::tr("%1: line %2: %3").arg(file, QString::number(reader.problemLine()), reader.problem()) };
    return Error { VCardImport::tr("%1: line %2, property %3: %4")
                       .arg(file)
                       .arg(reader.problemLine())
                       .arg(reader.problemProperty(), reader.problem()) };
}

Error cancelled()
{
    return Error { VCardImport::tr("The import was cancelled; the journal was left as it was.") };
}

} // namespace

Colleague VCardImport::updated(Colleague colleague, const Colleague &card)
{
    for (const auto &[member, column] : kTexts) {
        if (!(card.*member).isEmpty())
            colleague.*member = card.*member;
    }
    if (card.birthday)
        colleague.birthday = card.birthday;
    if (!card.photoPng.isEmpty())
        colleague.photoPng = card.photoPng;
    if (!card.notes.isEmpty() && !colleague.notes.contains(card.notes))
        colleague.notes = colleague.notes.isEmpty() ? card.notes : colleague.notes + u"\n\n"_s + card.notes;
    colleague.tags << newTags(colleague.tags, card.tags);
    return colleague;
}

QStringList VCardImport::changes(const Colleague &colleague, const Colleague &card)
{
    QStringList out;
    const auto changed = [&](ColleagueColumn column, const QString &was, const QString &now) {
        if (!now.isEmpty() && now != was)
            out << tr("%1: %2 → %3").arg(CsvColleagueImport::label(column), was.isEmpty() ? tr("(none)") : was, now);
    };
    for (const auto &[member, column] : kTexts)
        changed(column, colleague.*member, card.*member);
    if (card.birthday && card.birthday != colleague.birthday)
        changed(
            C::Birthday, colleague.birthday ? colleague.birthday->toString() : QString(), card.birthday->toString());
    if (const QStringList added = newTags(colleague.tags, card.tags); !added.isEmpty())
        out << tr("%1: %2 added").arg(CsvColleagueImport::label(C::Tags), added.join(u", "_s));
    if (!card.notes.isEmpty() && !colleague.notes.contains(card.notes))
        out << tr("%1: a paragraph added").arg(CsvColleagueImport::label(C::Notes));
    if (!card.photoPng.isEmpty() && card.photoPng != colleague.photoPng)
        out << (colleague.photoPng.isEmpty() ? tr("Photo: added") : tr("Photo: replaced"));
    return out;
}

Result<VCardPlan> VCardImport::read(
    Journal &journal, const QString &path, const PhotoScaler &scaler, const Progress &progress)
{
    const QString file = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return Error { tr("%1: there is no such file").arg(file) };
    if (info.isDir())
        return Error { tr("%1: this is a folder, not a file").arg(file) };
    QFile device(path);
    if (!device.open(QIODevice::ReadOnly))
        return Error { tr("%1: cannot open the file: %2").arg(file, device.errorString()) };
    const qint64 size = device.size();
    Repositories &repos = journal.repositories();
    auto existing = repos.colleagues.list(true);
    if (!existing)
        return existing.error();

    VCardPlan plan;
    plan.path = path;
    VCardMapping mapping(path, scaler, journal.clock().today(), plan.notes);
    Validator validator(repos);
    VCardReader reader(device);
    // Cards of this file by email and by name, to merge those that are one colleague.
    QHash<QString, qsizetype> byEmail, byName;
    VCard card;
    while (reader.next(card)) {
        auto mapped = mapping.map(card);
        if (!mapped)
            return mapped.error();
        if (auto ok = validator.check(mapped->colleague); !ok)
            return mapping.problem(*mapped, card.line, ok.error());
        const Colleague &c = mapped->colleague;
        qsizetype at = c.email.isEmpty() ? -1 : byEmail.value(c.email.toCaseFolded(), -1);
        if (at < 0)
            at = byName.value(nameKey(c.name), -1);
        if (at < 0) {
            at = plan.contacts.size();
            plan.contacts.append(VCardContact { card.line, c, {}, {}, VCardContact::Match::None, {} });
        } else {
            fillBlanks(plan.contacts[at].colleague, c);
            if (auto ok = validator.check(plan.contacts[at].colleague); !ok)
                return mapping.problem(*mapped, card.line, ok.error());
        }
        const Colleague &kept = plan.contacts[at].colleague;
        if (!kept.email.isEmpty())
            keepFirst(byEmail, kept.email.toCaseFolded(), at);
        keepFirst(byName, nameKey(kept.name), at);
        if (progress && reader.cards() % 64 == 0 && !progress(reader.bytesRead(), size))
            return cancelled();
    }
    if (reader.failed())
        return readerProblem(path, reader);
    if (reader.cards() == 0)
        return Error { tr("%1: the file holds no vCard; a card begins with BEGIN:VCARD").arg(file) };

    // Each contact against the journal: the same email, else the same name.
    QHash<QString, const Colleague *> journalEmail, journalName;
    for (const Colleague &c : std::as_const(*existing)) {
        if (!c.email.isEmpty())
            keepFirst(journalEmail, c.email.toCaseFolded(), &c);
        keepFirst(journalName, nameKey(c.name), &c);
    }
    for (VCardContact &contact : plan.contacts) {
        const Colleague &c = contact.colleague;
        const Colleague *match = c.email.isEmpty() ? nullptr : journalEmail.value(c.email.toCaseFolded());
        contact.match = VCardContact::Match::Email;
        if (!match) {
            match = journalName.value(nameKey(c.name));
            contact.match = VCardContact::Match::Name;
        }
        if (!match) {
            contact.match = VCardContact::Match::None;
            continue;
        }
        contact.existing = match->id;
        contact.existingName = match->name;
        auto full = repos.colleagues.find(match->id); // with the photo, which lists leave out
        if (!full)
            return full.error();
        contact.changes = full->has_value() ? changes(**full, c) : QStringList();
    }
    if (progress && !progress(size, size))
        return cancelled();
    spdlog::debug(
        "vcard import: {} cards, {} contacts, {} notes", reader.cards(), plan.contacts.size(), plan.notes.size());
    return plan;
}

Result<VCardSummary> VCardImport::apply(Journal &journal, const VCardPlan &plan, VCardMerge merge)
{
    return apply(journal, plan, QList<VCardMerge>(plan.contacts.size(), merge));
}

Result<VCardSummary> VCardImport::apply(Journal &journal, const VCardPlan &plan, const QList<VCardMerge> &decisions)
{
    const QString file = QDir::toNativeSeparators(plan.path);
    if (decisions.size() != plan.contacts.size())
        return Error {
            tr("%1: %2 decisions were given for %3 contacts").arg(file, QString::number(decisions.size()), QString::number(plan.contacts.size()))
        };
    Repositories &repos = journal.repositories();
    const auto gone = [&](const VCardContact &contact) {
        return Error { tr("%1: %2 (#%3) is no longer in the journal; read the file again")
                           .arg(file, contact.existingName)
                           .arg(*contact.existing) };
    };
    const auto problem = [&](const VCardContact &contact, const Error &error) {
        return Error { tr("%1: line %2, field \"%3\": %4").arg(file, QString::number(contact.line), error.field, error.message),
            error.field };
    };
    Validator validator(repos);
    VCardSummary summary;
    auto written = journal.database().transaction([&]() -> Status {
        for (qsizetype i = 0; i < plan.contacts.size(); ++i) {
            const VCardContact &contact = plan.contacts[i];
            if (!contact.existing) {
                Colleague added = contact.colleague;
                added.id = 0;
                if (auto ok = validator.check(added); !ok)
                    return problem(contact, ok.error());
                if (auto id = repos.colleagues.insert(added); !id)
                    return id.error();
                ++summary.added;
                continue;
            }
            // Checked even when skipped: the plan was made on a journal that has changed.
            auto found = repos.colleagues.find(*contact.existing);
            if (!found)
                return found.error();
            if (!found->has_value())
                return gone(contact);
            if (decisions[i] == VCardMerge::Skip) {
                ++summary.skipped;
                continue;
            }
            Colleague next = updated(**found, contact.colleague);
            if (auto ok = validator.check(next); !ok)
                return problem(contact, ok.error());
            if (next == **found) {
                ++summary.skipped; // nothing to change
                continue;
            }
            if (auto ok = repos.colleagues.update(next); !ok)
                return ok;
            ++summary.updated;
        }
        return {};
    });
    if (!written)
        return written.error();
    // No command on the stack may refer to ids the import has taken.
    journal.undoStack().clear();
    spdlog::info("vcard import: {} added, {} updated, {} skipped", summary.added, summary.updated, summary.skipped);
    return summary;
}

} // namespace rapport::core::io
