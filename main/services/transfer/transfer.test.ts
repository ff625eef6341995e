import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fieldsOfPartnership,
  type ImportResult,
  type Partnership,
  type PartnershipFields,
  type TransferFile,
} from '../../../shared/api';
import {
  AGREEMENT_KINDS,
  FUNDING_SOURCES,
  INVOLVEMENT_CRITERIA,
  INVOLVEMENT_LEVELS,
  PARTNERSHIP_STATUSES,
  VOLUNTEER_TYPES,
  overrideNeedsReason,
} from '../../../shared/domain';
import { openDatabase } from '../../db/open';
import { createRepositories } from '../../db/repositories';
import { useTempFolder } from '../../testing/tempFolder';
import { testPorts } from '../../testing/testPorts';
import { createServices } from '../index';
import { writeXlsx } from '../spreadsheet/writeSpreadsheet';

const tempFolder = useTempFolder();

function setup() {
  const db = openDatabase(path.join(tempFolder(), 'samspil.sqlite'));
  const services = createServices(
    createRepositories(db),
    testPorts('2026-11-24T12:00:00Z', { actor: 'test' }),
  );
  return { db, services };
}

const csvFile = (lines: string[], fileName = 'regneark.csv'): TransferFile => ({
  fileName,
  contentBase64: Buffer.from(`${lines.join('\r\n')}\r\n`).toString('base64'),
});

const HEADER =
  'Titel;Samarbejdspartner;Frivillig type;Kommunal involvering;Startdato;Beløb;Børn under 15;Bydel';

describe('import preview', () => {
  it('shows every row with its quadrant, and explains each rejected row by row number and column', async () => {
    const { services } = setup();
    const preview = await services.import.preview(
      csvFile([
        HEADER,
        'Demenscafé;Ældre Sagen;Humanitær forening;Høj grad;07.03.2026;45.000 kr.;nej;Nord',
        'Klubaften;Ungdomsklubben;Klub;lav;31.02.2026;;ja;',
        ';Røde Kors;Humanitær;Lav;;;;',
        'Gåtur;Gå-holdet;fællesskab;lav grad af kommunal involvering;2026-01-05;45.000,50;x;Syd',
      ]),
    );
    expect(preview.counts).toEqual({ create: 2, update: 0, skip: 0, reject: 2 });
    expect(preview.rows.map((r) => [r.row, r.action, r.quadrant])).toEqual([
      [2, 'create', 1],
      [3, 'reject', null],
      [4, 'reject', null],
      [5, 'create', 4],
    ]);
    expect(preview.rows[1]!.errors).toEqual([
      'Frivillig type: Ukendt frivillig type «Klub». Tilladte værdier: Folkeoplysende forening, Humanitær forening, Fællesskab, Enkeltperson.',
      'Startdato: Datoen 31.02.2026 findes ikke.',
    ]);
    expect(preview.rows[2]!.errors).toEqual(['Titel: Skriv en titel på samarbejdet.']);
    expect(preview.unknownColumns).toEqual(['Bydel']);
    expect(services.partnerships.list()).toEqual([]);
  });

  it('refuses a file without the required columns, and one that is not a spreadsheet', async () => {
    const { services } = setup();
    await expect(services.import.preview(csvFile(['Navn;Adresse', 'A;B']))).rejects.toThrow(
      /mangler kolonnen «Titel», «Samarbejdspartner», «Frivillig type», «Kommunal involvering»/,
    );
    await expect(services.import.preview({ fileName: 'aftale.docx', contentBase64: '' })).rejects.toThrow(
      /Filtypen .docx/,
    );
  });
});

