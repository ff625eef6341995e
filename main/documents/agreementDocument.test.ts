import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CLAUSES,
  agreementContent,
  type AgreementContent,
  portfolioReport,
  REPORT_COLUMNS,
  type AgreementSource,
} from '../../shared/domain';
import { libreOfficeRuns, libreOfficeText, textOf } from '../testing/docx';
import { useTempFolder } from '../testing/tempFolder';
import { agreementBytes, type Letterhead } from './agreementDocument';
import { portfolioReportBytes } from './portfolioReportDocument';

const tempFolder = useTempFolder();

const source: AgreementSource = {
  title: 'Åben café for ældre',
  partner: 'Ældre Sagen Øst',
  volunteerType: 'humanitaer',
  involvement: 'mellem',
  involvementCriteria: ['kontaktperson'],
  quadrant: 1,
  agreementKind: 'samarbejdsaftale',
  unitName: 'Center for Sundhed og Seniorliv',
  targetGroup: 'Ensomme ældre',
  purpose: 'Fællesskab og samvær.',
  activities: 'Café hver torsdag på plejecentret.',
  startDate: '2026-01-01',
  endDate: null,
  renewalDate: null,
  amount: 45000,
  fundingSource: 'paragraf79',
  staffHoursPerMonth: null,
  expectedEvaluation: '',
  childrenUnder15: true,
  fixedAttachment: true,
  criminalRecordCheck: false,
  municipalObligations: '',
  partnerObligations: '',
  partnerContact: { name: 'Søren Ærø', email: '', phone: '' },
  municipalContact: { name: 'Karin Holm', email: '', phone: '' },
};

const letterhead: Letterhead = {
  municipalityName: 'Rødovre Kommune',
  municipalityAddress: 'Rødovre Parkvej 150, 2610 Rødovre',
  footer: 'Center for Sundhed og Seniorliv',
  logo: { data: fs.readFileSync(path.resolve(import.meta.dirname, '../../resources/logo.png')), type: 'png' },
  documentDate: '24. november 2026',
};

async function build() {
  const content = agreementContent(
    source,
    { municipalityName: 'Rødovre Kommune', municipalityAddress: '', clauses: DEFAULT_CLAUSES },
    '2026-11-24',
  );
  return { content, bytes: await agreementBytes(content, letterhead) };
}

