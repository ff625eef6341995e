import type { Migration } from './types';

/** Where the consultant dragged a node inside its matrix cell, relative to the cell's corner. */
export const migration003MatrixPositions: Migration = {
  version: 3,
  name: 'matrix-positions',
  up(db) {
    db.exec(`
      CREATE TABLE matrix_positions (
        partnership_id INTEGER PRIMARY KEY REFERENCES partnerships (id) ON DELETE CASCADE,
        dx REAL NOT NULL,
        dy REAL NOT NULL
      ) STRICT;
    `);
  },
};
