#include "Migrations.h"

namespace rapport::core::schema {

// Version 4: what the user did with reminders and suggestions, and a little journal state.
// - reminder_snooze: a follow-up, promise or birthday reminder hidden until a day (a
//   touchbase's snooze stays in colleague.snoozed_until).
// - reminder_dismissal: one occurrence of a due item set aside, keyed by the day it fell
//   due, so the item comes back when it falls due on another day (a new contact moves a
//   touchbase, a birthday comes round again, a promise is renegotiated).
// - suggestion_dismissal: the same for a Today suggestion (DESIGN.md section 4).
// - journal_state: keys and values about this journal, such as the day of the last
//   reminder notification, so a catch-up is about this journal's items.
// Item ids point at colleagues, follow-ups, promises or facts depending on the type, so
// the rows go with their record by triggers rather than foreign keys. Undo of a delete
// restores a record under its id, and writes its rows back with it.
std::vector<const char *> version4()
{
    return {
        R"(CREATE TABLE reminder_snooze (
            item_type TEXT NOT NULL CHECK (item_type IN ('follow_up', 'commitment', 'birthday')),
            item_id INTEGER NOT NULL,
            until_day INTEGER NOT NULL,
            PRIMARY KEY (item_type, item_id)
        ) WITHOUT ROWID)",
        R"(CREATE TABLE reminder_dismissal (
            item_type TEXT NOT NULL CHECK (item_type IN ('touchbase', 'follow_up', 'commitment', 'birthday')),
            item_id INTEGER NOT NULL,
            due_day INTEGER NOT NULL,
            PRIMARY KEY (item_type, item_id, due_day)
        ) WITHOUT ROWID)",
        // ref_id: the colleague, or the fact for fact_follow_up, 0 for the others; ref_key:
        // the department's name for quiet_department. occurrence: see core/services/Suggestions.h.
        R"(CREATE TABLE suggestion_dismissal (
            kind TEXT NOT NULL CHECK (kind IN ('fact_follow_up', 'thank_for_help', 'welcome_newcomer',
                'overdue_touchbase', 'over_capacity', 'quiet_department')),
            ref_id INTEGER NOT NULL,
            ref_key TEXT NOT NULL DEFAULT '',
            occurrence INTEGER NOT NULL,
            PRIMARY KEY (kind, ref_id, ref_key, occurrence)
        ) WITHOUT ROWID)",
        R"(CREATE TABLE journal_state (
            key TEXT PRIMARY KEY,
            value NOT NULL
        ) WITHOUT ROWID)",
        // Suggestions look up today's fact follow-ups and this fortnight's newcomers.
        "CREATE INDEX fact_by_follow_up ON fact (follow_up_on) WHERE follow_up_on IS NOT NULL",
        "CREATE INDEX colleague_by_start ON colleague (start_date) WHERE start_date IS NOT NULL",
        // Deleting a colleague cascades to their follow-ups, promises and facts, whose own
        // triggers then run too.
        R"(CREATE TRIGGER colleague_forgets_reminders AFTER DELETE ON colleague BEGIN
            DELETE FROM reminder_snooze WHERE item_type = 'birthday' AND item_id = OLD.id;
            DELETE FROM reminder_dismissal WHERE item_type IN ('touchbase', 'birthday') AND item_id = OLD.id;
            DELETE FROM suggestion_dismissal WHERE kind IN ('thank_for_help', 'welcome_newcomer', 'overdue_touchbase')
                AND ref_id = OLD.id;
        END)",
        R"(CREATE TRIGGER follow_up_forgets_reminders AFTER DELETE ON follow_up BEGIN
            DELETE FROM reminder_snooze WHERE item_type = 'follow_up' AND item_id = OLD.id;
            DELETE FROM reminder_dismissal WHERE item_type = 'follow_up' AND item_id = OLD.id;
        END)",
        R"(CREATE TRIGGER commitment_forgets_reminders AFTER DELETE ON commitment BEGIN
            DELETE FROM reminder_snooze WHERE item_type = 'commitment' AND item_id = OLD.id;
            DELETE FROM reminder_dismissal WHERE item_type = 'commitment' AND item_id = OLD.id;
        END)",
        R"(CREATE TRIGGER fact_forgets_suggestions AFTER DELETE ON fact BEGIN
            DELETE FROM suggestion_dismissal WHERE kind = 'fact_follow_up' AND ref_id = OLD.id;
        END)",
    };
}

} // namespace rapport::core::schema
