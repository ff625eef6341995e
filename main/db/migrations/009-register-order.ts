import { danishSortKey } from '../../../shared/domain/danishSortKey';
import type { Migration } from './types';

/**
 * The register pages through partnerships in Danish title order without sorting the whole table:
 * a stored Danish sort key with indexes (issue 9). Renaming a partner also renames it in the
 * search index, so search never finds a partner by its old name.
 */
export const migration009RegisterOrder: Migration = {
  version: 9,
  name: 'register-order',
  up(db) {
    db.function('danish_sort_key', { deterministic: true }, (title: unknown) => danishSortKey(String(title)));
    db.exec(`
      ALTER TABLE partnerships ADD COLUMN title_key TEXT NOT NULL DEFAULT '';
      UPDATE partnerships SET title_key = danish_sort_key(title);
      CREATE INDEX partnerships_title_key ON partnerships (title_key);
      CREATE INDEX partnerships_status_title_key ON partnerships (status, title_key);
      -- Also serves the unit's foreign key, as the index it replaces did.
      CREATE INDEX partnerships_unit_title_key ON partnerships (unit_id, title_key);
      DROP INDEX partnerships_unit;

      CREATE TRIGGER organisations_renamed_in_search AFTER UPDATE OF name ON organisations
      WHEN NEW.name IS NOT OLD.name
      BEGIN
        UPDATE partnerships_fts SET partner = NEW.name
        WHERE rowid IN (SELECT id FROM partnerships WHERE organisation_id = NEW.id);
      END;
    `);
  },
};
