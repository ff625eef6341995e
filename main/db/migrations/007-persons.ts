import type { Migration } from './types';

/**
 * Persons and data protection (issue 10). The person is the existing `contact_persons` row, now
 * with its legal basis (art. 6(1)(e) public task or 6(1)(a) consent), whether and when it was
 * informed (art. 14), an optional retention date chosen by hand (otherwise computed from the
 * settings), and when it was anonymised.
 *
 * The audit log is rebuilt once to allow the data-protection actions (looked at, exported, merged,
 * erased). It stays append-only with one documented exception: an erasure may blank the logged
 * values (never who, when, what or the row itself) while its marker row in
 * `audit_log_redaction` exists, which only the erasure's own transaction inserts and removes.
 */
export const migration007Persons: Migration = {
  version: 7,
  name: 'persons',
  up(db) {
    db.exec(`
      ALTER TABLE contact_persons ADD COLUMN legal_basis TEXT
        CHECK (legal_basis IN ('offentlig_opgave', 'samtykke'));
      ALTER TABLE contact_persons ADD COLUMN consent_date TEXT;
      ALTER TABLE contact_persons ADD COLUMN informed INTEGER NOT NULL DEFAULT 0 CHECK (informed IN (0, 1));
      ALTER TABLE contact_persons ADD COLUMN informed_date TEXT;
      ALTER TABLE contact_persons ADD COLUMN retention_date TEXT;
      ALTER TABLE contact_persons ADD COLUMN anonymised_at TEXT;

      CREATE TABLE audit_log_redaction (open INTEGER PRIMARY KEY CHECK (open = 1)) STRICT;

      CREATE TABLE audit_log_new (
        id        INTEGER PRIMARY KEY,
        at        TEXT NOT NULL,
        actor     TEXT NOT NULL,
        entity    TEXT NOT NULL,
        entity_id INTEGER NOT NULL,
        action    TEXT NOT NULL
                  CHECK (action IN ('create', 'update', 'delete', 'view', 'export', 'merge', 'erase')),
        field     TEXT,
        old_value TEXT,
        new_value TEXT,
        reason    TEXT
      ) STRICT;
      INSERT INTO audit_log_new (id, at, actor, entity, entity_id, action, field, old_value, new_value, reason)
        SELECT id, at, actor, entity, entity_id, action, field, old_value, new_value, reason FROM audit_log;
      DROP TABLE audit_log;
      ALTER TABLE audit_log_new RENAME TO audit_log;
      CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
      CREATE INDEX audit_log_at ON audit_log (at);

      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        WHEN NOT EXISTS (SELECT 1 FROM audit_log_redaction)
          OR NEW.id IS NOT OLD.id OR NEW.at IS NOT OLD.at OR NEW.actor IS NOT OLD.actor
          OR NEW.entity IS NOT OLD.entity OR NEW.entity_id IS NOT OLD.entity_id
          OR NEW.action IS NOT OLD.action OR NEW.field IS NOT OLD.field
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    `);
  },
};
