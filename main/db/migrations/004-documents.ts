import type { Migration } from './types';

/** Every exported agreement, so the record shows when and what was sent out. */
export const migration004Documents: Migration = {
  version: 4,
  name: 'documents',
  up(db) {
    db.exec(`
      CREATE TABLE documents (
        id             INTEGER PRIMARY KEY,
        partnership_id INTEGER NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
        kind           TEXT NOT NULL,
        file_name      TEXT NOT NULL,
        sha256         TEXT NOT NULL,
        created_at     TEXT NOT NULL,
        actor          TEXT NOT NULL
      ) STRICT;
      CREATE INDEX documents_partnership ON documents (partnership_id, created_at);
    `);
  },
};
