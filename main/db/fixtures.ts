import BetterSqlite3 from 'better-sqlite3';
import { MIGRATIONS, migrate } from './migrations';

/** For tests of other layers: makes `file` look as if a Samspil with schema `version` wrote it. */
export function setSchemaVersion(file: string, version: number): void {
  const db = new BetterSqlite3(file);
  try {
    db.pragma(`user_version = ${String(Math.trunc(version))}`);
  } finally {
    db.close();
  }
}

/** A register as the first released Samspil left it (schema version 1). */
export function createOldRegister(file: string): void {
  const db = new BetterSqlite3(file);
  try {
    migrate(db, MIGRATIONS.slice(0, 1));
  } finally {
    db.close();
  }
}
