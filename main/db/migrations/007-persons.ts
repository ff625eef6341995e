import type { Migration } from './types';

/** Persons and data protection: legal basis, art. 14 information, retention (issue 10). */
export const migration007Persons: Migration = {
  version: 7,
  name: 'persons',
  up(db) {
    db.exec(``);
  },
};
