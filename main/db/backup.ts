import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION, schemaVersionOf } from './migrations';

export type FileHealth =
  | { state: 'ok'; schemaVersion: number }
  | { state: 'damaged'; message: string }
  | { state: 'future'; schemaVersion: number; message: string };

/**
 * Opens `file` read-only and checks it without changing a byte: can SQLite read it, does
 * `integrity_check` pass, and was it written by this version of Samspil or an older one.
 */
export function checkDatabaseFile(file: string): FileHealth {
  let db: Database | undefined;
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    const version = schemaVersionOf(db);
    if (version > LATEST_SCHEMA_VERSION) {
      return {
        state: 'future',
        schemaVersion: version,
        message: `Filen er fra en nyere version af Samspil (skemaversion ${String(version)}; denne version kender skemaversion ${String(LATEST_SCHEMA_VERSION)}). Installér den nyeste Samspil.`,
      };
    }
    const result = db.pragma('integrity_check', { simple: true });
    if (result !== 'ok')
      return { state: 'damaged', message: `Filen er beskadiget (SQLite siger: ${String(result)}).` };
    return { state: 'ok', schemaVersion: version };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { state: 'damaged', message: `Filen kan ikke læses som et Samspil-register (${reason}).` };
  } finally {
    db?.close();
  }
}

/**
 * Writes a consistent copy of the open register to `target`, checked before it is given its name.
 * `VACUUM INTO` (SQLite's own snapshot) is synchronous, so it also works just before a migration,
 * inside the open call, and the copy is compacted.
 */
export function backupTo(db: Database, target: string): void {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temp = `${target}.tmp`;
  fs.rmSync(temp, { force: true });
  try {
    db.prepare('VACUUM INTO ?').run(temp);
    const health = checkDatabaseFile(temp);
    if (health.state !== 'ok') throw new Error(`Sikkerhedskopien kunne ikke kontrolleres: ${health.message}`);
    fs.renameSync(temp, target);
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

/**
 * Puts a checked backup in place of the register at `target`. The caller has closed the register;
 * the copy goes in under a temporary name first, so a crash leaves either the old or the new file.
 */
export function replaceDatabaseFile(backup: string, target: string): void {
  const health = checkDatabaseFile(backup);
  if (health.state !== 'ok') throw new Error(`Sikkerhedskopien kan ikke bruges: ${health.message}`);
  const temp = `${target}.restoring`;
  fs.copyFileSync(backup, temp);
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${target}${suffix}`, { force: true });
  fs.renameSync(temp, target);
}

/** The newest backup in `folder` that passes the check, for a register that cannot be opened. */
export function newestGoodBackup(folder: string): string | null {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return null;
  }
  const candidates = names
    .filter((n) => /^samspil-.*\.sqlite$/.test(n))
    .sort()
    .reverse();
  for (const name of candidates) {
    const file = path.join(folder, name);
    if (checkDatabaseFile(file).state === 'ok') return file;
  }
  return null;
}

/** The default backup folder: beside the register, so a copy of the data folder takes both along. */
export function defaultBackupFolder(databasePath: string): string {
  return path.join(path.dirname(path.resolve(databasePath)), 'Sikkerhedskopier');
}