describe('import commit', () => {
  it('adds the valid rows, keeps unknown columns as extra fields, and returns the rejected rows as CSV', async () => {
    const { services } = setup();
    const result = await services.import.commit(
      csvFile([
        HEADER,
        'Demenscafé;Ældre Sagen;Humanitær forening;Høj;07.03.2026;45.000;nej;Nord',
        'X;Y;Klub;lav;;;;',
      ]),
      false,
    );
    expect(result).toMatchObject({ imported: 1, updated: 0, skipped: 0, rejected: [{ row: 3 }] });
    const [created] = services.partnerships.list();
    expect(created).toMatchObject({
      title: 'Demenscafé',
      startDate: '2026-03-07',
      amount: 45000,
      extraFields: { Bydel: 'Nord' },
    });
    const rejected = Buffer.from(result.rejectedFile!.contentBase64, 'base64').toString('utf8');
    expect(result.rejectedFile!.fileName).toBe('regneark - afviste rækker.csv');
    expect(rejected).toContain('Række;Titel;Samarbejdspartner');
    expect(rejected).toContain('3;X;Y;Klub;lav');
    expect(rejected).toContain('Ukendt frivillig type «Klub»');
  });

  it('imports text that looks like a CPR number, but flags the row and column (no false alarm on phones)', async () => {
    const { services } = setup();
    const file = csvFile([
      `${HEADER};Noter`,
      'Besøg;Røde Kors;Humanitær forening;Lav;;;;Nord;Lone, cpr 010190-1234',
      'Kor;Sangkoret;Folkeoplysende forening;Lav;;1.900.000;;Syd;Tlf. 12 34 56 78 eller 12345678',
      'Vandring;DGI;Folkeoplysende forening;Lav;;;;0101901234;',
    ]);
    const preview = await services.import.preview(file);
    expect(preview.rows.map((r) => [r.row, r.action, r.warnings])).toEqual([
      [2, 'create', [expect.stringMatching(/^Noter: Det ligner et CPR-nummer/)]],
      [3, 'create', []],
      [4, 'create', [expect.stringMatching(/^Ekstra felter: Det ligner et CPR-nummer/)]],
    ]);
    const result = await services.import.commit(file, false);
    expect(result).toMatchObject({ imported: 3, rejected: [] });
    expect(result.warnings.map((w) => w.row)).toEqual([2, 4]);
  });

  it('does not duplicate on re-import: it skips, or updates when asked, and rejects repeats within the file', async () => {
    const { services } = setup();
    const file = csvFile([HEADER, 'Demenscafé;Ældre Sagen;Humanitær forening;Høj;;;;']);
    await services.import.commit(file, false);
    expect(await services.import.commit(file, false)).toMatchObject({ imported: 0, skipped: 1 });
    const changed = csvFile([
      HEADER,
      'demenscafé;ÆLDRE SAGEN;Humanitær forening;Lav;;;;',
      'Demenscafé;Ældre Sagen;Humanitær;Lav;;;;',
    ]);
    const result = await services.import.commit(changed, true);
    expect(result).toMatchObject({
      imported: 0,
      updated: 1,
      rejected: [{ row: 3, errors: [expect.stringContaining('Række 2')] }],
    });
    expect(services.partnerships.list().map((p) => [p.title, p.involvement])).toEqual([
      ['demenscafé', 'lav'],
    ]);
    const history = services.partnerships.history(services.partnerships.list()[0]!.id);
    expect(history.find((h) => h.field === 'involvement')?.reason).toBe('Importeret fra regneark.csv');
  });

  it('creates units, welfare areas and strategy goals it does not know, and tells so in the preview', async () => {
    const { services } = setup();
    const file = csvFile([
      'Titel;Samarbejdspartner;Frivillig type;Kommunal involvering;Center;Strategimål',
      'Lektiecafé;Dansk Flygtningehjælp;Humanitær;Mellem;Jobcentret;Gensidigt kendskab; Nyt mål',
    ]);
    expect((await services.import.preview(file)).newListItems).toEqual(['Enhed: Jobcentret']);
    await services.import.commit(file, false);
    const [p] = services.partnerships.list();
    expect(p!.unitName).toBe('Jobcentret');
    expect(p!.strategyGoalIds).toHaveLength(1);
  });

  it('is all or nothing: a failure half way leaves the register as it was', async () => {
    const { services } = setup();
    const lines = [
      HEADER,
      ...Array.from({ length: 20 }, (_, i) => `Samarbejde ${String(i)};Forening;Fællesskab;Lav;;;;`),
    ];
    // The tenth row fails in the database itself (a blank title breaks the table's CHECK).
    const addAll = services.partnerships.addAll;
    services.partnerships.addAll = (list) =>
      addAll(list.map((fields, i) => (i === 9 ? { ...fields, title: ' ' } : fields)));
    await expect(services.import.commit(csvFile(lines), false)).rejects.toThrow(/CHECK constraint/);
    services.partnerships.addAll = addAll;
    expect(services.partnerships.list()).toEqual([]);
    expect(services.organisations.list()).toEqual([]);
  });

  it('imports a 10,000-row XLSX', async () => {
    const { services } = setup();
    const rows = Array.from({ length: 10_000 }, (_, i) => [
      `Samarbejde ${String(i)}`,
      `Forening ${String(i % 300)}`,
      VOLUNTEER_TYPES[i % 4]!,
      ['Lav', 'Mellem', 'Høj'][i % 3]!,
      new Date(Date.UTC(2026, i % 12, 1)),
    ]);
    const content = await writeXlsx(
      ['Titel', 'Samarbejdspartner', 'Frivillig type', 'Kommunal involvering', 'Startdato'],
      rows,
    );
    const result = await services.import.commit(
      { fileName: 'stor.xlsx', contentBase64: Buffer.from(content).toString('base64') },
      false,
    );
    expect(result).toMatchObject({ imported: 10_000, rejected: [] });
    expect(services.partnerships.list()).toHaveLength(10_000);
    expect(services.partnerships.search('samarbejde 9999')).toContain(10_000);
  }, 120_000);
});

// ---- Round trip: whatever the register holds, an export imports back to the same records. ----

