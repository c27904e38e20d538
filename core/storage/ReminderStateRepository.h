#pragma once

#include "Database.h"
#include "domain/Day.h"
#include "domain/Records.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <optional>
#include <vector>

namespace rapport::core::storage {

// A due item as the reminder tables key it: its type as `due --json` writes it
// ("touchbase", "follow_up", "commitment", "birthday") and its id.
struct ReminderItem
{
    QString type;
    Id id = 0;

    friend bool operator==(const ReminderItem &, const ReminderItem &) = default;
    friend size_t qHash(const ReminderItem &key, size_t seed = 0) { return qHashMulti(seed, key.type, key.id); }
};

// One occurrence of a due item: the item and the day it fell due.
struct ReminderOccurrence
{
    ReminderItem item;
    Day dueDay = 0;

    friend bool operator==(const ReminderOccurrence &, const ReminderOccurrence &) = default;
    friend size_t qHash(const ReminderOccurrence &key, size_t seed = 0)
    {
        return qHashMulti(seed, key.item, key.dueDay);
    }
};

// One occurrence of a suggestion (see core/services/Suggestions.h for what each part holds).
struct SuggestionOccurrence
{
    QString kind;
    Id refId = 0;
    QString refKey;
    int occurrence = 0;

    friend bool operator==(const SuggestionOccurrence &, const SuggestionOccurrence &) = default;
    friend size_t qHash(const SuggestionOccurrence &key, size_t seed = 0)
    {
        return qHashMulti(seed, key.kind, key.refId, key.refKey, key.occurrence);
    }
};

// Every snooze and dismissal, as the due list reads them (the tables stay small).
struct ReminderState
{
    QHash<ReminderItem, Day> snoozedUntil;
    QSet<ReminderOccurrence> dismissed;
};

// The reminder state that goes with a record when it is deleted, so that undo can write it back.
struct ReminderStateRows
{
    std::vector<std::pair<ReminderItem, Day>> snoozes;
    std::vector<ReminderOccurrence> dismissals;
    std::vector<SuggestionOccurrence> suggestions;

    bool isEmpty() const { return snoozes.empty() && dismissals.empty() && suggestions.empty(); }
};

// The records reminder state refers to. A colleague's state includes that of their
// follow-ups, promises and facts, which go with them.
enum class Referent { Colleague, FollowUp, Commitment, Fact };

// Snoozes and dismissals of due items and suggestions (schema version 4), and the
// journal's own small state. A touchbase's snooze is the colleague's snoozed_until.
class ReminderStateRepository final
{
public:
    explicit ReminderStateRepository(Database &db)
        : m_db(db)
    {
    }

    // Follow-ups, promises and birthdays only; nullopt clears the snooze.
    Result<std::optional<Day>> snoozedUntil(const ReminderItem &item);
    Status setSnooze(const ReminderItem &item, std::optional<Day> until);

    Result<bool> isDismissed(const ReminderOccurrence &occurrence);
    Status setDismissed(const ReminderOccurrence &occurrence, bool dismissed);

    Result<bool> isDismissed(const SuggestionOccurrence &occurrence);
    Status setDismissed(const SuggestionOccurrence &occurrence, bool dismissed);

    Result<ReminderState> dueState();
    Result<QSet<SuggestionOccurrence>> dismissedSuggestions();

    // The day of the last reminder notification from this journal; none before the first.
    Result<std::optional<QDate>> lastReminderDay();
    Status setLastReminderDay(const QDate &day);

    Result<ReminderStateRows> referencing(Referent referent, Id id);
    // Writes the rows back (rows already there are kept).
    Status restore(const ReminderStateRows &rows);

private:
    Database &m_db;
};

} // namespace rapport::core::storage
