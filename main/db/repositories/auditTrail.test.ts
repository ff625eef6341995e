import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempFolder } from '../../testing/tempFolder';
import { MIGRATIONS, migrate } from '../migrations';
import { openDatabase } from '../open';
import { createRepositories } from './index';

const tempFolder = useTempFolder();

function setup() {
  const db = openDatabase(path.join(tempFolder(), 'audit.sqlite'));
  const repos = createRepositories(db);
  repos.auditLog.append({
    at: '2026-01-01T10:00:00.000Z',
    actor: 'konsulent',
    entity: 'person',
    entityId: 1,
    action: 'update',
    field: 'email',
    oldValue: 'lone@example.dk',
    newValue: 'lone@hansen.dk',
  });
  return { db, repos };
}

describe('audit log', () => {
  it('stays append-only: no update or delete outside an erasure', () => {
    const { db } = setup();
    expect(() => db.exec("UPDATE audit_log SET old_value = 'x'")).toThrow(/append-only/);
    expect(() => db.exec('DELETE FROM audit_log')).toThrow(/append-only/);
    db.close();
  });

  it('lets an erasure blank logged values, never who, when or what, and closes the exception after', () => {
    const { db, repos } = setup();
    expect(repos.auditTrail.redact((e) => ({ ...e, oldValue: null, newValue: null }))).toBe(1);
    expect(repos.auditTrail.query({})[0]).toMatchObject({
      actor: 'konsulent',
      field: 'email',
      oldValue: null,
    });
    expect(() =>
      repos.auditTrail.redact(() => ({ oldValue: null, newValue: null, reason: null })),
    ).not.toThrow();
    // Changing who did it is refused even during an erasure.
    expect(() =>
      repos.transaction(() => {
        db.exec('INSERT INTO audit_log_redaction (open) VALUES (1)');
        db.exec("UPDATE audit_log SET actor = 'en anden'");
      }),
    ).toThrow(/append-only/);
    expect(() => db.exec("UPDATE audit_log SET reason = 'x'")).toThrow(/append-only/);
    expect(() => db.exec('DELETE FROM audit_log')).toThrow(/append-only/);
    db.close();
  });

  it('keeps the entries of an older register when the log is rebuilt for the new actions', () => {
    const file = path.join(tempFolder(), 'v6.sqlite');
    const old = new BetterSqlite3(file);
    migrate(old, MIGRATIONS.slice(0, 6));
    old.exec(`INSERT INTO audit_log (at, actor, entity, entity_id, action, old_value)
      VALUES ('2025-05-01T08:00:00.000Z', 'gammel', 'partnership', 7, 'delete', 'Julehjælp')`);
    old.close();
    const db = openDatabase(file);
    const repos = createRepositories(db);
    expect(repos.auditTrail.query({ to: '2025-05-01' })).toEqual([
      expect.objectContaining({ actor: 'gammel', entityId: 7, action: 'delete', oldValue: 'Julehjælp' }),
    ]);
    expect(repos.auditTrail.query({ from: '2025-05-02' })).toEqual([]);
    expect(() => db.exec('DELETE FROM audit_log')).toThrow(/append-only/);
    db.close();
  });
});