describe('the agreement as a Word document', () => {
  it('holds every section as a numbered built-in heading, with æøå intact and Danish as the language', async () => {
    const { content, bytes } = await build();
    const files = unzipSync(bytes);
    const document = strFromU8(files['word/document.xml']!);
    const body = textOf(document);
    for (const section of content.sections) expect(body).toContain(section.heading);
    expect(body).toContain('Åben café for ældre');
    expect(body).toContain('Søren Ærø');
    expect(body).toContain('45.000 kr. (§79-midler)');
    expect(body).toContain('Børneattest');
    expect(body).toContain('Sted og dato');
    expect(document).toMatch(/<w:pStyle w:val="Heading2"\/>[\s\S]*?<w:numId /);
    // A run that switches bold off overrides the headings' bold style: no run may carry it.
    expect(document).not.toContain('<w:b w:val="false"/>');
    expect(strFromU8(files['word/styles.xml']!)).toContain('w:lang w:val="da-DK"');
    expect(strFromU8(files['word/numbering.xml']!)).toContain('w:val="%1."');
  });

  it('has the letterhead in the header, page X af Y in the footer, the logo, and document properties', async () => {
    const { bytes } = await build();
    const files = unzipSync(bytes);
    const names = Object.keys(files);
    const header = names
      .filter((n) => /^word\/header\d*\.xml$/.test(n))
      .map((n) => strFromU8(files[n]!))
      .join('');
    const footer = names
      .filter((n) => /^word\/footer\d*\.xml$/.test(n))
      .map((n) => strFromU8(files[n]!))
      .join('');
    expect(textOf(header)).toContain('Rødovre Kommune');
    expect(textOf(header)).toContain('Rødovre Parkvej 150');
    expect(footer).toContain('PAGE');
    expect(footer).toContain('NUMPAGES');
    expect(textOf(footer)).toContain('Side ');
    expect(names.some((n) => n.startsWith('word/media/'))).toBe(true);
    expect(strFromU8(files['docProps/core.xml']!)).toContain(
      '<dc:title>Samarbejdsaftale: Åben café for ældre</dc:title>',
    );
  });

  /** Every sentence, bullet and field of every section, as the reader sees it in Word. */
  const sectionTexts = (c: AgreementContent) =>
    c.sections.flatMap((section) => [
      section.heading,
      ...section.blocks.flatMap((b) =>
        b.kind === 'paragraph' ? [b.text] : b.kind === 'bullets' ? b.items : b.rows.flat(),
      ),
    ]);

  it.each([
    {
      name: 'lav',
      source: { ...source, involvement: 'lav', quadrant: 3, childrenUnder15: false } as AgreementSource,
      expected: [
        'Samarbejdsaftale om dialog og videndeling',
        'Dialog og videndeling',
        'Samarbejdet består i dialog og videndeling; partneren driver selv aktiviteten.',
        'Aftalen gælder fra 1. januar 2026 og løber, til den opsiges.',
      ],
      absent: ['Økonomi og ressourcer', 'Målgruppe', 'Gensidige forpligtelser', 'Børneattest'],
    },
    {
      name: 'høj',
      source: {
        ...source,
        involvement: 'hoej',
        endDate: '2026-12-31',
        criminalRecordCheck: true,
      } as AgreementSource,
      expected: [
        'Samarbejdsaftale',
        'deltager med medarbejdere i driften',
        'Børneattest og straffeattest',
        'Straffeattesten skal være set, før de frivillige begynder, dvs. senest 1. januar 2026.',
        'Kommunen støtter samarbejdet med 45.000 kr. (§79-midler).',
        'Løbende registrering og evaluering kan forventes.',
        'Aftalen gælder fra 1. januar 2026 til 31. december 2026.',
      ],
      absent: ['Gensidige forpligtelser', 'dialog og videndeling'],
    },
    {
      name: 'partnerskab',
      source: {
        ...source,
        involvement: 'hoej',
        agreementKind: 'partnerskabsaftale',
        endDate: '2026-12-31',
        municipalObligations: 'Stille en medarbejder til rådighed 10 timer om måneden.',
        partnerObligations: 'Rekruttere, uddanne og støtte de frivillige.',
      } as AgreementSource,
      expected: [
        'Partnerskabsaftale',
        'Gensidige forpligtelser',
        'Rødovre Kommune forpligter sig til',
        'Stille en medarbejder til rådighed 10 timer om måneden.',
        'Ældre Sagen Øst forpligter sig til',
        'Rekruttere, uddanne og støtte de frivillige.',
      ],
      absent: ['[Udfyld: kommunens forpligtelser]', '[Udfyld: partnerens forpligtelser]', 'Straffeattest'],
    },
  ])(
    'writes every section of the $name agreement into the document',
    async ({ source: s, expected, absent }) => {
      const content = agreementContent(
        s,
        { municipalityName: 'Rødovre Kommune', municipalityAddress: '', clauses: DEFAULT_CLAUSES },
        '2026-11-24',
      );
      const document = strFromU8(unzipSync(await agreementBytes(content, letterhead))['word/document.xml']!);
      const body = textOf(document);
      for (const text of sectionTexts(content)) expect(body).toContain(text);
      for (const text of expected) expect(body).toContain(text);
      for (const text of absent) expect(body).not.toContain(text);
      expect(body).toContain(content.documentTitle);
      for (const signature of content.signatures) {
        expect(body).toContain(signature.party);
        expect(body).toContain(signature.person);
      }
    },
  );

  it.runIf(libreOfficeRuns)(
    'opens in LibreOffice and reads back as the same Danish text',
    async () => {
      const folder = tempFolder();
      const file = path.join(folder, 'aftale.docx');
      fs.writeFileSync(file, (await build()).bytes);
      const text = libreOfficeText(folder, file);
      expect(text).toContain('Samarbejdsaftale');
      expect(text).toContain('Åben café for ældre');
      expect(text).toContain('Tavshedspligt og underretningspligt');
      expect(text).toMatch(/Side 1 af [2-9]/);
      expect(text).toContain('Søren Ærø');
    },
    180_000,
  );

  it('writes the portfolio report with its appendices, unit tables with repeating headers, and the matrix', async () => {
    const report = portfolioReport(
      [
        {
          ...source,
          title: 'Åben café',
          status: 'aktiv',
          unitName: 'Center for Sundhed og Seniorliv',
          flags: [],
        },
        {
          ...source,
          title: 'Gåtur',
          volunteerType: 'faellesskab',
          involvement: 'lav',
          status: 'aktiv',
          unitName: null,
          flags: [],
        },
        {
          ...source,
          title: 'Idrætsforløb i SFO',
          partner: 'Boldklubben Fremad',
          volunteerType: 'folkeoplysende',
          agreementKind: 'partnerskabsaftale',
          startDate: '2025-11-01',
          endDate: '2026-12-15',
          status: 'aktiv',
          flags: [],
        },
      ],
      '2026-11-24',
    );
    const files = unzipSync(await portfolioReportBytes(report, letterhead));
    const document = strFromU8(files['word/document.xml']!);
    const body = textOf(document);
    expect(body).toContain('Oversigt over samarbejder med foreninger og frivillige');
    expect(body).toContain('Bilag 1: Samarbejder pr. enhed');
    expect(body).toContain('Center for Sundhed og Seniorliv (2)');
    expect(body).toContain('Uden enhed (1)');
    expect(body).toContain('Bilag 2: Matrix over samarbejderne');
    expect(body).toContain('4. kvadrant');
    expect(document).toContain('<w:tblHeader/>');
    expect(document).not.toContain('<w:b w:val="false"/>');
    // Bilag 1 alone is on landscape pages: the front page and Bilag 2 stay portrait.
    const pages = [...document.matchAll(/<w:pgSz [^>]*>/g)].map((m) => ({
      landscape: m[0].includes('w:orient="landscape"'),
      wide: Number(/w:w="(\d+)"/.exec(m[0])![1]) > Number(/w:h="(\d+)"/.exec(m[0])![1]),
    }));
    // The size is turned too, not only marked: Word lays out by the size.
    expect(pages).toEqual([
      { landscape: false, wide: false },
      { landscape: true, wide: true },
      { landscape: false, wide: false },
    ]);
    if (libreOfficeRuns) {
      const folder = tempFolder();
      const file = path.join(folder, 'oversigt.docx');
      fs.writeFileSync(file, await portfolioReportBytes(report, letterhead));
      const lines = libreOfficeText(folder, file).split('\n');
      // Every column heading of the unit tables fits on one line, not broken mid-word …
      const headings = lines.find((line) => line.includes('Titel') && line.includes('Partner'));
      expect(headings?.trim().split(/\s{2,}/)).toEqual([...REPORT_COLUMNS]);
      // … and so does a row with the longest labels and a whole period.
      const row = lines.find((line) => line.includes('Idrætsforløb i SFO'));
      expect(row?.trim().split(/\s{2,}/)).toEqual([
        'Idrætsforløb i SFO',
        'Boldklubben Fremad',
        'Folkeoplysende',
        'Mellem',
        '1',
        'Partnerskabsaftale',
        '1.11.2025 – 15.12.2026',
      ]);
    }
  }, 180_000);
});
