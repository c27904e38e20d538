#include "Commands.h"

#include <QCoreApplication>
#include <QSet>

namespace rapport::core {

AddFactCommand::AddFactCommand(Fact fact, std::optional<FollowUp> followUp, QString text)
    : m_fact(std::move(fact))
    , m_followUp(std::move(followUp))
    , m_text(std::move(text))
{
}

Status AddFactCommand::redo(Repositories &repos)
{
    auto factId = repos.facts.insert(m_fact);
    if (!factId)
        return factId.error();
    m_fact.id = *factId;
    if (!m_followUp)
        return {};
    m_followUp->factId = m_fact.id;
    auto followUpId = repos.facts.insert(*m_followUp);
    if (!followUpId)
        return followUpId.error();
    m_followUp->id = *followUpId;
    return {};
}

Status AddFactCommand::undo(Repositories &repos)
{
    if (m_followUp) {
        if (auto removed = repos.facts.removeFollowUp(m_followUp->id); !removed)
            return removed;
    }
    return repos.facts.remove(m_fact.id);
}

DeleteFactCommand::DeleteFactCommand(Fact fact, QList<FollowUp> linked, QString text)
    : m_fact(std::move(fact))
    , m_linked(std::move(linked))
    , m_text(std::move(text))
{
}

Status DeleteFactCommand::redo(Repositories &repos)
{
    auto state = repos.reminders.referencing(storage::Referent::Fact, m_fact.id);
    if (!state)
        return state.error();
    m_reminders = std::move(*state);
    return repos.facts.remove(m_fact.id);
}

Status DeleteFactCommand::undo(Repositories &repos)
{
    if (auto restored = repos.facts.insert(m_fact); !restored)
        return restored.error();
    for (const FollowUp &followUp : m_linked) {
        if (auto relinked = repos.facts.update(followUp); !relinked)
            return relinked;
    }
    return repos.reminders.restore(m_reminders);
}

Result<ColleagueSnapshot> snapshotColleague(Repositories &repos, Id id)
{
    ColleagueSnapshot s;
    auto colleague = repos.colleagues.find(id);
    if (!colleague)
        return colleague.error();
    if (!colleague->has_value())
        return Error{QCoreApplication::translate("Journal", "There is no %1 #%2.")
                         .arg(QCoreApplication::translate("Journal", "colleague"))
                         .arg(id)};
    s.colleague = std::move(**colleague);
    auto interactions = repos.interactions.listForColleague(id);
    auto gratitude = repos.gratitude.listForColleague(id);
    auto commitments = repos.commitments.listForColleague(id);
    auto facts = repos.facts.listForColleague(id);
    auto followUps = repos.facts.followUpsForColleague(id);
    for (const Error *error : {interactions ? nullptr : &interactions.error(), gratitude ? nullptr : &gratitude.error(),
                               commitments ? nullptr : &commitments.error(), facts ? nullptr : &facts.error(),
                               followUps ? nullptr : &followUps.error()}) {
        if (error)
            return *error;
    }
    s.interactions = std::move(*interactions);
    s.gratitude = std::move(*gratitude);
    s.commitments = std::move(*commitments);
    s.facts = std::move(*facts);
    s.followUps = std::move(*followUps);
    return s;
}

DeleteColleagueCommand::DeleteColleagueCommand(ColleagueSnapshot snapshot, QString text)
    : m_snapshot(std::move(snapshot))
    , m_text(std::move(text))
{
}

Status DeleteColleagueCommand::redo(Repositories &repos)
{
    auto state = repos.reminders.referencing(storage::Referent::Colleague, m_snapshot.colleague.id);
    if (!state)
        return state.error();
    m_reminders = std::move(*state);
    // Interactions with no one else go with the colleague; shared ones just lose them
    // (the participant rows cascade).
    for (const Interaction &interaction : std::as_const(m_snapshot.interactions)) {
        if (interaction.participants.size() == 1) {
            if (auto removed = repos.interactions.remove(interaction.id); !removed)
                return removed;
        }
    }
    return repos.colleagues.remove(m_snapshot.colleague.id);
}

Status DeleteColleagueCommand::undo(Repositories &repos)
{
    if (auto restored = repos.colleagues.insert(m_snapshot.colleague); !restored)
        return restored.error();
    for (const Interaction &interaction : std::as_const(m_snapshot.interactions)) {
        // Shared interactions still exist: writing them back restores the participant.
        Status done = interaction.participants.size() == 1 ? Status() : repos.interactions.update(interaction);
        if (interaction.participants.size() == 1) {
            if (auto inserted = repos.interactions.insert(interaction); !inserted)
                done = inserted.error();
        }
        if (!done)
            return done;
    }
    for (const Gratitude &g : std::as_const(m_snapshot.gratitude)) {
        if (auto inserted = repos.gratitude.insert(g); !inserted)
            return inserted.error();
    }
    for (const Commitment &c : std::as_const(m_snapshot.commitments)) {
        if (auto inserted = repos.commitments.insert(c); !inserted)
            return inserted.error();
    }
    for (const Fact &f : std::as_const(m_snapshot.facts)) {
        if (auto inserted = repos.facts.insert(f); !inserted)
            return inserted.error();
    }
    for (const FollowUp &f : std::as_const(m_snapshot.followUps)) {
        if (auto inserted = repos.facts.insert(f); !inserted)
            return inserted.error();
    }
    return repos.reminders.restore(m_reminders);
}

} // namespace rapport::core
