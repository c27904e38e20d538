#pragma once

#include "Repositories.h"
#include "UndoStack.h"

#include <memory>
#include <optional>
#include <vector>

namespace rapport::core {

// Sets or clears the snooze of a follow-up, promise or birthday reminder.
class SnoozeReminderCommand final : public Command
{
public:
    SnoozeReminderCommand(storage::ReminderItem item, std::optional<Day> before, std::optional<Day> after, QString text)
        : m_item(std::move(item))
        , m_before(before)
        , m_after(after)
        , m_text(std::move(text))
    {
    }
    QString text() const override { return m_text; }
    Status redo(Repositories &repos) override { return repos.reminders.setSnooze(m_item, m_after); }
    Status undo(Repositories &repos) override { return repos.reminders.setSnooze(m_item, m_before); }

private:
    storage::ReminderItem m_item;
    std::optional<Day> m_before;
    std::optional<Day> m_after;
    QString m_text;
};

// Sets aside one occurrence of a due item (storage::ReminderOccurrence) or of a suggestion
// (storage::SuggestionOccurrence).
template<typename Occurrence> class DismissCommand final : public Command
{
public:
    DismissCommand(Occurrence occurrence, QString text)
        : m_occurrence(std::move(occurrence))
        , m_text(std::move(text))
    {
    }
    QString text() const override { return m_text; }
    Status redo(Repositories &repos) override { return repos.reminders.setDismissed(m_occurrence, true); }
    Status undo(Repositories &repos) override { return repos.reminders.setDismissed(m_occurrence, false); }

private:
    Occurrence m_occurrence;
    QString m_text;
};

// Several changes as one step of the undo history, undone in reverse order. The undo stack
// runs each step in one transaction, so a part that fails takes the whole step back.
class CompositeCommand final : public Command
{
public:
    explicit CompositeCommand(QString text)
        : m_text(std::move(text))
    {
    }
    void add(std::unique_ptr<Command> part) { m_parts.push_back(std::move(part)); }
    bool isEmpty() const { return m_parts.empty(); }
    QString text() const override { return m_text; }
    Status redo(Repositories &repos) override;
    Status undo(Repositories &repos) override;

private:
    std::vector<std::unique_ptr<Command>> m_parts;
    QString m_text;
};

} // namespace rapport::core