const word = fc.stringMatching(/^[A-Za-zÆØÅæøåé][A-Za-zÆØÅæøåé ,;"'.-]{0,24}[A-Za-zÆØÅæøå.]$/);
const optionalText = fc.oneof(fc.constant(''), word);
const isoDate = fc
  .integer({ min: 0, max: 3650 })
  .map((d) => new Date(Date.UTC(2022, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));

const fieldsArbitrary = (lists: { units: number[]; welfareAreas: number[]; goals: number[] }) =>
  fc
    .record({
      title: word,
      partner: word,
      volunteerType: fc.constantFrom(...VOLUNTEER_TYPES),
      involvement: fc.constantFrom(...INVOLVEMENT_LEVELS),
      involvementCriteria: fc.subarray(INVOLVEMENT_CRITERIA.map((c) => c.code)),
      involvementReason: word,
      unitId: fc.option(fc.constantFrom(...lists.units), { nil: null }),
      welfareAreaId: fc.option(fc.constantFrom(...lists.welfareAreas), { nil: null }),
      status: fc.constantFrom(...PARTNERSHIP_STATUSES),
      agreementKind: fc.constantFrom(...AGREEMENT_KINDS),
      dates: fc.tuple(fc.option(isoDate, { nil: null }), fc.option(isoDate, { nil: null })),
      renewalDate: fc.option(isoDate, { nil: null }),
      targetGroup: optionalText,
      purpose: optionalText,
      activities: optionalText,
      amount: fc.option(
        fc.integer({ min: 0, max: 100_000_000 }).map((n) => n / 100),
        { nil: null },
      ),
      fundingSource: fc.option(fc.constantFrom(...FUNDING_SOURCES), { nil: null }),
      staffHoursPerMonth: fc.option(
        fc.integer({ min: 0, max: 2000 }).map((n) => n / 10),
        { nil: null },
      ),
      expectedEvaluation: optionalText,
      strategyGoalIds: fc.subarray(lists.goals),
      localArea: optionalText,
      childrenUnder15: fc.boolean(),
      fixedAttachment: fc.boolean(),
      childCertificateDate: fc.option(isoDate, { nil: null }),
      criminalRecordCheck: fc.boolean(),
      municipalObligations: optionalText,
      partnerObligations: optionalText,
      partnerContact: fc.option(
        fc.record({
          name: word,
          email: fc.constantFrom('', 'lone@example.dk'),
          phone: fc.constantFrom('', '+45 20 30 40 50'),
        }),
        { nil: null },
      ),
      municipalContact: fc.option(fc.record({ name: word, email: fc.constant(''), phone: fc.constant('') }), {
        nil: null,
      }),
      notes: optionalText,
      extraFields: fc.dictionary(fc.constantFrom('Bydel', 'Kontonummer', 'Ansvarlig leder'), word, {
        maxKeys: 2,
      }),
    })
    .map(({ dates: [a, b], involvementReason, ...rest }): PartnershipFields => {
      const [startDate, endDate] = a && b && b < a ? [b, a] : [a, b];
      const needsReason = overrideNeedsReason(rest.involvementCriteria, rest.involvement);
      return { ...rest, startDate, endDate, involvementReason: needsReason ? involvementReason : '' };
    });

const key = (p: Partnership) => `${p.title.toLocaleLowerCase('da')}|${p.partner.toLocaleLowerCase('da')}`;

describe('export → import round trip', () => {
  it.each(['csv', 'xlsx'] as const)(
    're-imports a %s export to the same records',
    async (format) => {
      const lists = (() => {
        const { services } = setup();
        const all = services.lists.all();
        return {
          units: all.units.map((u) => u.id),
          welfareAreas: all.welfareAreas.map((w) => w.id),
          goals: all.strategyGoals.map((g) => g.id),
        };
      })();
      await fc.assert(
        fc.asyncProperty(
          fc.uniqueArray(fieldsArbitrary(lists), {
            minLength: 1,
            maxLength: 6,
            selector: (f) => `${f.title.toLowerCase()}|${f.partner.toLowerCase()}`,
          }),
          async (records) => {
            const source = setup();
            for (const fields of records) source.services.partnerships.create(fields);
            const exported = await source.services.export.export(format);
            const target = setup();
            const result: ImportResult = await target.services.import.commit(exported, false);
            expect(result.rejected).toEqual([]);
            const before = new Map(
              source.services.partnerships.list().map((p) => [key(p), fieldsOfPartnership(p)]),
            );
            const after = new Map(
              target.services.partnerships.list().map((p) => [key(p), fieldsOfPartnership(p)]),
            );
            expect(after).toEqual(before);
            source.db.close();
            target.db.close();
          },
        ),
        { numRuns: 12 },
      );
    },
    120_000,
  );

  it('exports only the chosen rows when given ids', async () => {
    const { services } = setup();
    services.demo.load();
    const ids = services.partnerships
      .list()
      .slice(0, 3)
      .map((p) => p.id);
    const exported = await services.export.export('csv', ids);
    expect(exported.fileName).toBe('Samarbejder 2026-11-24.csv');
    const lines = Buffer.from(exported.contentBase64, 'base64').toString('utf8').trim().split('\r\n');
    expect(lines).toHaveLength(4);
  });
});
