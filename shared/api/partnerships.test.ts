import { describe, expect, it } from 'vitest';
import { parseWith } from './validation';
import { partnershipFieldsSchema } from './partnerships';

const valid = {
  title: 'Demenscafé',
  partner: 'Ældre Sagen',
  volunteerType: 'humanitaer',
  involvement: 'hoej',
};

describe('partnershipFieldsSchema', () => {
  it('fills defaults and trims text', () => {
    const parsed = parseWith(partnershipFieldsSchema, { ...valid, title: '  Demenscafé  ' });
    expect(parsed).toEqual({
      ok: true,
      value: expect.objectContaining({
        ...valid,
        involvementCriteria: [],
        unitId: null,
        status: 'aktiv',
        agreementKind: 'ingen',
        startDate: null,
        endDate: null,
        amount: null,
        childrenUnder15: false,
        fixedAttachment: true,
        partnerContact: null,
        notes: '',
        extraFields: {},
      }),
    });
  });

  it('explains each missing field in Danish, on its own path', () => {
    const parsed = parseWith(partnershipFieldsSchema, { title: ' ', partner: '' });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.fieldErrors).toEqual(
      expect.arrayContaining([
        { path: 'title', message: 'Skriv en titel på samarbejdet.' },
        { path: 'partner', message: 'Skriv navnet på partneren (forening, fællesskab eller person).' },
        { path: 'volunteerType', message: 'Vælg en frivillig type.' },
        { path: 'involvement', message: 'Vælg kommunens involvering.' },
      ]),
    );
  });

  it('names the allowed values for an unknown volunteer type', () => {
    const parsed = parseWith(partnershipFieldsSchema, { ...valid, volunteerType: 'forening' });
    expect(parsed.ok ? [] : parsed.fieldErrors).toEqual([
      {
        path: 'volunteerType',
        message:
          'Ukendt frivillig type. Tilladte værdier: folkeoplysende, humanitaer, faellesskab, enkeltperson.',
      },
    ]);
  });

  it('rejects impossible dates and an end before the start', () => {
    const badDate = parseWith(partnershipFieldsSchema, { ...valid, startDate: '2026-02-30' });
    expect(badDate.ok ? [] : badDate.fieldErrors.map((e) => e.path)).toEqual(['startDate']);
    const reversed = parseWith(partnershipFieldsSchema, {
      ...valid,
      startDate: '2026-05-01',
      endDate: '2026-04-01',
    });
    expect(reversed.ok ? [] : reversed.fieldErrors).toEqual([
      { path: 'endDate', message: 'Slutdatoen ligger før startdatoen. Ret en af dem.' },
    ]);
  });

  it('reports a reversed period together with the other problems', () => {
    const parsed = parseWith(partnershipFieldsSchema, {
      title: 'X',
      startDate: '2026-05-01',
      endDate: '2026-04-01',
    });
    expect(parsed.ok ? [] : parsed.fieldErrors.map((e) => e.path)).toEqual([
      'partner',
      'volunteerType',
      'involvement',
      'endDate',
    ]);
  });

  it('treats empty form dates as no date', () => {
    const parsed = parseWith(partnershipFieldsSchema, { ...valid, startDate: '', endDate: '' });
    expect(parsed.ok && [parsed.value.startDate, parsed.value.endDate]).toEqual([null, null]);
  });

  it('refuses unknown keys and wrong types with Danish messages', () => {
    const parsed = parseWith(partnershipFieldsSchema, { ...valid, __proto__x: 1, title: 42 });
    expect(parsed.ok ? [] : parsed.fieldErrors).toEqual(
      expect.arrayContaining([
        { path: '', message: 'Ukendt felt: __proto__x.' },
        { path: 'title', message: 'Feltet har en forkert type (forventede string).' },
      ]),
    );
  });
});

describe('amounts', () => {
  it('tell a decimal point from a number out of range', () => {
    const point = parseWith(partnershipFieldsSchema, { ...valid, amount: '12500.50' });
    expect(point).toEqual({
      ok: false,
      fieldErrors: [{ path: 'amount', message: 'Brug komma som decimaltegn, fx 12.500,50.' }],
    });
    const words = parseWith(partnershipFieldsSchema, { ...valid, amount: 'mange' });
    expect(words).toEqual({
      ok: false,
      fieldErrors: [{ path: 'amount', message: 'Beløbet skal være et tal mellem 0 og 1.000.000.000 kr.' }],
    });
    expect(parseWith(partnershipFieldsSchema, { ...valid, amount: 12500.5 })).toEqual({
      ok: true,
      value: expect.objectContaining({ amount: 12500.5 }),
    });
  });
});
