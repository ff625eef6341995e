import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../backend/createBackend';
import { checkDatabaseFile } from '../db/backup';
import { createOldRegister } from '../db/fixtures';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { useTempFolder } from '../testing/tempFolder';

// A process killed with SIGKILL gets no chance to clean up: these tests kill the real CLI at
// several points of a large import, a bulk export and a migration, then reopen what it left.

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const ROWS = 10_000;
const tempFolder = useTempFolder();

type Outcome = 'killed' | 'finished';

/**
 * Runs the CLI and kills it with SIGKILL as soon as `when` holds. One process (`node --import
 * tsx`), not the tsx launcher, which runs the program in a child that the signal would not reach.
 */
function runCli(args: string[], when: () => boolean = () => false): Promise<Outcome> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'main/cli/index.ts'), ...args], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  const poll = setInterval(() => {
    if (child.exitCode === null && when()) child.kill('SIGKILL');
  }, 5);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      clearInterval(poll);
      if (signal === 'SIGKILL') resolve('killed');
      else if (code === 0) resolve('finished');
      else reject(new Error(`samspil ${args.join(' ')} ended with ${String(code ?? signal)}`));
    });
  });
}

const walBytes = (db: string) => (fs.existsSync(`${db}-wal`) ? fs.statSync(`${db}-wal`).size : 0);

/**
 * What a restarted Samspil finds: the file passes `integrity_check` (read-only, before anything
 * touches it) at some schema version, and then opens with its partnerships.
 */
function reopen(file: string): { schemaVersion: number; partnerships: number } {
  const health = checkDatabaseFile(file);
  expect(health, JSON.stringify(health)).toMatchObject({ state: 'ok' });
  const backend = createBackend(file);
  try {
    return {
      schemaVersion: health.state === 'ok' ? health.schemaVersion : -1,
      partnerships: backend.services().partnerships.list().length,
    };
  } finally {
    backend.close();
  }
}

function csvWithRows(file: string, rows: number): void {
  const lines = ['Titel;Samarbejdspartner;Frivillig type;Kommunal involvering;Noter'];
  for (let n = 1; n <= rows; n++)
    lines.push(`Besøgsven ${String(n)};Forening ${String(n)};humanitaer;lav;${'noter '.repeat(20)}`);
  fs.writeFileSync(file, lines.join('\n'));
}

let folder: string;
let csv: string;
// Closed registers (so no WAL beside them) that each scenario copies: two partnerships; a
// version-1 register with many; the same migrated to the latest version.
let baseRegister: string;
let oldRegister: string;
let fullRegister: string;
const BEFORE = 2;

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-crash-'));
  csv = path.join(folder, 'stor.csv');
  csvWithRows(csv, ROWS);
  baseRegister = path.join(folder, 'base.sqlite');
  const backend = createBackend(baseRegister);
  for (const title of ['Demenscafé', 'Lektiecafé'])
    await backend.router.handle('partnerships.create', {
      title,
      partner: 'Ældre Sagen',
      volunteerType: 'humanitaer',
      involvement: 'mellem',
    });
  backend.close();
  oldRegister = path.join(folder, 'gammel.sqlite');
  createOldRegister(oldRegister, ROWS);
  fullRegister = path.join(folder, 'fuld.sqlite');
  fs.copyFileSync(oldRegister, fullRegister);
  createBackend(fullRegister).close();
  fs.rmSync(path.join(folder, 'Sikkerhedskopier'), { recursive: true });
});

afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

function copyOfBase(): string {
  const file = path.join(tempFolder(), 'samspil.sqlite');
  fs.copyFileSync(baseRegister, file);
  return file;
}

describe('a SIGKILL never leaves a half-done change', () => {
  it('during a large import: the register is intact with all rows or none', async () => {
    // With rows in the WAL but no commit, none may count; late in the transaction the commit
    // may just have happened, so all rows are allowed too, but never some.
    const killPoints: { name: string; when: (db: string) => () => boolean; none: boolean }[] = [
      { name: 'early in the write transaction', when: (db) => () => walBytes(db) > 512 * 1024, none: true },
      {
        name: 'late in the write transaction',
        when: (db) => () => walBytes(db) > 3 * 1024 * 1024,
        none: false,
      },
    ];
    for (const { name, when, none } of killPoints) {
      const db = copyOfBase();
      expect(await runCli(['--db', db, 'import', csv], when(db)), name).toBe('killed');
      const { partnerships } = reopen(db);
      expect(none ? [BEFORE] : [BEFORE, BEFORE + ROWS], name).toContain(partnerships);
    }
  }, 120_000);

  it('during a bulk export: no half-written file at the target path', async () => {
    const db = path.join(tempFolder(), 'samspil.sqlite');
    fs.copyFileSync(fullRegister, db);
    // The complete export first, as the reference; then a run killed the moment the document
    // starts to appear on disk (its temp file or the target itself).
    const target = path.join(path.dirname(db), 'eksport.csv');
    expect(await runCli(['--db', db, 'export', target])).toBe('finished');
    const complete = fs.readFileSync(target);
    expect(complete.toString('utf8').split('\n').length).toBeGreaterThan(ROWS);
    fs.rmSync(target);

    const writing = () => fs.readdirSync(path.dirname(db)).some((f) => f.includes('eksport.csv'));
    expect(await runCli(['--db', db, 'export', target], writing)).toBe('killed');
    // Either nothing at the target, or the whole document: never a half-written one.
    if (fs.existsSync(target)) expect(fs.readFileSync(target).equals(complete)).toBe(true);
    expect(reopen(db).partnerships).toBe(ROWS);
  }, 120_000);

  it('during a bulk export of agreements: every document in the folder is whole', async () => {
    const db = path.join(tempFolder(), 'samspil.sqlite');
    fs.copyFileSync(fullRegister, db);
    const folder = path.join(path.dirname(db), 'aftaler');
    const documents = () =>
      fs.existsSync(folder) ? fs.readdirSync(folder).filter((f) => f.endsWith('.docx')) : [];
    expect(await runCli(['--db', db, 'agreements', '--out', folder], () => documents().length >= 5)).toBe(
      'killed',
    );
    expect(documents().length).toBeGreaterThanOrEqual(5);
    for (const file of documents()) {
      const zip = unzipSync(fs.readFileSync(path.join(folder, file)));
      expect(Object.keys(zip), file).toContain('word/document.xml');
    }
    // Only a hidden temp file of the one being written may be left, never a visible part-document.
    expect(fs.readdirSync(folder).filter((f) => !f.endsWith('.docx') && !f.startsWith('.'))).toEqual([]);
  }, 120_000);

  it('during a migration: the old register or the migrated one, never a mix', async () => {
    const killPoints: [string, (db: string) => () => boolean][] = [
      [
        'while the backup before the migration is written',
        (db) => () => fs.existsSync(path.join(path.dirname(db), 'Sikkerhedskopier')),
      ],
      ['in the migration transaction', (db) => () => walBytes(db) > 256 * 1024],
    ];
    for (const [name, killWhen] of killPoints) {
      const db = path.join(tempFolder(), 'gammel.sqlite');
      fs.copyFileSync(oldRegister, db);
      expect(await runCli(['--db', db, 'partnerships', 'list'], killWhen(db)), name).toBe('killed');
      const { schemaVersion, partnerships } = reopen(db);
      expect([1, LATEST_SCHEMA_VERSION], name).toContain(schemaVersion);
      expect(partnerships, name).toBe(ROWS);
    }
  }, 120_000);
});
