#pragma once

#include "Transfer.h"
#include "domain/Result.h"
#include "services/Journal.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace rapport::core::io {

// Turns the bytes of an image into the PNG a colleague keeps (scaledPhotoPng in
// rapport_photo); nullopt when they are not an image.
using PhotoScaler = std::function<std::optional<QByteArray>(const QByteArray &image)>;

enum class VCardMerge { Skip, Update };

// One colleague a file holds (two cards in it that match each other are one contact).
struct VCardContact
{
    qint64 line = 0; // the card's BEGIN:VCARD line
    Colleague colleague; // as it would be added (id 0)
    std::optional<Id> existing; // the colleague it matches, if any
    QString existingName;
    enum class Match { None, Email, Name } match = Match::None;
    // For a match: what Update would change, one line each, user-readable, such as
    // "Role: Engineer → Lead".
    QStringList changes;
};

struct VCardPlan
{
    QString path;
    QList<VCardContact> contacts;
    // What was left out and why ("line 12, Ana Silva: the photo is a link ..."), not errors.
    QStringList notes;
};

struct VCardSummary
{
    qint64 added = 0, updated = 0, skipped = 0;
};

// Imports colleagues from an address book's vCard file (2.1, 3.0, 4.0; see VCardReader),
// DESIGN.md section 7: FN (else N's given and family name, else ORG) is the name; TITLE the
// role; ORG "Company;Unit;Subunit" the department (the first unit, else the company) and
// team (the second unit); EMAIL (pref, then work) and TEL (pref, work, cell); BDAY (full
// dates, --MMDD, --MM-DD, Apple's year 1604 for "no year", with or without a time); NOTE;
// PHOTO through the scaler; CATEGORIES as tags; PRONOUNS; TZ when it is an IANA name; IMPP
// as the chat handle. Every colleague is checked by the Validator while the file is read;
// a bad file gives an error with the file, the line and the field or property, and
// nothing is written. A card whose email equals an existing colleague's (ignoring case),
// else whose name does, is a match: never added twice, but skipped or updated as decided.
// apply() writes in one transaction and clears the undo stack, since imports are not
// undoable.
class VCardImport final
{
    Q_DECLARE_TR_FUNCTIONS(VCardImport)

public:
    // Reads and checks the whole file, matching each card against the journal; writes
    // nothing. Progress counts bytes of the file.
    static Result<VCardPlan> read(
        Journal &journal, const QString &path, const PhotoScaler &scaler = {}, const Progress &progress = {});
    static Result<VCardSummary> apply(Journal &journal, const VCardPlan &plan, VCardMerge merge);
    // One decision per contact (ignored for contacts without a match).
    static Result<VCardSummary> apply(Journal &journal, const VCardPlan &plan, const QList<VCardMerge> &decisions);

    // Update: the card's non-empty values replace the colleague's, except notes (added as
    // a paragraph of their own unless already there) and tags (both sets kept). What only
    // Rapport keeps (cadence, how we met, tracked since, archived, working style...) stays.
    static Colleague updated(Colleague colleague, const Colleague &card);
    // The lines of VCardContact::changes.
    static QStringList changes(const Colleague &colleague, const Colleague &card);

    // Against hostile files; real address books are far smaller.
    static constexpr qint64 kMaxPhotoBytes = qint64(256) << 20; // the scaled photos of a file together
};

} // namespace rapport::core::io
