import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempFolder } from '../../testing/tempFolder';
import { openDatabase } from '../open';
import {
  DatabaseFromFutureError,
  LATEST_SCHEMA_VERSION,
  MIGRATIONS,
  migrate,
  schemaVersionOf,
} from './index';
import type { Migration } from './types';

const tempFolder = useTempFolder();

function match(db: BetterSqlite3.Database, query: string): unknown[] {
  return db
    .prepare('SELECT rowid FROM partnerships_fts WHERE partnerships_fts MATCH ? ORDER BY rowid')
    .pluck()
    .all(query);
}

function tableNames(db: BetterSqlite3.Database): string[] {
  return db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all()
    .map((r) => r.name);
}

describe('migrations', () => {
  it('creates a new register at the latest version with WAL and foreign keys', () => {
    const file = path.join(tempFolder(), 'sub', 'folder', 'samspil.sqlite');
    const db = openDatabase(file);
    expect(fs.existsSync(file)).toBe(true);
    expect(schemaVersionOf(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(tableNames(db)).toEqual(
      expect.arrayContaining(['organisations', 'units', 'partnerships', 'audit_log']),
    );
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('leaves an up-to-date register alone when opened again', () => {
    const file = path.join(tempFolder(), 'samspil.sqlite');
    openDatabase(file).close();
    const db = openDatabase(file);
    expect(db.prepare('SELECT count(*) AS n FROM units').get()).toEqual({ n: 4 });
    db.close();
  });

  it('upgrades a version-1 register without losing its partnerships, and indexes them for search', () => {
    const file = path.join(tempFolder(), 'v1.sqlite');
    const v1 = new BetterSqlite3(file);
    migrate(v1, MIGRATIONS.slice(0, 1));
    v1.exec(`INSERT INTO organisations (name, created_at, updated_at) VALUES ('Røde Kors', 'x', 'x');
      INSERT INTO partnerships (title, organisation_id, volunteer_type, involvement, created_at, updated_at)
      VALUES ('Julehjælp', 1, 'humanitaer', 'lav', 'x', 'x');`);
    v1.close();

    const db = openDatabase(file);
    expect(schemaVersionOf(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare('SELECT title, agreement_kind, extra_fields FROM partnerships').all()).toEqual([
      { title: 'Julehjælp', agreement_kind: 'ingen', extra_fields: '{}' },
    ]);
    expect(
      db.prepare("SELECT rowid FROM partnerships_fts WHERE partnerships_fts MATCH 'jule*'").all(),
    ).toEqual([{ rowid: 1 }]);
    db.close();
  });

  it('moves a version-9 register to the trigram index, filled from its data and kept in step', () => {
    const file = path.join(tempFolder(), 'v9.sqlite');
    const v9 = new BetterSqlite3(file);
    migrate(v9, MIGRATIONS.slice(0, 9));
    v9.exec(`INSERT INTO organisations (name, created_at, updated_at) VALUES ('Røde Kors', 'x', 'x');
      INSERT INTO contact_persons (side, organisation_id, name, created_at, updated_at)
      VALUES ('partner', 1, 'Søren Østergaard', 'x', 'x');
      INSERT INTO partnerships (title, organisation_id, volunteer_type, involvement, partner_contact_id, notes,
        created_at, updated_at)
      VALUES ('Lektiecafé', 1, 'humanitaer', 'lav', 1, 'Hver tirsdag', 'x', 'x'),
        ('Gåklub', 1, 'faellesskab', 'lav', NULL, '', 'x', 'x');
      INSERT INTO partnerships_fts (rowid, title, partner, notes, contacts)
      VALUES (1, 'Lektiecafé', 'Røde Kors', 'Hver tirsdag', 'Søren Østergaard'), (2, 'Gåklub', 'Røde Kors', '', '');`);
    v9.close();

    const db = openDatabase(file);
    expect(schemaVersionOf(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(match(db, '"café"')).toEqual([1]);
    expect(match(db, '"klub"')).toEqual([2]);
    expect(match(db, '"tergaard"')).toEqual([1]);
    expect(match(db, '"tirs"')).toEqual([1]);
    expect(match(db, '"røde kors"')).toEqual([1, 2]);
    expect(match(db, '" rø"')).toEqual([1, 2]);
    // Renaming a partner or a contact person re-indexes their partnerships (the triggers).
    db.exec("UPDATE organisations SET name = 'Dansk Folkehjælp' WHERE id = 1");
    expect(match(db, '"kors"')).toEqual([]);
    expect(match(db, '"hjælp"')).toEqual([1, 2]);
    db.exec("UPDATE contact_persons SET name = 'Bjørn Aagaard' WHERE id = 1");
    expect(match(db, '"søren"')).toEqual([]);
    expect(match(db, '"aagaard" "café"')).toEqual([1]);
    // The index keeps no copy of the texts.
    expect(tableNames(db)).not.toContain('partnerships_fts_content');
    db.close();
  });

  it('gives a version-10 register the word breaks of version 11, in its index and its triggers', () => {
    const file = path.join(tempFolder(), 'v10.sqlite');
    const v10 = new BetterSqlite3(file);
    migrate(v10, MIGRATIONS.slice(0, 9));
    v10.exec(`INSERT INTO organisations (name, created_at, updated_at) VALUES ('Røde Kors', 'x', 'x');
      INSERT INTO contact_persons (side, organisation_id, name, created_at, updated_at)
      VALUES ('partner', 1, 'Søren Østergaard', 'x', 'x');
      INSERT INTO partnerships (title, organisation_id, volunteer_type, involvement, partner_contact_id,
        created_at, updated_at)
      VALUES ('Besøg–Ældre', 1, 'humanitaer', 'lav', 1, 'x', 'x');`);
    // Migration 010 fills the index from the data, as a register at version 10 has it.
    migrate(v10, MIGRATIONS.slice(0, 10));
    expect(match(v10, '" æl"')).toEqual([]);
    v10.close();

    const db = openDatabase(file);
    expect(schemaVersionOf(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(match(db, '" æl"')).toEqual([1]);
    expect(match(db, '"ldr"')).toEqual([1]);
    // Renaming a partner or a contact person indexes the new name with the new word breaks.
    db.exec("UPDATE organisations SET name = 'Røde Kors Faaborg–Midtfyn' WHERE id = 1");
    expect(match(db, '" mi"')).toEqual([1]);
    db.exec("UPDATE contact_persons SET name = 'Bjørn »Bo« Aagaard' WHERE id = 1");
    expect(match(db, '" bo"')).toEqual([1]);
    expect(match(db, '" sø"')).toEqual([]);
    expect(match(db, '" æl"')).toEqual([1]);
    db.close();
  });

  it('keeps the search triggers of released migrations as they were released', () => {
    // The triggers are built from the snippets in ../searchIndex.ts, which later migrations share:
    // if a hash changes, a change there has reached an older migration's SQL. Compare the
    // triggers' SQL at that version before and after the change.
    const triggersHash = (version: number) => {
      const db = new BetterSqlite3(path.join(tempFolder(), `v${String(version)}.sqlite`));
      migrate(db, MIGRATIONS.slice(0, version));
      const sql = db
        .prepare<[], string>(
          "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_in_search' ORDER BY name",
        )
        .pluck()
        .all()
        .join(';\n');
      db.close();
      return crypto.createHash('sha256').update(sql).digest('hex');
    };
    expect(triggersHash(10)).toBe('4bf3bda25f94ab815f5ce83deb673b22793b49473a48953cd9aaad12fde89809');
    expect(triggersHash(11)).toBe('b02dbba61e0f72e21d0ac101cc57a7ad0418d5ebbe5faa0ce14619bff01cb5ac');
  });

  it('refuses a register from a newer Samspil and leaves the file byte for byte unchanged', () => {
    const file = path.join(tempFolder(), 'future.sqlite');
    const raw = new BetterSqlite3(file);
    raw.exec('CREATE TABLE something_new (x)');
    raw.pragma(`user_version = ${String(LATEST_SCHEMA_VERSION + 5)}`);
    raw.close();
    const before = fs.readFileSync(file);

    expect(() => openDatabase(file)).toThrow(DatabaseFromFutureError);
    expect(() => openDatabase(file)).toThrow(
      `nyere version af Samspil (skemaversion ${String(LATEST_SCHEMA_VERSION + 5)}; ` +
        `denne version kender kun til skemaversion ${String(LATEST_SCHEMA_VERSION)})`,
    );
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('rolls every pending step back when one fails', () => {
    const db = new BetterSqlite3(path.join(tempFolder(), 'broken.sqlite'));
    const steps: Migration[] = [
      { version: 1, name: 'good', up: (d) => d.exec('CREATE TABLE first (x)') },
      { version: 2, name: 'bad', up: (d) => d.exec('CREATE TABLE second (x); THIS IS NOT SQL') },
    ];
    expect(() => migrate(db, steps)).toThrow();
    expect(schemaVersionOf(db)).toBe(0);
    expect(tableNames(db)).toEqual([]);
    db.close();
  });

  it('runs only the steps a register has not had yet', () => {
    const db = new BetterSqlite3(path.join(tempFolder(), 'partial.sqlite'));
    const ran: string[] = [];
    const steps: Migration[] = [
      { version: 1, name: 'one', up: () => ran.push('one') },
      { version: 2, name: 'two', up: () => ran.push('two') },
    ];
    migrate(db, steps.slice(0, 1));
    migrate(db, steps);
    expect(ran).toEqual(['one', 'two']);
    expect(schemaVersionOf(db)).toBe(2);
    db.close();
  });

  it('refuses a list of migrations with a gap in the numbering', () => {
    const db = new BetterSqlite3(path.join(tempFolder(), 'gap.sqlite'));
    expect(() => migrate(db, [{ version: 2, name: 'two', up: () => undefined }])).toThrow(/expected 1/);
    db.close();
  });

  it('keeps the audit log append-only', () => {
    const db = openDatabase(path.join(tempFolder(), 'audit.sqlite'));
    db.prepare(
      "INSERT INTO audit_log (at, actor, entity, entity_id, action) VALUES ('2026-01-01', 'x', 'partnership', 1, 'create')",
    ).run();
    expect(() => db.exec('UPDATE audit_log SET actor = 1')).toThrow(/append-only/);
    expect(() => db.exec('DELETE FROM audit_log')).toThrow(/append-only/);
    db.close();
  });
});
