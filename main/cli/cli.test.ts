import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { setSchemaVersion } from '../db/fixtures';
import { documentXml } from '../testing/docx';
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

  it('loads demo data, searches it, and lists flags in the JSON', async () => {
    const db = path.join(tempFolder(), 'demo.sqlite');
    expect((await samspil('--db', db, 'demo')).stdout).toContain('Demodata indlæst');
    const found = await samspil('--db', db, 'search', 'demens', '--json');
    expect(JSON.parse(found.stdout).map((p: { title: string }) => p.title)).toContain('Demenscaféen');
    const listed = JSON.parse((await samspil('--db', db, 'partnerships', 'list', '--json')).stdout) as {
      flags: string[];
    }[];
    expect(listed.flatMap((p) => p.flags)).toContain('boerneattest_mangler');
    expect((await samspil('--db', db, 'demo')).code).toBe(2);
  });

  it('imports a spreadsheet, writes the rejected rows beside it, and exports the register', async () => {
    const folder = tempFolder();
    const db = path.join(folder, 'register.sqlite');
    const source = path.join(folder, 'regneark.csv');
    fs.writeFileSync(
      source,
      'Titel;Samarbejdspartner;Frivillig type;Kommunal involvering\r\nDemenscafé;Ældre Sagen;Humanitær forening;Høj\r\nKlub;Y;Klub;Lav\r\n',
    );
    const dry = await samspil('--db', db, 'import', source, '--dry-run', '--json');
    expect(JSON.parse(dry.stdout)).toMatchObject({ imported: 1, rejected: [{ row: 3 }], dryRun: true });
    const imported = await samspil('--db', db, 'import', source, '--json');
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({
      imported: 1,
      updated: 0,
      rejected: [{ row: 3, errors: [expect.stringContaining('Ukendt frivillig type «Klub»')] }],
    });
    expect(fs.readFileSync(path.join(folder, 'regneark - afviste rækker.csv'), 'utf8')).toContain('Klub');

    const out = path.join(folder, 'ud.xlsx');
    expect((await samspil('--db', db, 'export', out)).code).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    const again = await samspil('--db', db, 'export', out);
    expect([again.code, again.stderr]).toEqual([2, expect.stringContaining('findes allerede')]);
    expect((await samspil('--db', db, 'export', path.join(folder, 'ud.pdf'))).code).toBe(2);
    const missing = await samspil('--db', db, 'import', path.join(folder, 'findes-ikke.csv'));
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining('den findes ikke')]);
    // Six CLI processes, each compiling its TypeScript on start: 23 s alone, more beside a build.
  }, 90_000);

  it('writes an agreement and lists what is missing on stderr, without stopping', async () => {
    const folder = tempFolder();
    const db = path.join(folder, 'register.sqlite');
    await samspil('--db', db, ...ADD, '--involvement', 'hoej');
    const out = path.join(folder, 'aftale.docx');
    const written = await samspil('--db', db, 'agreement', '1', '--out', out);
    expect(written.code).toBe(0);
    expect(written.stdout).toContain('Samarbejdsaftale gemt i');
    expect(written.stderr).toContain('- formål');
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    expect((await samspil('--db', db, 'agreement', '1', '--out', out)).code).toBe(2);
    expect((await samspil('--db', db, 'agreement', '99', '--out', path.join(folder, 'x.docx'))).code).toBe(2);
    expect((await samspil('--db', db, 'agreement', 'abc')).code).toBe(2);
  });

  // Nine CLI processes in a row; each starts tsx, so a busy CI machine needs more than the default.
  it('checks, backs up and restores the register, with the documented exit codes', async () => {
    const folder = tempFolder();
    const db = path.join(folder, 'register.sqlite');
    await samspil('--db', db, ...ADD, '--involvement', 'hoej');
    expect(await samspil('--db', db, 'check')).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('er i orden'),
    });
    const copy = path.join(folder, 'kopi.sqlite');
    expect((await samspil('--db', db, 'backup', '--out', copy)).code).toBe(0);
    await samspil(
      '--db',
      db,
      'partnerships',
      'add',
      '--title',
      'Senere',
      '--partner',
      'P',
      '--volunteer-type',
      'faellesskab',
      '--involvement',
      'lav',
    );
    expect((await samspil('--db', db, 'restore', copy)).code).toBe(0);
    expect(JSON.parse((await samspil('--db', db, 'partnerships', 'list', '--json')).stdout)).toHaveLength(1);

    const damaged = path.join(folder, 'damaged.sqlite');
    fs.writeFileSync(damaged, 'not a database');
    expect((await samspil('--db', damaged, 'check')).code).toBe(3);
    expect((await samspil('--db', db, 'restore', damaged)).code).toBe(2);
    const future = path.join(folder, 'future.sqlite');
    fs.copyFileSync(copy, future);
    setSchemaVersion(future, 999);
    expect(await samspil('--db', future, 'check')).toMatchObject({
      code: 4,
      stderr: expect.stringContaining('nyere version'),
    });
  }, 120_000);

  it('writes the portfolio report', async () => {
    const folder = tempFolder();
    const db = path.join(folder, 'register.sqlite');
    await samspil('--db', db, 'demo');
    const out = path.join(folder, 'oversigt.docx');
    expect((await samspil('--db', db, 'report', 'overview', '--out', out)).code).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    expect((await samspil('--db', db, 'report', 'overview')).code).toBe(2);
  });

  it('lists the action plans and writes the status overview of one, atomically and never over a file', async () => {
    const folder = tempFolder();
    const db = path.join(folder, 'register.sqlite');
    await samspil('--db', db, 'demo');
    const listed = await samspil('--db', db, 'plans', 'list', '--json');
    expect(listed.code).toBe(0);
    const plans = JSON.parse(listed.stdout) as { id: number; period: string; previous: unknown }[];
    const earlier = plans.find((p) => p.previous === null)!;
    expect(plans.find((p) => p.previous !== null)).toMatchObject({
      previous: { planId: earlier.id, period: earlier.period },
    });
    expect((await samspil('--db', db, 'plans', 'list')).stdout).toContain(
      `(videreført fra ${earlier.period})`,
    );

    const out = path.join(folder, 'status.docx');
    const args = ['--db', db, 'report', 'status', '--plan', String(earlier.id), '--out', out];
    expect((await samspil(...args)).code).toBe(0);
    const xml = documentXml(out);
    expect(xml).toContain('Strategimål og fokusområde');
    expect(xml).toContain('Indsatsen videreføres i handleplan');

    fs.writeFileSync(out, 'mit eget dokument');
    expect(await samspil(...args)).toMatchObject({ code: 2, stderr: expect.stringContaining('--force') });
    expect(fs.readFileSync(out, 'utf8')).toBe('mit eget dokument');
    expect((await samspil(...args, '--force')).code).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK');

    expect(
      await samspil('--db', db, 'report', 'status', '--plan', '999', '--out', out, '--force'),
    ).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Handleplanen findes ikke'),
    });
    expect((await samspil('--db', db, 'report', 'status', '--plan', '1')).code).toBe(2);
    expect(fs.readdirSync(folder).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // Eight runs of the real CLI, each a fresh Node process: slow on a busy machine.
  }, 180_000);

  it('lists persons, exports everything about one (JSON and Word) and erases them', async () => {
    const folder = tempFolder();
    const db = path.join(folder, 'register.sqlite');
    await samspil('--db', db, ...ADD, '--involvement', 'lav', '--notes', 'Ring til Ingeborg Zylberstein');
    const listed = await samspil('--db', db, 'person', 'list', '--json');
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout)).toEqual([]);

    // The CLI adds no contact persons; a partnership with one comes in through an import.
    const csv = path.join(folder, 'ind.csv');
    fs.writeFileSync(
      csv,
      'Titel;Samarbejdspartner;Frivillig type;Kommunal involvering;Kontaktperson\n' +
        'Besøg;Røde Kors;humanitaer;lav;Ingeborg Zylberstein\n',
    );
    expect((await samspil('--db', db, 'import', csv)).code).toBe(0);
    const [person] = JSON.parse((await samspil('--db', db, 'person', 'list', '--json')).stdout) as {
      id: number;
      name: string;
    }[];
    expect(person).toMatchObject({ name: 'Ingeborg Zylberstein', legalBasis: null, informed: false });
    expect((await samspil('--db', db, 'person', 'list')).stdout).toContain(
      `#${String(person!.id)} Ingeborg Zylberstein · Røde Kors · Retsgrundlag ikke angivet · ikke oplyst · aktiv`,
    );

    const out = path.join(folder, 'indsigt.json');
    const exported = await samspil(
      '--db',
      db,
      'person',
      'export',
      String(person!.id),
      '--out',
      out,
      '--word',
    );
    expect(exported.code).toBe(0);
    const report = JSON.parse(fs.readFileSync(out, 'utf8')) as { mentions: { text: string }[] };
    expect(report.mentions.map((m) => m.text)).toContain('Ring til Ingeborg Zylberstein');
    expect(documentXml(path.join(folder, 'indsigt.docx'))).toContain('Ring til Ingeborg Zylberstein');
    expect((await samspil('--db', db, 'person', 'export', String(person!.id), '--out', out)).code).toBe(2);

    expect((await samspil('--db', db, 'person', 'erase', String(person!.id))).code).toBe(2);
    const erased = await samspil('--db', db, 'person', 'erase', String(person!.id), '--reason', 'Anmodning');
    expect(erased).toMatchObject({ code: 0, stdout: expect.stringContaining('anonymiseret') });
    expect((await samspil('--db', db, 'search', 'Zylberstein', '--json')).stdout.trim()).toBe('[]');
    expect(fs.readFileSync(db).toString('utf8')).not.toContain('Zylberstein');
    expect((await samspil('--db', db, 'person', 'erase', '999', '--reason', 'x')).code).toBe(2);
  }, 180_000);
});
