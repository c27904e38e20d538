#pragma once

#include "Repositories.h"
#include "UndoStack.h"

#include <QList>

namespace rapport::core {

// How each kind of record is written; lets one set of commands serve every record.
template<typename T>
struct RecordStore;

template<>
struct RecordStore<Colleague>
{
    static Result<Id> insert(Repositories &r, const Colleague &v) { return r.colleagues.insert(v); }
    static Status update(Repositories &r, const Colleague &v) { return r.colleagues.update(v); }
    static Status remove(Repositories &r, Id id) { return r.colleagues.remove(id); }
};
template<>
struct RecordStore<Interaction>
{
    static Result<Id> insert(Repositories &r, const Interaction &v) { return r.interactions.insert(v); }
    static Status update(Repositories &r, const Interaction &v) { return r.interactions.update(v); }
    static Status remove(Repositories &r, Id id) { return r.interactions.remove(id); }
};
template<>
struct RecordStore<Gratitude>
{
    static Result<Id> insert(Repositories &r, const Gratitude &v) { return r.gratitude.insert(v); }
    static Status update(Repositories &r, const Gratitude &v) { return r.gratitude.update(v); }
    static Status remove(Repositories &r, Id id) { return r.gratitude.remove(id); }
};
template<>
struct RecordStore<Commitment>
{
    static Result<Id> insert(Repositories &r, const Commitment &v) { return r.commitments.insert(v); }
    static Status update(Repositories &r, const Commitment &v) { return r.commitments.update(v); }
    static Status remove(Repositories &r, Id id) { return r.commitments.remove(id); }
    static constexpr storage::Referent referent = storage::Referent::Commitment;
};
template<>
struct RecordStore<Fact>
{
    static Result<Id> insert(Repositories &r, const Fact &v) { return r.facts.insert(v); }
    static Status update(Repositories &r, const Fact &v) { return r.facts.update(v); }
    static Status remove(Repositories &r, Id id) { return r.facts.remove(id); }
};
template<>
struct RecordStore<FollowUp>
{
    static Result<Id> insert(Repositories &r, const FollowUp &v) { return r.facts.insert(v); }
    static Status update(Repositories &r, const FollowUp &v) { return r.facts.update(v); }
    static Status remove(Repositories &r, Id id) { return r.facts.removeFollowUp(id); }
    static constexpr storage::Referent referent = storage::Referent::FollowUp;
};
template<>
struct RecordStore<Reflection>
{
    static Result<Id> insert(Repositories &r, const Reflection &v) { return r.reflections.insert(v); }
    static Status update(Repositories &r, const Reflection &v) { return r.reflections.update(v); }
    static Status remove(Repositories &r, Id id) { return r.reflections.remove(id); }
};

// Adds a record. Redo after undo writes it back under the same id, so references made
// meanwhile (and ids printed to scripts) stay right.
template<typename T>
class InsertCommand final : public Command
{
public:
    InsertCommand(T record, QString text) : m_record(std::move(record)), m_text(std::move(text)) {}
    QString text() const override { return m_text; }
    Status redo(Repositories &repos) override
    {
        auto id = RecordStore<T>::insert(repos, m_record);
        if (!id)
            return id.error();
        m_record.id = *id;
        return {};
    }
    Status undo(Repositories &repos) override { return RecordStore<T>::remove(repos, m_record.id); }
    Id id() const { return m_record.id; }

private:
    T m_record;
    QString m_text;
};

template<typename T>
class UpdateCommand final : public Command
{
public:
    UpdateCommand(T before, T after, QString text)
        : m_before(std::move(before)), m_after(std::move(after)), m_text(std::move(text)) {}
    QString text() const override { return m_text; }
    Status redo(Repositories &repos) override { return RecordStore<T>::update(repos, m_after); }
    Status undo(Repositories &repos) override { return RecordStore<T>::update(repos, m_before); }

private:
    T m_before;
    T m_after;
    QString m_text;
};

// Deletes a record. Undo writes it back under its id, with the reminder state that went
// with it (a record that has any names its storage::Referent in RecordStore).
template<typename T>
class DeleteCommand final : public Command
{
public:
    DeleteCommand(T record, QString text) : m_record(std::move(record)), m_text(std::move(text)) {}
    QString text() const override { return m_text; }
    Status redo(Repositories &repos) override
    {
        if constexpr (requires { RecordStore<T>::referent; }) {
            auto state = repos.reminders.referencing(RecordStore<T>::referent, m_record.id);
            if (!state)
                return state.error();
            m_reminders = std::move(*state);
        }
        return RecordStore<T>::remove(repos, m_record.id);
    }
    Status undo(Repositories &repos) override
    {
        auto id = RecordStore<T>::insert(repos, m_record);
        if (!id)
            return id.error();
        return repos.reminders.restore(m_reminders);
    }

private:
    T m_record;
    storage::ReminderStateRows m_reminders;
    QString m_text;
};

// A fact with a follow-up date also creates its follow-up.
class AddFactCommand final : public Command
{
public:
    AddFactCommand(Fact fact, std::optional<FollowUp> followUp, QString text);
    QString text() const override { return m_text; }
    Status redo(Repositories &repos) override;
    Status undo(Repositories &repos) override;
    Id id() const { return m_fact.id; }

private:
    Fact m_fact;
    std::optional<FollowUp> m_followUp;
    QString m_text;
};

// Deleting a fact keeps its follow-ups (their link is cleared); undo links them again.
class DeleteFactCommand final : public Command
{
public:
    DeleteFactCommand(Fact fact, QList<FollowUp> linked, QString text);
    QString text() const override { return m_text; }
    Status redo(Repositories &repos) override;
    Status undo(Repositories &repos) override;

private:
    Fact m_fact;
    QList<FollowUp> m_linked;
    storage::ReminderStateRows m_reminders;
    QString m_text;
};

// Everything that goes with a colleague, so that deleting them can be undone whole.
struct ColleagueSnapshot
{
    Colleague colleague;
    QList<Interaction> interactions; // every interaction they took part in, as it was
    QList<Gratitude> gratitude;
    QList<Commitment> commitments;
    QList<Fact> facts;
    QList<FollowUp> followUps;
};

Result<ColleagueSnapshot> snapshotColleague(Repositories &repos, Id id);

// Deletes a colleague with everything about them; interactions they shared with others
// stay, without them. Undo brings back their reminder state too.
class DeleteColleagueCommand final : public Command
{
public:
    DeleteColleagueCommand(ColleagueSnapshot snapshot, QString text);
    QString text() const override { return m_text; }
    Status redo(Repositories &repos) override;
    Status undo(Repositories &repos) override;

private:
    ColleagueSnapshot m_snapshot;
    storage::ReminderStateRows m_reminders;
    QString m_text;
};

} // namespace rapport::core
