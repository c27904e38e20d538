#include "Migrations.h"

namespace rapport::core::schema {

// Version 2 repairs the triggers that take an event off a contact day. Version 1's set
// `events = events - 1` first, so the last event of a day made the row 0 and the CHECK
// (events > 0) refused the statement: no interaction or gratitude entry could be deleted,
// moved to another day or lose a participant. The row now goes before the decrement.
// contact_day is then rebuilt from scratch, which makes it exact whatever happened before.
std::vector<const char *> version2()
{
    return {
        "DROP TRIGGER participant_uncounts_contact",
        "DROP TRIGGER participant_moves_contact",
        "DROP TRIGGER gratitude_uncounts_contact",
        "DROP TRIGGER gratitude_moves_contact",
        R"(CREATE TRIGGER participant_uncounts_contact AFTER DELETE ON participant BEGIN
            DELETE FROM contact_day WHERE colleague_id = OLD.colleague_id AND day = OLD.day AND events <= 1;
            UPDATE contact_day SET events = events - 1 WHERE colleague_id = OLD.colleague_id AND day = OLD.day;
        END)",
        R"(CREATE TRIGGER participant_moves_contact AFTER UPDATE OF colleague_id, day ON participant BEGIN
            DELETE FROM contact_day WHERE colleague_id = OLD.colleague_id AND day = OLD.day AND events <= 1;
            UPDATE contact_day SET events = events - 1 WHERE colleague_id = OLD.colleague_id AND day = OLD.day;
            INSERT INTO contact_day (colleague_id, day, events) VALUES (NEW.colleague_id, NEW.day, 1)
                ON CONFLICT (colleague_id, day) DO UPDATE SET events = events + 1;
        END)",
        R"(CREATE TRIGGER gratitude_uncounts_contact AFTER DELETE ON gratitude BEGIN
            DELETE FROM contact_day WHERE colleague_id = OLD.colleague_id AND day = OLD.day AND events <= 1;
            UPDATE contact_day SET events = events - 1 WHERE colleague_id = OLD.colleague_id AND day = OLD.day;
        END)",
        R"(CREATE TRIGGER gratitude_moves_contact AFTER UPDATE OF colleague_id, day ON gratitude BEGIN
            DELETE FROM contact_day WHERE colleague_id = OLD.colleague_id AND day = OLD.day AND events <= 1;
            UPDATE contact_day SET events = events - 1 WHERE colleague_id = OLD.colleague_id AND day = OLD.day;
            INSERT INTO contact_day (colleague_id, day, events) VALUES (NEW.colleague_id, NEW.day, 1)
                ON CONFLICT (colleague_id, day) DO UPDATE SET events = events + 1;
        END)",
        "DELETE FROM contact_day",
        R"(INSERT INTO contact_day (colleague_id, day, events)
            SELECT colleague_id, day, count(*) FROM (SELECT colleague_id, day FROM participant
                UNION ALL SELECT colleague_id, day FROM gratitude) GROUP BY colleague_id, day)",
    };
}

} // namespace rapport::core::schema
