#include "UndoStack.h"

#include "Repositories.h"

namespace rapport::core {

UndoStack::UndoStack(Repositories &repos, QObject *parent)
    : QObject(parent)
    , m_repos(repos)
{
}

UndoStack::~UndoStack() = default;

Status UndoStack::push(std::unique_ptr<Command> command)
{
    Command &applied = *command;
    if (auto done = m_repos.db.transaction([&] { return applied.redo(m_repos); }); !done)
        return done;
    m_commands.resize(m_index);
    m_commands.push_back(std::move(command));
    if (m_commands.size() > kLimit)
        m_commands.erase(m_commands.begin());
    m_index = m_commands.size();
    Q_EMIT changed();
    return {};
}

Status UndoStack::undo()
{
    if (!canUndo())
        return {};
    Command &command = *m_commands[m_index - 1];
    if (auto done = m_repos.db.transaction([&] { return command.undo(m_repos); }); !done)
        return done;
    --m_index;
    Q_EMIT changed();
    return {};
}

Status UndoStack::redo()
{
    if (!canRedo())
        return {};
    Command &command = *m_commands[m_index];
    if (auto done = m_repos.db.transaction([&] { return command.redo(m_repos); }); !done)
        return done;
    ++m_index;
    Q_EMIT changed();
    return {};
}

QString UndoStack::undoText() const
{
    return canUndo() ? m_commands[m_index - 1]->text() : QString();
}

QString UndoStack::redoText() const
{
    return canRedo() ? m_commands[m_index]->text() : QString();
}

void UndoStack::clear()
{
    m_commands.clear();
    m_index = 0;
    Q_EMIT changed();
}

} // namespace rapport::core
