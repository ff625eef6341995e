import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { useTempFolder } from '../testing/tempFolder';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const TSX = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const tempFolder = useTempFolder();

/** Runs the real CLI as a child process, the way `npm run cli` does. */
async function samspil(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [TSX, path.join(ROOT, 'main/cli/index.ts'), ...args],
      {
        cwd: ROOT,
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const ADD = [
  'partnerships',
  'add',
  '--title',
  'Demenscafé',
  '--partner',
  'Ældre Sagen',
  '--volunteer-type',
  'humanitaer',
];

describe('samspil CLI', () => {
  it('creates the database, adds a partnership and lists it as JSON', async () => {
    const db = path.join(tempFolder(), 'new', 'register.sqlite');
    const added = await samspil('--db', db, ...ADD, '--involvement', 'mellem', '--json');
    expect(added.code).toBe(0);
    expect(JSON.parse(added.stdout)).toMatchObject({
      id: 1,
      title: 'Demenscafé',
      partner: 'Ældre Sagen',
      volunteerType: 'humanitaer',
      involvement: 'mellem',
      quadrant: 1,
    });
    expect(fs.existsSync(db)).toBe(true);

    await samspil(
      '--db',
      db,
      'partnerships',
      'add',
      '--title',
      'Klaverspil',
      '--partner',
      'Jens Hansen',
      '--volunteer-type',
      'enkeltperson',
      '--involvement',
      'lav',
      '--unit',
      'center for sundhed og seniorliv',
    );
    const listed = await samspil('--db', db, 'partnerships', 'list', '--json');
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout)).toEqual([
      expect.objectContaining({ id: 1, quadrant: 1 }),
      expect.objectContaining({
        id: 2,
        title: 'Klaverspil',
        quadrant: 4,
        unit: 'Center for Sundhed og Seniorliv',
      }),
    ]);
  });

  it('prints a readable line without --json', async () => {
    const db = path.join(tempFolder(), 'register.sqlite');
    const added = await samspil('--db', db, ...ADD, '--involvement', 'hoej');
    expect(added.stdout).toContain(
      'Demenscafé (Ældre Sagen) – Humanitær forening, høj involvering, kvadrant 1',
    );
  });

  it('exits 2 with the allowed values on an unknown volunteer type, and writes nothing', async () => {
    const db = path.join(tempFolder(), 'register.sqlite');
    const bad = await samspil(
      '--db',
      db,
      'partnerships',
      'add',
      '--title',
      'X',
      '--partner',
      'Y',
      '--volunteer-type',
      'klub',
      '--involvement',
      'hoej',
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      '--volunteer-type: Ukendt frivillig type. Tilladte værdier: folkeoplysende, humanitaer, faellesskab, enkeltperson.',
    );
    const listed = await samspil('--db', db, 'partnerships', 'list', '--json');
    expect(JSON.parse(listed.stdout)).toEqual([]);
  });

  it('exits 2 on a missing field, an unknown unit, an unknown flag or command', async () => {
    const db = path.join(tempFolder(), 'register.sqlite');
    const missing = await samspil('--db', db, ...ADD);
    expect([missing.code, missing.stderr]).toEqual([
      2,
      expect.stringContaining('--involvement: Vælg kommunens involvering.'),
    ]);
    const unit = await samspil('--db', db, ...ADD, '--involvement', 'lav', '--unit', 'Rådhuset');
    expect([unit.code, unit.stderr]).toEqual([2, expect.stringContaining('Ukendt enhed «Rådhuset»')]);
    expect((await samspil('--db', db, 'partnerships', 'list', '--colour')).code).toBe(2);
    expect((await samspil('--db', db, 'partnerships', 'explode')).code).toBe(2);
  });

  it('exits 1 when the database cannot be opened', async () => {
    const folder = tempFolder();
    const result = await samspil('--db', folder, 'partnerships', 'list');
    expect(result.code).toBe(1);
    expect(result.stderr.length).toBeGreaterThan(0);
  });

  it('prints help and version', async () => {
    const help = await samspil('--help');
    expect([help.code, help.stdout]).toEqual([
      0,
      expect.stringContaining('samspil [--db FIL] partnerships list [--json]'),
    ]);
    expect((await samspil('--version')).stdout.trim()).toBe(packageJson.version);
  });
});
