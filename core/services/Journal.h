#pragma once

#include "DueList.h"
#include "Repositories.h"
#include "Suggestions.h"
#include "UndoStack.h"
#include "Validation.h"
#include "domain/Clock.h"
#include "domain/JournalChange.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"

#include <QObject>

#include <chrono>

class QTimer;

#include <memory>

namespace rapport::core {

// An open journal and every change a user can make to it. Each change is validated,
// then applied as an undoable command in one transaction; `changed` follows it.
class Journal final : public QObject
{
    Q_OBJECT

public:
    ~Journal() override;
    Q_DISABLE_COPY_MOVE(Journal)

    static Result<std::unique_ptr<Journal>> open(const QString &path, Database::OpenMode mode, const Clock &clock);
    // The same journal on a connection of its own, for a worker thread while the journal
    // is open in this process (see Database::openSecondary); use it in that thread only.
    static Result<std::unique_ptr<Journal>> openSecondary(const QString &path, const Clock &clock);

    Database &database() { return *m_db; }
    Repositories &repositories() { return *m_repos; }
    UndoStack &undoStack() { return *m_undo; }
    const Clock &clock() const { return m_clock; }
    QString path() const { return m_db->path(); }

    // WHO as the command line takes it: an exact name (ignoring case) or "#ID". An
    // ambiguous name is an error that lists the matches.
    Result<Id> resolveColleague(const QString &who);

    Result<Id> addColleague(Colleague colleague);
    Status updateColleague(Colleague colleague);
    Status setArchived(Id colleagueId, bool archived);
    Status snooze(Id colleagueId, std::optional<QDate> until);
    // Deletes the colleague with their facts, follow-ups, gratitude, promises and the
    // interactions no one else took part in.
    Status deleteColleague(Id colleagueId);

    Result<Id> logInteraction(Interaction interaction);
    Status updateInteraction(Interaction interaction);
    Status deleteInteraction(Id id);

    Result<Id> addGratitude(Gratitude gratitude);
    Status updateGratitude(Gratitude gratitude);
    Status deleteGratitude(Id id);

    Result<Id> addCommitment(Commitment commitment);
    Status updateCommitment(Commitment commitment);
    // Done or dropped on `on`; reopening (status open) clears the date.
    Status closeCommitment(Id id, CommitmentStatus status, const QDate &on);
    // Moves the due date, recording the old one and when it moved.
    Status renegotiateCommitment(Id id, const QDate &newDue, const QDate &on);
    Status deleteCommitment(Id id);

    // A fact with a follow-up date creates its follow-up too.
    Result<Id> addFact(Fact fact);
    Status updateFact(Fact fact);
    Status deleteFact(Id id);

    Result<Id> addFollowUp(FollowUp followUp);
    Status updateFollowUp(FollowUp followUp);
    Status completeFollowUp(Id id, std::optional<QDate> doneOn);
    Status deleteFollowUp(Id id);

    Result<Id> addReflection(Reflection reflection);
    Status updateReflection(Reflection reflection);
    Status deleteReflection(Id id);
    Status setAboutMe(AboutMe about);

    // Reminders and suggestions (DESIGN.md sections 3 and 4), each an undoable step.
    // Hides a due item until a day after today; a touchbase's snooze is the colleague's (as
    // snooze() sets it); nullopt clears the snooze. `id` is the item's, as in DueItem.
    Status snoozeReminder(DueType type, Id id, std::optional<QDate> until);
    // Sets aside the item's occurrence due on item.dueOn; it comes back when the item falls
    // due on another day (a new contact, a new year, a moved due date).
    Status dismissReminder(const DueItem &item);
    // Snoozes everything due today until `until` in one step ("Snooze all until tomorrow").
    Status snoozeAllDue(const QDate &until);
    // Sets aside this occurrence of a suggestion (see dismissalKey()).
    Status dismissSuggestion(const Suggestion &suggestion);

    // Looks at the journal every `interval` for commits of other processes (rapport-cli,
    // a restore, a worker connection) and announces them through changed() like local ones.
    // Needs an event loop; the app calls it once the window is up.
    void watchOutsideChanges(std::chrono::milliseconds interval);
    // One look now: announces what other connections committed since the last look.
    Status followOutsideChanges();

Q_SIGNALS:
    // After any change to the journal, including undo and redo and, once watched, the
    // commits of other processes: what changed, as the change log names it.
    void changed(const rapport::core::JournalChange &change);

private:
    Journal(std::unique_ptr<Database> db, const Clock &clock);
    // After a change through the undo stack: what the change log says it touched.
    void announceChanges();

    template<typename T>
    Result<Id> insert(T record, const QString &text);
    template<typename T, typename Find>
    Status update(T record, Find find, const QString &text);
    template<typename T, typename Find>
    Status remove(Id id, Find find, const QString &text);
    Result<Colleague> colleague(Id id);
    Result<Commitment> commitment(Id id);
    QString nameOf(Id colleagueId);
    // The change that snoozes one due item, or nullptr when it is snoozed so already.
    Result<std::unique_ptr<Command>> snoozeCommand(DueType type, Id id, std::optional<QDate> until);
    // The colleague a due item is about, checking that the item exists.
    Result<Id> reminderColleague(DueType type, Id id);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<Repositories> m_repos;
    std::unique_ptr<UndoStack> m_undo;
    Validator m_validator;
    const Clock &m_clock;
    storage::ChangeLog m_changeLog;
    QTimer *m_watch = nullptr;
};

} // namespace rapport::core
