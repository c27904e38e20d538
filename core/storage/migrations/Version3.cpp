#include "Migrations.h"

namespace rapport::core::schema {

// Version 3 keeps the figures fast on a journal of a million interactions:
// - contact_day also sums, per colleague and day, the help given and received and the
//   ratings, so the health score reads one row a contact day instead of every interaction;
// - interaction_day and gratitude_day count entries per day (by kind, by direction), so
//   monthly series read at most a few rows a day;
// - indexes that these make redundant go, and the rest get narrower, which also keeps the
//   quick_check after an unclean shutdown short.
// All of it is derived data, rebuilt from the entries at the end of the migration.
std::vector<const char *> version3()
{
    return {
        "DROP INDEX interaction_by_day",
        "CREATE INDEX interaction_by_day ON interaction (day)",
        "DROP INDEX contact_day_by_day",
        "DROP INDEX participant_by_colleague",
        "CREATE INDEX participant_by_colleague ON participant (colleague_id, day)",
        // The due list reads open items from these indexes alone.
        "DROP INDEX commitment_by_due",
        "CREATE INDEX commitment_open_mine_by_due ON commitment (due_on, id, colleague_id, what, status, direction) "
        "WHERE status = 'open' AND direction = 'mine'",
        "DROP INDEX follow_up_open_by_due",
        "CREATE INDEX follow_up_open_by_due ON follow_up (due_on, id, colleague_id, what, done_on) WHERE done_on IS NULL",
        // The latest contact day of each colleague, kept by the triggers on contact_day, so
        // the due list needs no seek into contact days (only for entries dated ahead).
        "ALTER TABLE colleague ADD COLUMN last_contact INTEGER",
        R"(CREATE TRIGGER contact_day_extends_last AFTER INSERT ON contact_day BEGIN
            UPDATE colleague SET last_contact = NEW.day
                WHERE id = NEW.colleague_id AND (last_contact IS NULL OR last_contact < NEW.day);
        END)",
        R"(CREATE TRIGGER contact_day_shortens_last AFTER DELETE ON contact_day BEGIN
            UPDATE colleague SET last_contact = (SELECT max(day) FROM contact_day WHERE colleague_id = OLD.colleague_id)
                WHERE id = OLD.colleague_id AND last_contact = OLD.day;
        END)",
        // Monthly promise reliability reads closed commitments by date, from the index alone.
        "DROP INDEX commitment_by_closed",
        "CREATE INDEX commitment_by_closed ON commitment (closed_on, direction, status, due_on, colleague_id) "
        "WHERE closed_on IS NOT NULL",
        "ALTER TABLE contact_day ADD COLUMN help_given INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE contact_day ADD COLUMN help_received INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE contact_day ADD COLUMN rated INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE contact_day ADD COLUMN quality_sum INTEGER NOT NULL DEFAULT 0",
        R"(CREATE TABLE interaction_day (
            day INTEGER NOT NULL,
            kind TEXT NOT NULL,
            n INTEGER NOT NULL CHECK (n > 0),
            PRIMARY KEY (day, kind)
        ) WITHOUT ROWID)",
        R"(CREATE TABLE gratitude_day (
            day INTEGER NOT NULL,
            direction TEXT NOT NULL,
            n INTEGER NOT NULL CHECK (n > 0),
            PRIMARY KEY (day, direction)
        ) WITHOUT ROWID)",

        "DROP TRIGGER participant_counts_contact",
        "DROP TRIGGER participant_uncounts_contact",
        "DROP TRIGGER participant_moves_contact",
        R"(CREATE TRIGGER participant_counts_contact AFTER INSERT ON participant BEGIN
            INSERT INTO contact_day (colleague_id, day, events, help_given, help_received, rated, quality_sum)
                VALUES (NEW.colleague_id, NEW.day, 1, NEW.kind = 'help_given', NEW.kind = 'help_received',
                        NEW.quality IS NOT NULL, coalesce(NEW.quality, 0))
                ON CONFLICT (colleague_id, day) DO UPDATE SET events = events + 1,
                    help_given = help_given + excluded.help_given, help_received = help_received + excluded.help_received,
                    rated = rated + excluded.rated, quality_sum = quality_sum + excluded.quality_sum;
        END)",
        // The row goes first when this was its last event (see version 2).
        R"(CREATE TRIGGER participant_uncounts_contact AFTER DELETE ON participant BEGIN
            DELETE FROM contact_day WHERE colleague_id = OLD.colleague_id AND day = OLD.day AND events <= 1;
            UPDATE contact_day SET events = events - 1, help_given = help_given - (OLD.kind = 'help_given'),
                help_received = help_received - (OLD.kind = 'help_received'), rated = rated - (OLD.quality IS NOT NULL),
                quality_sum = quality_sum - coalesce(OLD.quality, 0)
                WHERE colleague_id = OLD.colleague_id AND day = OLD.day;
        END)",
        R"(CREATE TRIGGER participant_moves_contact AFTER UPDATE OF colleague_id, day, kind, quality ON participant BEGIN
            DELETE FROM contact_day WHERE colleague_id = OLD.colleague_id AND day = OLD.day AND events <= 1;
            UPDATE contact_day SET events = events - 1, help_given = help_given - (OLD.kind = 'help_given'),
                help_received = help_received - (OLD.kind = 'help_received'), rated = rated - (OLD.quality IS NOT NULL),
                quality_sum = quality_sum - coalesce(OLD.quality, 0)
                WHERE colleague_id = OLD.colleague_id AND day = OLD.day;
            INSERT INTO contact_day (colleague_id, day, events, help_given, help_received, rated, quality_sum)
                VALUES (NEW.colleague_id, NEW.day, 1, NEW.kind = 'help_given', NEW.kind = 'help_received',
                        NEW.quality IS NOT NULL, coalesce(NEW.quality, 0))
                ON CONFLICT (colleague_id, day) DO UPDATE SET events = events + 1,
                    help_given = help_given + excluded.help_given, help_received = help_received + excluded.help_received,
                    rated = rated + excluded.rated, quality_sum = quality_sum + excluded.quality_sum;
        END)",

        R"(CREATE TRIGGER interaction_counts_day AFTER INSERT ON interaction BEGIN
            INSERT INTO interaction_day (day, kind, n) VALUES (NEW.day, NEW.kind, 1)
                ON CONFLICT (day, kind) DO UPDATE SET n = n + 1;
        END)",
        R"(CREATE TRIGGER interaction_uncounts_day AFTER DELETE ON interaction BEGIN
            DELETE FROM interaction_day WHERE day = OLD.day AND kind = OLD.kind AND n <= 1;
            UPDATE interaction_day SET n = n - 1 WHERE day = OLD.day AND kind = OLD.kind;
        END)",
        R"(CREATE TRIGGER interaction_moves_day AFTER UPDATE OF day, kind ON interaction BEGIN
            DELETE FROM interaction_day WHERE day = OLD.day AND kind = OLD.kind AND n <= 1;
            UPDATE interaction_day SET n = n - 1 WHERE day = OLD.day AND kind = OLD.kind;
            INSERT INTO interaction_day (day, kind, n) VALUES (NEW.day, NEW.kind, 1)
                ON CONFLICT (day, kind) DO UPDATE SET n = n + 1;
        END)",
        R"(CREATE TRIGGER gratitude_counts_day AFTER INSERT ON gratitude BEGIN
            INSERT INTO gratitude_day (day, direction, n) VALUES (NEW.day, NEW.direction, 1)
                ON CONFLICT (day, direction) DO UPDATE SET n = n + 1;
        END)",
        R"(CREATE TRIGGER gratitude_uncounts_day AFTER DELETE ON gratitude BEGIN
            DELETE FROM gratitude_day WHERE day = OLD.day AND direction = OLD.direction AND n <= 1;
            UPDATE gratitude_day SET n = n - 1 WHERE day = OLD.day AND direction = OLD.direction;
        END)",
        R"(CREATE TRIGGER gratitude_moves_day AFTER UPDATE OF day, direction ON gratitude BEGIN
            DELETE FROM gratitude_day WHERE day = OLD.day AND direction = OLD.direction AND n <= 1;
            UPDATE gratitude_day SET n = n - 1 WHERE day = OLD.day AND direction = OLD.direction;
            INSERT INTO gratitude_day (day, direction, n) VALUES (NEW.day, NEW.direction, 1)
                ON CONFLICT (day, direction) DO UPDATE SET n = n + 1;
        END)",
    };
}

} // namespace rapport::core::schema
