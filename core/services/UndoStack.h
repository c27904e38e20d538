#pragma once

#include "domain/Result.h"

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace rapport::core {

struct Repositories;

// One reversible change to the journal. redo() and undo() each run inside one
// transaction, so a change is applied or reverted whole.
class Command
{
public:
    virtual ~Command() = default;
    // What the Edit menu says: "Undo Add colleague Ana Silva".
    virtual QString text() const = 0;
    virtual Status redo(Repositories &repos) = 0;
    virtual Status undo(Repositories &repos) = 0;
};

// A linear history of changes. QUndoStack lives in QtGui; the core keeps its own so
// that the command line and tests use the same undoable operations as the app.
class UndoStack final : public QObject
{
    Q_OBJECT

public:
    explicit UndoStack(Repositories &repos, QObject *parent = nullptr);
    ~UndoStack() override;

    // Applies the command; on success it becomes the newest entry (later redo entries go).
    Status push(std::unique_ptr<Command> command);
    Status undo();
    Status redo();

    bool canUndo() const { return m_index > 0; }
    bool canRedo() const { return m_index < m_commands.size(); }
    QString undoText() const;
    QString redoText() const;
    std::size_t count() const { return m_commands.size(); }
    void clear();

    static constexpr std::size_t kLimit = 1000;

Q_SIGNALS:
    // After every push, undo, redo or clear.
    void changed();

private:
    Repositories &m_repos;
    std::vector<std::unique_ptr<Command>> m_commands;
    std::size_t m_index = 0; // commands before m_index are applied
};

} // namespace rapport::core
