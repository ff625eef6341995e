import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION, assertNotFromFuture, migrate } from './migrations';

export type { Database } from 'better-sqlite3';

/**
 * Opens (creating if needed) the register at `file` and migrates it. WAL keeps readers and the
 * single writer out of each other's way; foreign keys are off by default in SQLite and must be
 * switched on per connection.
 */
export class DamagedDatabaseError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(
      `Registret ${file} er beskadiget og er ikke ændret (SQLite siger: ${detail}). ` +
        'Gendan den nyeste sikkerhedskopi (samspil restore), eller kontakt support.',
    );
    this.name = 'DamagedDatabaseError';
  }
}

export interface OpenOptions {
  /** Called with the open, checked register just before pending migrations run. */
  beforeMigration?: (db: Database, fromVersion: number) => void;
}

export function openDatabase(file: string, options: OpenOptions = {}): Database {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new BetterSqlite3(file);
  try {
    db.pragma('busy_timeout = 5000');
    // Refuse a newer or damaged file before anything (even the journal mode) writes to it.
    const version = assertNotFromFuture(db);
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new DamagedDatabaseError(file, String(check));
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    if (version > 0 && version < LATEST_SCHEMA_VERSION) options.beforeMigration?.(db, version);
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    const code = (error as { code?: unknown }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new DamagedDatabaseError(file, error instanceof Error ? error.message : String(code));
    }
    throw error;
  }
}
