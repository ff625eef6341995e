import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { statusReport, type StatusReportEffort } from '../../shared/domain';
import { libreOfficeRuns, libreOfficeText, textOf } from '../testing/docx';
import { useTempFolder } from '../testing/tempFolder';
import type { Letterhead } from './letterhead';
import { statusReportBytes } from './statusReportDocument';

const tempFolder = useTempFolder();

const letterhead: Letterhead = {
  municipalityName: 'Rødovre Kommune',
  municipalityAddress: 'Rødovre Parkvej 150, 2610 Rødovre',
  footer: 'Social- og Sundhedsforvaltningen',
  logo: null,
  documentDate: '25. november 2026',
};

const effort = (over: Partial<StatusReportEffort>): StatusReportEffort => ({
  title: 'Indsats',
  description: '',
  focusArea: '',
  responsible: '',
  state: 'i_gang',
  statusText: '',
  partnerships: [],
  carriedFromPeriod: null,
  carriedToPeriod: null,
  ...over,
});

const report = statusReport({
  title: 'Handleplan for frivilligt socialt arbejde 2016-17',
  period: '2016-17',
  description: '',
  goals: [
    {
      name: 'Vi skaber gode rammer for den frivillige sociale indsats',
      efforts: [
        effort({
          title: 'Samarbejdsforum for ledere',
          focusArea: 'Styrke vores organisatoriske parathed og åbenhed',
          state: 'viderefoeres',
          statusText: 'Spørgeskemaundersøgelsen blev gennemført i sommeren 2016.',
          carriedToPeriod: '2017-18',
        }),
        effort({
          title: 'Samarbejdsguide',
          focusArea: 'Styrke vores organisatoriske parathed og åbenhed',
          state: 'ikke_startet',
        }),
      ],
    },
    {
      name: 'Vi skaber synlighed og netværk på frivilligområdet',
      efforts: [
        effort({
          title: 'Dialogmøder',
          focusArea: 'Dialogmøder',
          state: 'gennemfoert',
          statusText: 'Der har i 2016 været afholdt et dialogmøde om integration.',
        }),
      ],
    },
  ],
});

/** The visible text of each table row of the body, cell by cell. */
function tableRows(xml: string): string[][] {
  return [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) =>
    [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => textOf(cell[0], ' ')),
  );
}

describe('the status overview as a Word document', () => {
  it('is one three-column table, grouped by goal, with the header row repeating on every page', async () => {
    const files = unzipSync(await statusReportBytes(report, letterhead));
    const xml = strFromU8(files['word/document.xml']!);
    const rows = tableRows(xml);
    expect(rows).toEqual([
      ['Strategimål og fokusområde', 'Indsats', 'Status'],
      ['Strategimål 1: Vi skaber gode rammer for den frivillige sociale indsats'],
      [
        'Strategimål 1 Styrke vores organisatoriske parathed og åbenhed',
        'Samarbejdsforum for ledere',
        'Videreføres Spørgeskemaundersøgelsen blev gennemført i sommeren 2016. Indsatsen videreføres i handleplan 2017-18.',
      ],
      [
        'Strategimål 1 Styrke vores organisatoriske parathed og åbenhed',
        'Samarbejdsguide',
        'Ikke startet Der er ikke skrevet en status for perioden endnu.',
      ],
      ['Strategimål 2: Vi skaber synlighed og netværk på frivilligområdet'],
      [
        'Strategimål 2 Dialogmøder',
        'Dialogmøder',
        'Gennemført Der har i 2016 været afholdt et dialogmøde om integration.',
      ],
    ]);
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('<w:gridSpan w:val="3"/>');
    expect(xml.match(/<w:gridCol /g)).toHaveLength(3);
    const header = Object.keys(files)
      .filter((n) => /^word\/header\d*\.xml$/.test(n))
      .map((n) => strFromU8(files[n]!))
      .join('');
    expect(header).toContain('Rødovre Kommune');
    expect(strFromU8(files['docProps/core.xml']!)).toContain(
      '<dc:title>Statusoversigt: Handleplan for frivilligt socialt arbejde 2016-17</dc:title>',
    );
  });

  it.runIf(libreOfficeRuns)(
    'opens in LibreOffice and reads back as the same table text',
    async () => {
      const folder = tempFolder();
      const file = path.join(folder, 'status.docx');
      fs.writeFileSync(file, await statusReportBytes(report, letterhead));
      // Cells wrap their text over lines; compare the words.
      const text = libreOfficeText(folder, file, { layout: false }).replace(/\s+/g, ' ');
      expect(text).toContain('Statusoversigt');
      expect(text).toContain('Strategimål og fokusområde');
      expect(text).toContain('Strategimål 2: Vi skaber synlighed og netværk på frivilligområdet');
      expect(text).toContain('Indsatsen videreføres i handleplan 2017-18.');
      expect(text).toMatch(/Side 1 af 1/);
      // The goals come in the plan's order.
      expect(text.indexOf('Strategimål 1:')).toBeLessThan(text.indexOf('Strategimål 2:'));
    },
    180_000,
  );
});
