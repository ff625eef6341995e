import BetterSqlite3 from 'better-sqlite3';

/** For tests of other layers: makes `file` look as if a Samspil with schema `version` wrote it. */
export function setSchemaVersion(file: string, version: number): void {
  const db = new BetterSqlite3(file);
  try {
    db.pragma(`user_version = ${String(Math.trunc(version))}`);
  } finally {
    db.close();
  }
}
