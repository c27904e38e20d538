#include "Migrations.h"

namespace rapport::core::schema {

// Dates are whole day numbers (days since 1970-01-01); times are minutes after midnight.
// Enumerations are stored by their stable keys, checked here as well as in the services.
// Version 1: the journal as DESIGN.md section 1 describes it, with contact days kept by
// triggers. Frozen: a released migration never changes; later versions amend it.
std::vector<const char *> version1()
{
    return {
        R"(CREATE TABLE colleague (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
            name_key TEXT NOT NULL,
            pronouns TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL DEFAULT '',
            team TEXT NOT NULL DEFAULT '',
            department TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            chat TEXT NOT NULL DEFAULT '',
            work_mode TEXT CHECK (work_mode IN ('office', 'hybrid', 'remote')),
            time_zone TEXT NOT NULL DEFAULT '',
            start_date INTEGER,
            birthday TEXT,
            birthday_md INTEGER,
            how_we_met TEXT NOT NULL DEFAULT '',
            preferred_channel TEXT CHECK (preferred_channel IN ('email', 'chat', 'call', 'video', 'in_person', 'any')),
            best_time TEXT CHECK (best_time IN ('morning', 'afternoon', 'any')),
            working_style TEXT NOT NULL DEFAULT '',
            cadence_days INTEGER NOT NULL DEFAULT 0 CHECK (cadence_days BETWEEN 0 AND 365),
            notes TEXT NOT NULL DEFAULT '',
            tracked_since INTEGER NOT NULL,
            archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
            snoozed_until INTEGER
        ))",
        "CREATE INDEX colleague_by_name ON colleague (name_key)",
        "CREATE INDEX colleague_by_birthday ON colleague (birthday_md) WHERE birthday_md IS NOT NULL",
        R"(CREATE TABLE colleague_tag (
            colleague_id INTEGER NOT NULL REFERENCES colleague (id) ON DELETE CASCADE,
            tag TEXT NOT NULL,
            position INTEGER NOT NULL,
            PRIMARY KEY (colleague_id, tag)
        ) WITHOUT ROWID)",
        "CREATE INDEX colleague_tag_by_tag ON colleague_tag (tag)",
        // Kept apart so that listing colleagues never reads image data.
        R"(CREATE TABLE colleague_photo (
            colleague_id INTEGER PRIMARY KEY REFERENCES colleague (id) ON DELETE CASCADE,
            png BLOB NOT NULL
        ))",
        R"(CREATE TABLE fact (
            id INTEGER PRIMARY KEY,
            colleague_id INTEGER NOT NULL REFERENCES colleague (id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            noted_on INTEGER NOT NULL,
            follow_up_on INTEGER
        ))",
        "CREATE INDEX fact_by_colleague ON fact (colleague_id, noted_on)",
        R"(CREATE TABLE interaction (
            id INTEGER PRIMARY KEY,
            day INTEGER NOT NULL,
            time_min INTEGER CHECK (time_min BETWEEN 0 AND 1439),
            duration_min INTEGER CHECK (duration_min BETWEEN 0 AND 10080),
            kind TEXT NOT NULL CHECK (kind IN ('coffee', 'touchbase', 'meal', 'greeting', 'collaboration',
                'help_given', 'help_received', 'feedback_given', 'feedback_received', 'shared_info',
                'asked_opinion', 'celebration', 'introduction', 'tension', 'other')),
            channel TEXT CHECK (channel IN ('in_person', 'video', 'call', 'chat', 'email')),
            initiated_by TEXT CHECK (initiated_by IN ('me', 'them')),
            quality INTEGER CHECK (quality BETWEEN 1 AND 5),
            notes TEXT NOT NULL DEFAULT ''
        ))",
        "CREATE INDEX interaction_by_day ON interaction (day, kind, quality)",
        // Day, kind and quality are copied from the interaction so that every per-colleague
        // figure is answered from the covering index alone.
        R"(CREATE TABLE participant (
            interaction_id INTEGER NOT NULL REFERENCES interaction (id) ON DELETE CASCADE,
            colleague_id INTEGER NOT NULL REFERENCES colleague (id) ON DELETE CASCADE,
            day INTEGER NOT NULL,
            kind TEXT NOT NULL,
            quality INTEGER,
            PRIMARY KEY (interaction_id, colleague_id)
        ) WITHOUT ROWID)",
        "CREATE INDEX participant_by_colleague ON participant (colleague_id, day, kind, quality)",
        R"(CREATE TABLE gratitude (
            id INTEGER PRIMARY KEY,
            colleague_id INTEGER NOT NULL REFERENCES colleague (id) ON DELETE CASCADE,
            day INTEGER NOT NULL,
            direction TEXT NOT NULL CHECK (direction IN ('given', 'received')),
            what TEXT NOT NULL CHECK (length(what) > 0),
            place TEXT NOT NULL DEFAULT 'private' CHECK (place IN ('private', 'public'))
        ))",
        "CREATE INDEX gratitude_by_colleague ON gratitude (colleague_id, day)",
        "CREATE INDEX gratitude_by_day ON gratitude (day, direction)",
        R"(CREATE TABLE commitment (
            id INTEGER PRIMARY KEY,
            colleague_id INTEGER NOT NULL REFERENCES colleague (id) ON DELETE CASCADE,
            what TEXT NOT NULL CHECK (length(what) > 0),
            direction TEXT NOT NULL CHECK (direction IN ('mine', 'theirs')),
            made_on INTEGER NOT NULL,
            due_on INTEGER NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('open', 'done', 'dropped')),
            closed_on INTEGER,
            CHECK (due_on >= made_on),
            CHECK ((status = 'open') = (closed_on IS NULL))
        ))",
        "CREATE INDEX commitment_by_colleague ON commitment (colleague_id)",
        "CREATE INDEX commitment_by_due ON commitment (status, due_on)",
        "CREATE INDEX commitment_by_closed ON commitment (closed_on) WHERE closed_on IS NOT NULL",
        R"(CREATE TABLE renegotiation (
            commitment_id INTEGER NOT NULL REFERENCES commitment (id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            from_day INTEGER NOT NULL,
            to_day INTEGER NOT NULL,
            on_day INTEGER NOT NULL,
            PRIMARY KEY (commitment_id, seq)
        ) WITHOUT ROWID)",
        R"(CREATE TABLE follow_up (
            id INTEGER PRIMARY KEY,
            colleague_id INTEGER NOT NULL REFERENCES colleague (id) ON DELETE CASCADE,
            what TEXT NOT NULL CHECK (length(what) > 0),
            due_on INTEGER NOT NULL,
            done_on INTEGER,
            fact_id INTEGER REFERENCES fact (id) ON DELETE SET NULL
        ))",
        "CREATE INDEX follow_up_by_colleague ON follow_up (colleague_id)",
        "CREATE INDEX follow_up_open_by_due ON follow_up (due_on) WHERE done_on IS NULL",
        "CREATE INDEX follow_up_by_fact ON follow_up (fact_id) WHERE fact_id IS NOT NULL",
        R"(CREATE TABLE reflection (
            id INTEGER PRIMARY KEY,
            day INTEGER NOT NULL,
            prompt TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL
        ))",
        "CREATE INDEX reflection_by_day ON reflection (day)",
        R"(CREATE TABLE about_me (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            communication_style TEXT NOT NULL DEFAULT '',
            strengths TEXT NOT NULL DEFAULT '',
            growth_areas TEXT NOT NULL DEFAULT '',
            capacity INTEGER NOT NULL DEFAULT 12 CHECK (capacity BETWEEN 1 AND 1000)
        ))",
        "INSERT INTO about_me (id) VALUES (1)",

        // Contact days: for each colleague, the days with at least one interaction or
        // gratitude entry, and how many. Kept current by triggers in the same transaction as
        // the change, so every figure reads distinct contact days without scanning entries.
        R"(CREATE TABLE contact_day (
            colleague_id INTEGER NOT NULL REFERENCES colleague (id) ON DELETE CASCADE,
            day INTEGER NOT NULL,
            events INTEGER NOT NULL CHECK (events > 0),
            PRIMARY KEY (colleague_id, day)
        ) WITHOUT ROWID)",
        "CREATE INDEX contact_day_by_day ON contact_day (day, colleague_id)",
        R"(CREATE TRIGGER participant_counts_contact AFTER INSERT ON participant BEGIN
            INSERT INTO contact_day (colleague_id, day, events) VALUES (NEW.colleague_id, NEW.day, 1)
                ON CONFLICT (colleague_id, day) DO UPDATE SET events = events + 1;
        END)",
        R"(CREATE TRIGGER participant_uncounts_contact AFTER DELETE ON participant BEGIN
            UPDATE contact_day SET events = events - 1 WHERE colleague_id = OLD.colleague_id AND day = OLD.day;
            DELETE FROM contact_day WHERE colleague_id = OLD.colleague_id AND day = OLD.day AND events <= 0;
        END)",
        R"(CREATE TRIGGER participant_moves_contact AFTER UPDATE OF colleague_id, day ON participant BEGIN
            UPDATE contact_day SET events = events - 1 WHERE colleague_id = OLD.colleague_id AND day = OLD.day;
            DELETE FROM contact_day WHERE colleague_id = OLD.colleague_id AND day = OLD.day AND events <= 0;
            INSERT INTO contact_day (colleague_id, day, events) VALUES (NEW.colleague_id, NEW.day, 1)
                ON CONFLICT (colleague_id, day) DO UPDATE SET events = events + 1;
        END)",
        R"(CREATE TRIGGER gratitude_counts_contact AFTER INSERT ON gratitude BEGIN
            INSERT INTO contact_day (colleague_id, day, events) VALUES (NEW.colleague_id, NEW.day, 1)
                ON CONFLICT (colleague_id, day) DO UPDATE SET events = events + 1;
        END)",
        R"(CREATE TRIGGER gratitude_uncounts_contact AFTER DELETE ON gratitude BEGIN
            UPDATE contact_day SET events = events - 1 WHERE colleague_id = OLD.colleague_id AND day = OLD.day;
            DELETE FROM contact_day WHERE colleague_id = OLD.colleague_id AND day = OLD.day AND events <= 0;
        END)",
        R"(CREATE TRIGGER gratitude_moves_contact AFTER UPDATE OF colleague_id, day ON gratitude BEGIN
            UPDATE contact_day SET events = events - 1 WHERE colleague_id = OLD.colleague_id AND day = OLD.day;
            DELETE FROM contact_day WHERE colleague_id = OLD.colleague_id AND day = OLD.day AND events <= 0;
            INSERT INTO contact_day (colleague_id, day, events) VALUES (NEW.colleague_id, NEW.day, 1)
                ON CONFLICT (colleague_id, day) DO UPDATE SET events = events + 1;
        END)",
        // Keep the copies in participant in step with their interaction.
        R"(CREATE TRIGGER interaction_updates_participants AFTER UPDATE OF day, kind, quality ON interaction BEGIN
            UPDATE participant SET day = NEW.day, kind = NEW.kind, quality = NEW.quality
                WHERE interaction_id = NEW.id;
        END)",
    };
}

} // namespace rapport::core::schema
