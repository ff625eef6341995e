import type { Migration } from './types';

/**
 * The følgegruppe (issue 6): its configurable segments, members, meetings with agenda items,
 * attendance and action items. Members are rows of `contact_persons` (one person entity shared
 * with the partnerships), so every mention of a member (chair, referent, attendance, presenter,
 * responsible) is a person id; free text is kept only for people outside the group.
 */
export const migration005FollowupGroup: Migration = {
  version: 5,
  name: 'followup-group',
  up(db) {
    db.exec(`
      CREATE TABLE followup_segments (
        id         INTEGER PRIMARY KEY,
        name       TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
        sort_order INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      -- RESTRICT: a person who sits in the group is never removed behind its back.
      CREATE TABLE followup_members (
        id         INTEGER PRIMARY KEY,
        person_id  INTEGER NOT NULL UNIQUE REFERENCES contact_persons (id) ON DELETE RESTRICT,
        role       TEXT NOT NULL DEFAULT '',
        seat_kind  TEXT NOT NULL CHECK (seat_kind IN ('fast', 'valgt', 'kommunal')),
        segment_id INTEGER REFERENCES followup_segments (id) ON DELETE SET NULL,
        elected_at TEXT,
        term_end   TEXT,
        notes      TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE followup_meetings (
        id                  INTEGER PRIMARY KEY,
        date                TEXT NOT NULL,
        start_time          TEXT NOT NULL DEFAULT '',
        end_time            TEXT NOT NULL DEFAULT '',
        place               TEXT NOT NULL DEFAULT '',
        chair_person_id     INTEGER REFERENCES contact_persons (id) ON DELETE SET NULL,
        referent_person_id  INTEGER REFERENCES contact_persons (id) ON DELETE SET NULL,
        guests              TEXT NOT NULL DEFAULT '',
        marks               TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(marks)),
        minutes_approved_at TEXT,
        created_at          TEXT NOT NULL,
        updated_at          TEXT NOT NULL
      ) STRICT;
      CREATE INDEX followup_meetings_date ON followup_meetings (date);

      CREATE TABLE followup_agenda_items (
        id                  INTEGER PRIMARY KEY,
        meeting_id          INTEGER NOT NULL REFERENCES followup_meetings (id) ON DELETE CASCADE,
        position            INTEGER NOT NULL,
        standing            TEXT CHECK (standing IN ('godkendelse', 'opfoelgning', 'eventuelt', 'naeste_moede', 'portefoelje')),
        title               TEXT NOT NULL CHECK (length(trim(title)) > 0),
        kind                TEXT NOT NULL CHECK (kind IN ('O', 'D', 'B')),
        presenter_person_id INTEGER REFERENCES contact_persons (id) ON DELETE SET NULL,
        presenter           TEXT NOT NULL DEFAULT '',
        background          TEXT NOT NULL DEFAULT '',
        notes               TEXT NOT NULL DEFAULT '',
        conclusion          TEXT NOT NULL DEFAULT '',
        decision            TEXT NOT NULL DEFAULT '',
        portfolio           TEXT CHECK (portfolio IS NULL OR json_valid(portfolio))
      ) STRICT;
      CREATE INDEX followup_agenda_items_meeting ON followup_agenda_items (meeting_id, position);

      CREATE TABLE followup_item_partnerships (
        item_id        INTEGER NOT NULL REFERENCES followup_agenda_items (id) ON DELETE CASCADE,
        partnership_id INTEGER NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
        PRIMARY KEY (item_id, partnership_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE followup_item_goals (
        item_id          INTEGER NOT NULL REFERENCES followup_agenda_items (id) ON DELETE CASCADE,
        strategy_goal_id INTEGER NOT NULL REFERENCES strategy_goals (id) ON DELETE CASCADE,
        PRIMARY KEY (item_id, strategy_goal_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE followup_attendance (
        meeting_id INTEGER NOT NULL REFERENCES followup_meetings (id) ON DELETE CASCADE,
        person_id  INTEGER NOT NULL REFERENCES contact_persons (id) ON DELETE CASCADE,
        status     TEXT NOT NULL CHECK (status IN ('til_stede', 'afbud')),
        PRIMARY KEY (meeting_id, person_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE followup_actions (
        id                    INTEGER PRIMARY KEY,
        meeting_id            INTEGER NOT NULL REFERENCES followup_meetings (id) ON DELETE CASCADE,
        agenda_item_id        INTEGER REFERENCES followup_agenda_items (id) ON DELETE SET NULL,
        text                  TEXT NOT NULL CHECK (length(trim(text)) > 0),
        responsible_person_id INTEGER REFERENCES contact_persons (id) ON DELETE SET NULL,
        responsible           TEXT NOT NULL DEFAULT '',
        deadline              TEXT,
        status                TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
        closed_at             TEXT,
        closed_meeting_id     INTEGER REFERENCES followup_meetings (id) ON DELETE SET NULL,
        created_at            TEXT NOT NULL,
        updated_at            TEXT NOT NULL,
        CHECK ((status = 'open') = (closed_at IS NULL))
      ) STRICT;
      CREATE INDEX followup_actions_meeting ON followup_actions (meeting_id);
      CREATE INDEX followup_actions_open ON followup_actions (status, deadline);
    `);
    // The broad composition the kommissorium asks for; the list is editable in Indstillinger.
    const insert = db.prepare('INSERT INTO followup_segments (name, sort_order) VALUES (?, ?)');
    ['Børn og unge', 'Voksne', 'Ældre', 'Patientforeninger', 'Integration'].forEach((name, index) =>
      insert.run(name, index),
    );
  },
};
