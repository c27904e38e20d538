#include "ReminderCommands.h"

namespace rapport::core {

Status CompositeCommand::redo(Repositories &repos)
{
    for (const auto &part : m_parts) {
        if (auto done = part->redo(repos); !done)
            return done;
    }
    return {};
}

Status CompositeCommand::undo(Repositories &repos)
{
    for (auto part = m_parts.rbegin(); part != m_parts.rend(); ++part) {
        if (auto done = (*part)->undo(repos); !done)
            return done;
    }
    return {};
}

} // namespace rapport::core
