import { describe, expect, it } from 'vitest';
import { nextPeriod, normalisePeriod, parsePeriod, titleForPeriod } from './period';
import { statusReport, statusReportFileName, type StatusReportEffort } from './statusReport';

describe('plan periods', () => {
  it('reads the ways municipalities write them', () => {
    expect(parsePeriod('2015')).toEqual({ start: 2015, end: 2015 });
    expect(parsePeriod('2016-17')).toEqual({ start: 2016, end: 2017 });
    expect(parsePeriod(' 2016-2019 ')).toEqual({ start: 2016, end: 2019 });
    expect(parsePeriod('2099-01')).toEqual({ start: 2099, end: 2101 });
    for (const bad of ['', '16-17', '2017-16', '2016-2040', '2016/17', 'abc', '1066'])
      expect(parsePeriod(bad)).toBeNull();
    expect(normalisePeriod('2016-2017')).toBe('2016-17');
    expect(normalisePeriod('1999-2000')).toBe('1999-2000');
  });

  it('suggests the next period the way Rødovre moves its plans on', () => {
    expect(nextPeriod('2015')).toBe('2016');
    expect(nextPeriod('2016-17')).toBe('2017-18');
    expect(nextPeriod('2016-2019')).toBe('2020-23');
    expect(nextPeriod('nonsense')).toBe('');
    expect(titleForPeriod('Handleplan for frivilligt socialt arbejde 2016-17', '2016-17', '2017-18')).toBe(
      'Handleplan for frivilligt socialt arbejde 2017-18',
    );
    expect(titleForPeriod('Vores plan', '2016-17', '2017-18')).toBe('Handleplan 2017-18');
  });
});

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

describe('the status overview', () => {
  const report = statusReport({
    title: 'Handleplan 2016-17',
    period: '2016-17',
    description: 'Handleplanen havde tre temaer.',
    goals: [
      {
        name: 'Vi skaber gode rammer',
        efforts: [
          effort({
            title: 'Samarbejdsforum',
            focusArea: 'Styrke vores organisatoriske parathed',
            description: 'Et forum for ledere.\n\nEt årligt møde.',
            state: 'viderefoeres',
            statusText: 'Spørgeskemaundersøgelse gennemført.',
            carriedFromPeriod: '2015',
            carriedToPeriod: '2017-18',
            responsible: 'Karin Holm',
            partnerships: ['Demenscaféen'],
          }),
          effort({ title: 'Samarbejdsguide', state: 'viderefoeres' }),
        ],
      },
      {
        name: 'Nye alliancer',
        efforts: [effort({ title: 'Virksomheder', state: 'gennemfoert', statusText: 'Møde holdt.' })],
      },
      { name: 'Økonomisk støtte', efforts: [] },
    ],
  });

  it('introduces the plan with its goals and a count per state', () => {
    expect(report.intro).toEqual([
      'Handleplanen havde tre temaer.',
      'I handleplanen for 2016-17 er der arbejdet med 3 indsatser rettet mod at realisere 3 strategimål:',
    ]);
    expect(report.goals).toEqual([
      'Strategimål 1: Vi skaber gode rammer',
      'Strategimål 2: Nye alliancer',
      'Strategimål 3: Økonomisk støtte',
    ]);
    expect(report.summary).toBe('Status: 1 gennemført, 2 videreføres.');
  });

  it('groups the rows by goal with the three columns filled, and says where an effort goes next', () => {
    expect(report.groups.map((g) => [g.heading, g.rows.length])).toEqual([
      ['Strategimål 1: Vi skaber gode rammer', 2],
      ['Strategimål 2: Nye alliancer', 1],
      ['Strategimål 3: Økonomisk støtte', 0],
    ]);
    expect(report.groups[0]!.rows[0]).toEqual({
      goalLabel: 'Strategimål 1',
      focusArea: 'Styrke vores organisatoriske parathed',
      effortTitle: 'Samarbejdsforum',
      effortText: ['Et forum for ledere.', 'Et årligt møde.'],
      effortDetails: [
        'Ansvarlig: Karin Holm',
        'Samarbejder: Demenscaféen',
        'Videreført fra handleplan 2015.',
      ],
      stateLabel: 'Videreføres',
      statusText: ['Spørgeskemaundersøgelse gennemført.'],
      statusMissing: false,
      note: 'Indsatsen videreføres i handleplan 2017-18.',
    });
    expect(report.groups[0]!.rows[1]).toMatchObject({
      statusMissing: true,
      note: 'Indsatsen foreslås videreført i den næste handleplan.',
    });
    expect(report.groups[1]!.rows[0]!.note).toBeNull();
  });

  it('names the file after the plan and the date, safe on every file system', () => {
    expect(statusReportFileName('Handleplan 2016/17: "udkast"', '2026-11-25')).toBe(
      'Statusoversigt - Handleplan 201617 udkast - 2026-11-25.docx',
    );
  });
});
