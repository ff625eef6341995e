import { MIGRATION_010_WORD_BREAKS, SEARCH_COLUMNS, searchRowsSql, searchTriggersSql } from '../searchIndex';
import type { Migration } from './types';

/**
 * Search finds parts of compound words: "café" finds "Lektiecafé", "hjælp" finds "Lektiehjælp".
 * The word-based unicode61 index gives way to one trigram index (see `../searchIndex.ts`),
 * filled from the register's data. It is contentless: it keeps no copy of the texts (less to
 * write on every save and import, and no second copy of personal data), so the triggers that
 * keep it in step re-index whole rows from the source tables. Renaming a contact person now
 * also reaches the index, as renaming a partner did.
 */
export const migration010CompoundSearch: Migration = {
  version: 10,
  name: 'compound-search',
  up(db) {
    db.exec(`
      DROP TRIGGER organisations_renamed_in_search;
      DROP TABLE partnerships_fts;
      CREATE VIRTUAL TABLE partnerships_fts USING fts5(
        title, partner, notes, contacts,
        tokenize = "trigram case_sensitive 0 remove_diacritics 0",
        content = '', contentless_delete = 1
      );
      -- The index's terms, for the words beginning with one letter.
      CREATE VIRTUAL TABLE partnerships_fts_vocab USING fts5vocab(partnerships_fts, 'row');
      INSERT INTO partnerships_fts (${SEARCH_COLUMNS}) ${searchRowsSql('', MIGRATION_010_WORD_BREAKS)};

      ${searchTriggersSql(MIGRATION_010_WORD_BREAKS)}
    `);
  },
};
