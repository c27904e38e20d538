#include "Migrations.h"

namespace rapport::core::schema {

// Version 5: a change log, so every process with the journal open can tell what another
// one changed (DESIGN.md section 9). Triggers on the tables the user writes add one row per
// changed record: its kind and id (the parent's id for tags, photos, participants and
// renegotiations). A reader remembers the last seq it read; PRAGMA data_version tells it
// cheaply when to look. The log keeps the newest 1,000 rows: a reader that fell further
// behind (or finds seq lower than it remembers, after a restore) reloads everything.
// A bulk write (an import, a generated journal) holds the row seq = -1 while it writes, which
// silences the triggers, and ends with one row of kind '*': everything changed.
#define RAPPORT_LOGGED(table, kind, newId, oldId)                                                               \
    "CREATE TRIGGER " table "_logs_insert AFTER INSERT ON " table                                               \
    " WHEN NOT EXISTS (SELECT 1 FROM change_log WHERE seq = -1) BEGIN"                                          \
    " INSERT INTO change_log (kind, record_id) VALUES ('" kind "', " newId "); END",                            \
        "CREATE TRIGGER " table "_logs_update AFTER UPDATE ON " table                                           \
        " WHEN NOT EXISTS (SELECT 1 FROM change_log WHERE seq = -1) BEGIN"                                      \
        " INSERT INTO change_log (kind, record_id) VALUES ('" kind "', " newId "); END",                        \
        "CREATE TRIGGER " table "_logs_delete AFTER DELETE ON " table                                           \
        " WHEN NOT EXISTS (SELECT 1 FROM change_log WHERE seq = -1) BEGIN"                                      \
        " INSERT INTO change_log (kind, record_id) VALUES ('" kind "', " oldId "); END"

std::vector<const char *> version5()
{
    return {
        R"(CREATE TABLE change_log (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL,
            record_id INTEGER
        ))",
        R"(CREATE TRIGGER change_log_keeps_recent AFTER INSERT ON change_log WHEN NEW.seq > 1000 BEGIN
            DELETE FROM change_log WHERE seq > 0 AND seq <= NEW.seq - 1000;
        END)",
        RAPPORT_LOGGED("colleague", "colleague", "NEW.id", "OLD.id"),
        RAPPORT_LOGGED("colleague_tag", "colleague", "NEW.colleague_id", "OLD.colleague_id"),
        RAPPORT_LOGGED("colleague_photo", "colleague", "NEW.colleague_id", "OLD.colleague_id"),
        RAPPORT_LOGGED("fact", "fact", "NEW.id", "OLD.id"),
        RAPPORT_LOGGED("interaction", "interaction", "NEW.id", "OLD.id"),
        RAPPORT_LOGGED("participant", "interaction", "NEW.interaction_id", "OLD.interaction_id"),
        RAPPORT_LOGGED("gratitude", "gratitude", "NEW.id", "OLD.id"),
        RAPPORT_LOGGED("commitment", "commitment", "NEW.id", "OLD.id"),
        RAPPORT_LOGGED("renegotiation", "commitment", "NEW.commitment_id", "OLD.commitment_id"),
        RAPPORT_LOGGED("follow_up", "follow_up", "NEW.id", "OLD.id"),
        RAPPORT_LOGGED("reflection", "reflection", "NEW.id", "OLD.id"),
        RAPPORT_LOGGED("about_me", "about_me", "NEW.id", "OLD.id"),
        RAPPORT_LOGGED("reminder_snooze", "reminder", "NULL", "NULL"),
        RAPPORT_LOGGED("reminder_dismissal", "reminder", "NULL", "NULL"),
        RAPPORT_LOGGED("suggestion_dismissal", "reminder", "NULL", "NULL"),
    };
}

#undef RAPPORT_LOGGED

} // namespace rapport::core::schema
