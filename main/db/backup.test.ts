import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempFolder } from '../testing/tempFolder';
import { backupTo, checkDatabaseFile, newestGoodBackup, replaceDatabaseFile } from './backup';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, migrate } from './migrations';
import { DamagedDatabaseError, openDatabase } from './open';

const tempFolder = useTempFolder();

function registerWithOneOrganisation(file: string) {
  const db = openDatabase(file);
  db.prepare("INSERT INTO organisations (name, created_at, updated_at) VALUES ('Røde Kors', 'x', 'x')").run();
  return db;
}

describe('backups of the register', () => {
  it('writes a consistent, checked copy that opens with the same data', () => {
    const folder = tempFolder();
    const db = registerWithOneOrganisation(path.join(folder, 'samspil.sqlite'));
    const copy = path.join(folder, 'kopier', 'kopi.sqlite');
    backupTo(db, copy);
    db.close();
    expect(checkDatabaseFile(copy)).toEqual({ state: 'ok', schemaVersion: LATEST_SCHEMA_VERSION });
    const reopened = openDatabase(copy);
    expect(reopened.prepare('SELECT name FROM organisations').all()).toEqual([{ name: 'Røde Kors' }]);
    reopened.close();
    expect(fs.readdirSync(path.dirname(copy))).toEqual(['kopi.sqlite']);
  });

  it('tells a damaged file and a file from a newer Samspil apart, without changing either', () => {
    const folder = tempFolder();
    const garbage = path.join(folder, 'garbage.sqlite');
    fs.writeFileSync(garbage, 'this is not a database at all, just some text '.repeat(200));
    expect(checkDatabaseFile(garbage)).toMatchObject({
      state: 'damaged',
      message: expect.stringContaining('kan ikke læses'),
    });
    expect(() => openDatabase(garbage)).toThrow(DamagedDatabaseError);

    const future = path.join(folder, 'future.sqlite');
    const raw = new BetterSqlite3(future);
    raw.pragma(`user_version = ${String(LATEST_SCHEMA_VERSION + 1)}`);
    raw.close();
    const before = fs.readFileSync(future);
    expect(checkDatabaseFile(future)).toMatchObject({
      state: 'future',
      schemaVersion: LATEST_SCHEMA_VERSION + 1,
    });
    expect(fs.readFileSync(future).equals(before)).toBe(true);
    expect(checkDatabaseFile(path.join(folder, 'missing.sqlite')).state).toBe('damaged');
  });

  it('detects a register whose pages were overwritten, and refuses to open it untouched', () => {
    const folder = tempFolder();
    const file = path.join(folder, 'samspil.sqlite');
    const db = registerWithOneOrganisation(file);
    for (let i = 0; i < 200; i++)
      db.prepare("INSERT INTO organisations (name, created_at, updated_at) VALUES (?, 'x', 'x')").run(
        `Forening ${String(i)}`,
      );
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const bytes = fs.readFileSync(file);
    bytes.fill(0x5a, 4096 + 100, 4096 * 3);
    fs.writeFileSync(file, bytes);
    expect(checkDatabaseFile(file).state).toBe('damaged');
    expect(() => openDatabase(file)).toThrow(/beskadiget/);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('puts a checked backup in place of the register, and refuses a damaged one', () => {
    const folder = tempFolder();
    const live = path.join(folder, 'samspil.sqlite');
    const db = registerWithOneOrganisation(live);
    const copy = path.join(folder, 'kopi.sqlite');
    backupTo(db, copy);
    db.prepare("INSERT INTO organisations (name, created_at, updated_at) VALUES ('Ny', 'x', 'x')").run();
    db.close();
    replaceDatabaseFile(copy, live);
    const restored = openDatabase(live);
    expect(restored.prepare('SELECT count(*) AS n FROM organisations').get()).toEqual({ n: 1 });
    restored.close();
    fs.writeFileSync(path.join(folder, 'bad.sqlite'), 'nope');
    expect(() => replaceDatabaseFile(path.join(folder, 'bad.sqlite'), live)).toThrow(/kan ikke bruges/);
  });

  it('copies a register before migrating it', () => {
    const folder = tempFolder();
    const file = path.join(folder, 'old.sqlite');
    const old = new BetterSqlite3(file);
    migrate(old, MIGRATIONS.slice(0, 1));
    old.close();
    const calls: number[] = [];
    const db = openDatabase(file, {
      beforeMigration: (open, from) => {
        calls.push(from);
        backupTo(open, path.join(folder, 'samspil-2026-01-01-000000-foer-migrering.sqlite'));
      },
    });
    db.close();
    expect(calls).toEqual([1]);
    expect(checkDatabaseFile(path.join(folder, 'samspil-2026-01-01-000000-foer-migrering.sqlite'))).toEqual({
      state: 'ok',
      schemaVersion: 1,
    });
    expect(newestGoodBackup(folder)).toBe(
      path.join(folder, 'samspil-2026-01-01-000000-foer-migrering.sqlite'),
    );
  });

  it('finds the newest backup that passes the check', () => {
    const folder = tempFolder();
    const db = registerWithOneOrganisation(path.join(folder, 'samspil.sqlite'));
    backupTo(db, path.join(folder, 'samspil-2026-11-01-080000-daglig.sqlite'));
    db.close();
    fs.writeFileSync(path.join(folder, 'samspil-2026-11-02-080000-daglig.sqlite'), 'damaged');
    expect(newestGoodBackup(folder)).toBe(path.join(folder, 'samspil-2026-11-01-080000-daglig.sqlite'));
    expect(newestGoodBackup(path.join(folder, 'none'))).toBeNull();
  });
});
