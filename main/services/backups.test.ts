import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../backend/createBackend';
import { checkDatabaseFile } from '../db/backup';
import { createOldRegister } from '../db/fixtures';
import { useTempFolder } from '../testing/tempFolder';
import { backupsToPrune, type BackupFile } from './backups';

const tempFolder = useTempFolder();

const daily = (date: string): BackupFile => ({
  fileName: `samspil-${date}-080000-daglig.sqlite`,
  kind: 'daglig',
  date,
  size: 1,
});

describe('backup retention', () => {
  it('keeps the last 14 days and then one a week for 8 weeks, and never prunes other kinds', () => {
    const files: BackupFile[] = [];
    for (let d = 0; d < 120; d++)
      files.push(daily(new Date(Date.UTC(2026, 0, 1) + d * 86_400_000).toISOString().slice(0, 10)));
    files.push({
      fileName: 'samspil-2026-01-01-090000-manuel.sqlite',
      kind: 'manuel',
      date: '2026-01-01',
      size: 1,
    });
    const pruned = new Set(backupsToPrune(files));
    const kept = files.filter((f) => !pruned.has(f.fileName));
    expect(kept.filter((f) => f.kind === 'daglig')).toHaveLength(14 + 8);
    expect(kept.map((f) => f.date)).toContain('2026-04-30');
    expect(kept.map((f) => f.date)).toContain('2026-04-17');
    expect(kept.some((f) => f.kind === 'manuel')).toBe(true);
  });
});

describe('backups through the app', () => {
  // Found by looking at the app on an older register: the backup before a migration used the
  // repositories, which expect the new schema, so every old register failed to open.
  it('opens a register from an older version, after a checked backup of it', () => {
    const folder = tempFolder();
    const file = path.join(folder, 'samspil.sqlite');
    createOldRegister(file);
    const backend = createBackend(file);
    expect(backend.services().partnerships.list()).toEqual([]);
    backend.close();
    const copies = fs.readdirSync(path.join(folder, 'Sikkerhedskopier'));
    expect(copies).toEqual([expect.stringMatching(/foer-migrering\.sqlite$/)]);
    expect(checkDatabaseFile(path.join(folder, 'Sikkerhedskopier', copies[0]!))).toEqual({
      state: 'ok',
      schemaVersion: 1,
    });
  });

  it('takes one daily backup, lists it, and restores a backup while the register stays usable', async () => {
    const folder = tempFolder();
    const backend = createBackend(path.join(folder, 'samspil.sqlite'), {
      now: () => new Date('2026-11-24T08:00:00'),
    });
    const add = (title: string) =>
      backend.router.handle('partnerships.create', {
        title,
        partner: 'P',
        volunteerType: 'faellesskab',
        involvement: 'lav',
      });
    await add('Før');
    const daily = backend.services().backups.dailyIfDue();
    expect(daily?.kind).toBe('daglig');
    expect(backend.services().backups.dailyIfDue()).toBeNull();
    await add('Efter');

    const listed = await backend.router.handle('backups.list', {});
    expect(listed).toMatchObject({
      ok: true,
      value: { folder: path.join(folder, 'Sikkerhedskopier'), backups: [{ kind: 'daglig' }] },
    });
    const restored = await backend.router.handle('backups.restore', { fileName: daily!.fileName });
    expect(restored).toMatchObject({ ok: true, value: { restored: daily!.fileName } });
    const titles = await backend.router.handle('partnerships.list', {});
    expect(titles.ok && (titles.value as { title: string }[]).map((p) => p.title)).toEqual(['Før']);
    expect(
      fs
        .readdirSync(path.join(folder, 'Sikkerhedskopier'))
        .some((n) => n.endsWith('foer-gendannelse.sqlite')),
    ).toBe(true);
    expect(
      await backend.router.handle('backups.restore', { fileName: 'samspil-findes-ikke.sqlite' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    backend.close();
  });

  it('refuses a backup folder it cannot write to', async () => {
    const folder = tempFolder();
    const backend = createBackend(path.join(folder, 'samspil.sqlite'));
    const file = path.join(folder, 'a-file');
    fs.writeFileSync(file, '');
    expect(
      await backend.router.handle('backups.setFolder', { folder: path.join(file, 'sub') }),
    ).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    expect(
      await backend.router.handle('backups.setFolder', { folder: path.join(folder, 'netværksdrev') }),
    ).toMatchObject({ ok: true });
    expect(backend.services().backups.create().fileName).toMatch(/manuel\.sqlite$/);
    expect(fs.readdirSync(path.join(folder, 'netværksdrev'))).toHaveLength(1);
    backend.close();
  });
});
