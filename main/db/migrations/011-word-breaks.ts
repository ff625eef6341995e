import { MIGRATION_011_WORD_BREAKS, SEARCH_COLUMNS, searchRowsSql, searchTriggersSql } from '../searchIndex';
import type { Migration } from './types';

/**
 * One or two letters also find the words written right after a tab, a no-break space, a dash, a
 * Danish quotation mark, a full stop, a comma or a colon ("Besøg–Ældre", »Gåtur«, "H.C. Jensen"):
 * more word breaks (see `../searchIndex.ts`). The triggers are made again with them and the index
 * is refilled from the register's data, so the rows indexed before get them too.
 */
export const migration011WordBreaks: Migration = {
  version: 11,
  name: 'word-breaks',
  up(db) {
    db.exec(`
      DROP TRIGGER organisations_renamed_in_search;
      DROP TRIGGER contact_persons_renamed_in_search;
      ${searchTriggersSql(MIGRATION_011_WORD_BREAKS)}

      INSERT INTO partnerships_fts (partnerships_fts) VALUES ('delete-all');
      INSERT INTO partnerships_fts (${SEARCH_COLUMNS}) ${searchRowsSql('', MIGRATION_011_WORD_BREAKS)};
    `);
  },
};
