import type { Migration } from './types';

/**
 * What an agreement needs beyond the register (issue 5): whether a straffeattest is required, the
 * mutual obligations of a partnerskabsaftale, and a snapshot of the agreement's fields at each
 * export, so the record can show what changed since the last exported version.
 */
export const migration008AgreementOptions: Migration = {
  version: 8,
  name: 'agreement-options',
  up(db) {
    db.exec(`
      ALTER TABLE partnerships ADD COLUMN criminal_record_check INTEGER NOT NULL DEFAULT 0
        CHECK (criminal_record_check IN (0, 1));
      ALTER TABLE partnerships ADD COLUMN municipal_obligations TEXT NOT NULL DEFAULT '';
      ALTER TABLE partnerships ADD COLUMN partner_obligations TEXT NOT NULL DEFAULT '';
      ALTER TABLE documents ADD COLUMN snapshot TEXT NOT NULL DEFAULT '{}';
    `);
  },
};
