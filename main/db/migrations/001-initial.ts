import type { Migration } from './types';

/** Partners, municipal units and partnerships: the first slice of the register. */
export const migration001Initial: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE organisations (
        id         INTEGER PRIMARY KEY,
        name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX organisations_name ON organisations (name COLLATE NOCASE);

      CREATE TABLE units (
        id         INTEGER PRIMARY KEY,
        name       TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
        sort_order INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      CREATE TABLE partnerships (
        id              INTEGER PRIMARY KEY,
        title           TEXT NOT NULL CHECK (length(trim(title)) > 0),
        organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
        volunteer_type  TEXT NOT NULL
                        CHECK (volunteer_type IN ('folkeoplysende', 'humanitaer', 'faellesskab', 'enkeltperson')),
        involvement     TEXT NOT NULL CHECK (involvement IN ('lav', 'mellem', 'hoej')),
        unit_id         INTEGER REFERENCES units (id) ON DELETE SET NULL,
        status          TEXT NOT NULL DEFAULT 'aktiv'
                        CHECK (status IN ('ide', 'i_dialog', 'aktiv', 'paa_pause', 'afsluttet')),
        start_date      TEXT,
        end_date        TEXT,
        notes           TEXT NOT NULL DEFAULT '',
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL,
        CHECK (start_date IS NULL OR end_date IS NULL OR end_date >= start_date)
      ) STRICT;
      CREATE INDEX partnerships_organisation ON partnerships (organisation_id);
      CREATE INDEX partnerships_unit ON partnerships (unit_id);

      -- Append-only history: who changed what, when and why. Never updated, never deleted.
      CREATE TABLE audit_log (
        id        INTEGER PRIMARY KEY,
        at        TEXT NOT NULL,
        actor     TEXT NOT NULL,
        entity    TEXT NOT NULL,
        entity_id INTEGER NOT NULL,
        action    TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
        field     TEXT,
        old_value TEXT,
        new_value TEXT,
        reason    TEXT
      ) STRICT;
      CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    `);
    // The municipal units of the seeds; the list becomes editable in Indstillinger.
    const insertUnit = db.prepare('INSERT INTO units (name, sort_order) VALUES (?, ?)');
    [
      'Center for Børn og Voksne',
      'Center for Sundhed og Seniorliv',
      'Center for Dagtilbud, Skole og Forebyggelse',
      'Center for Borgerservice og Kultur',
    ].forEach((name, index) => insertUnit.run(name, index));
  },
};
