import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { assertNotFromFuture, migrate } from './migrations';

export type { Database } from 'better-sqlite3';

/**
 * Opens (creating if needed) the register at `file` and migrates it. WAL keeps readers and the
 * single writer out of each other's way; foreign keys are off by default in SQLite and must be
 * switched on per connection.
 */
export function openDatabase(file: string): Database {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new BetterSqlite3(file);
  try {
    db.pragma('busy_timeout = 5000');
    // Refuse a newer file before anything (even the journal mode) writes to it.
    assertNotFromFuture(db);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
