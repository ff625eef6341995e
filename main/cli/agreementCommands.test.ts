import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../../shared/domain';
import { samspil } from '../testing/cli';
import { bodyText } from '../testing/docx';
import { useTempFolder } from '../testing/tempFolder';

const tempFolder = useTempFolder();

async function register(folder: string) {
  const db = path.join(folder, 'register.sqlite');
  const soon = toIsoDate(new Date(Date.now() + 20 * 86_400_000));
  const add = (title: string, ...rest: string[]) =>
    samspil(
      '--db',
      db,
      'partnerships',
      'add',
      '--title',
      title,
      '--partner',
      'Ældre Sagen',
      '--volunteer-type',
      'humanitaer',
      ...rest,
    );
  expect((await add('Demenscafé', '--involvement', 'hoej', '--end', soon)).code).toBe(0);
  expect((await add('Besøgsven', '--involvement', 'lav')).code).toBe(0);
  expect((await add('Julehjælp', '--involvement', 'lav', '--status', 'afsluttet')).code).toBe(0);
  return db;
}

describe('samspil agreements (bulk) and --template', () => {
  it('writes the filtered set into a folder, lists what is missing on stderr, and never overwrites', async () => {
    const folder = tempFolder();
    const db = await register(folder);
    const out = path.join(folder, 'aftaler');

    const renewal = await samspil('--db', db, 'agreements', '--out', out, '--renewal');
    expect(renewal.code).toBe(0);
    expect(fs.readdirSync(out)).toEqual([
      expect.stringMatching(/^Samarbejdsaftale - Ældre Sagen - Demenscafé - .*\.docx$/),
    ]);
    expect(renewal.stderr).toContain(
      'Demenscafé (nr. 1) mangler: kommunens navn (Indstillinger), partnerens kontaktperson',
    );

    const all = await samspil('--db', db, 'agreements', '--out', out);
    expect(all.code).toBe(0);
    expect(all.stdout).toContain('2 aftaler gemt');
    const files = fs.readdirSync(out).sort();
    expect(files).toHaveLength(3);
    expect(files.some((f) => f.includes('Demenscafé') && f.endsWith(' (2).docx'))).toBe(true);
    expect(files.some((f) => f.includes('Julehjælp'))).toBe(false);
    expect(files.some((f) => f.startsWith('.'))).toBe(false);

    const quadrant = await samspil(
      '--db',
      db,
      'agreements',
      '--out',
      path.join(folder, 'q'),
      '--quadrant',
      '3',
    );
    expect(quadrant.stdout).toContain('1 aftaler gemt');
    expect(fs.readdirSync(path.join(folder, 'q'))[0]).toContain('Besøgsven');

    const wrong = await samspil('--db', db, 'agreements', '--out', out, '--quadrant', '9');
    expect([wrong.code, wrong.stderr]).toEqual([2, expect.stringContaining('Tilladte værdier: 1, 2, 3, 4')]);
    expect((await samspil('--db', db, 'agreements')).code).toBe(2);
  });

  it('fills a template given with --template and warns about its unknown placeholders', async () => {
    const folder = tempFolder();
    const db = await register(folder);
    const own = path.join(folder, 'egen.docx');
    expect((await samspil('--db', db, 'agreement', '1', '--out', own)).code).toBe(0);
    const files = unzipSync(fs.readFileSync(own));
    files['word/document.xml'] = strToU8(
      strFromU8(files['word/document.xml']!).replace(
        /<w:body>[\s\S]*?(<w:sectPr)/,
        '<w:body><w:p><w:r><w:t>{{titel}} / {{kontaktperson}} / {{titl}}</w:t></w:r></w:p>$1',
      ),
    );
    const template = path.join(folder, 'skabelon.docx');
    fs.writeFileSync(template, zipSync(files));

    const out = path.join(folder, 'fra-skabelon.docx');
    const result = await samspil('--db', db, 'agreement', '1', '--out', out, '--template', template);
    expect(result.code).toBe(0);
    expect(bodyText(out)).toBe('Demenscafé / [Udfyld: partnerens kontaktperson] / {{titl}}');
    expect(result.stderr).toContain('{{titl}} kendes ikke. Mente du {{titel}}?');
    expect(result.stderr).toContain('- partnerens kontaktperson');
    expect(result.stderr).not.toContain('formål');
    const missing = await samspil(
      '--db',
      db,
      'agreement',
      '1',
      '--template',
      path.join(folder, 'ingen.docx'),
    );
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining('findes ikke')]);
  });
});
