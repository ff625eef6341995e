import { describe, expect, it } from 'vitest';
import { portfolioReport, type ReportPartnership } from './portfolioReport';

const p = (over: Partial<ReportPartnership>): ReportPartnership => ({
  title: 'X',
  partner: 'P',
  volunteerType: 'humanitaer',
  involvement: 'hoej',
  agreementKind: 'samarbejdsaftale',
  status: 'aktiv',
  unitName: 'Center for Børn og Voksne',
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  flags: [],
  ...over,
});

describe('portfolioReport', () => {
  const rows = [
    p({ title: 'Ældrebesøg', unitName: 'Center for Sundhed og Seniorliv', involvement: 'lav' }),
    p({
      title: 'Aftenskole',
      unitName: 'Center for Sundhed og Seniorliv',
      volunteerType: 'faellesskab',
      flags: ['fornyelse_snart'],
    }),
    p({ title: 'Lektiecafé', unitName: null, involvement: 'mellem' }),
    p({ title: 'Sundhedsdag', status: 'afsluttet' }),
  ];

  it('groups partnerships by unit in Danish order, the ones without a unit last, and leaves ended ones out', () => {
    const report = portfolioReport(rows, '2026-11-24');
    expect(report.units.map((u) => u.unit)).toEqual(['Center for Sundhed og Seniorliv', 'Uden enhed']);
    expect(report.units[0]!.rows.map((r) => r[0])).toEqual(['Aftenskole', 'Ældrebesøg']);
    expect(report.units[0]!.rows[1]).toEqual([
      'Ældrebesøg',
      'P',
      'Humanitær forening',
      'Lav',
      '3',
      'Samarbejdsaftale',
      '1.1.2026 – 31.12.2026',
    ]);
    expect(report.date).toBe('24. november 2026');
  });

  it('counts the quadrants with mellem in the upper row, and sums up', () => {
    const report = portfolioReport(rows, '2026-11-24');
    expect(report.matrix.map((m) => m.count)).toEqual([1, 1, 1, 0]);
    expect(report.summary[0]).toContain('3 samarbejder (afsluttede er ikke medtaget), heraf 3 aktive');
    expect(report.summary[2]).toBe('Kræver opmærksomhed: Udløber eller skal fornyes snart: 1.');
  });

  it('includes ended partnerships when asked', () => {
    const report = portfolioReport(rows, '2026-11-24', true);
    expect(report.units.map((u) => u.unit)).toContain('Center for Børn og Voksne');
    expect(report.summary[0]).toContain('4 samarbejder, heraf 3 aktive');
  });
});
