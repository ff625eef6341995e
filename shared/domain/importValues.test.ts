import { describe, expect, it } from 'vitest';
import {
  normaliseHeader,
  parseAmount,
  parseDate,
  parseInvolvement,
  parseVolunteerType,
  parseYesNo,
} from './importValues';

describe('parseVolunteerType', () => {
  it.each([
    ['Folkeoplysende forening', 'folkeoplysende'],
    ['folkeoplysende', 'folkeoplysende'],
    ['Humanitær forening', 'humanitaer'],
    ['HUMANITÆR', 'humanitaer'],
    ['humanitaer', 'humanitaer'],
    ['  Fællesskab ', 'faellesskab'],
    ['faellesskab', 'faellesskab'],
    ['enkeltperson', 'enkeltperson'],
  ])('reads %s', (text, code) => expect(parseVolunteerType(text)).toEqual({ ok: true, value: code }));

  it('names the allowed values for an unknown type', () => {
    expect(parseVolunteerType('Klub')).toEqual({
      ok: false,
      message:
        'Ukendt frivillig type «Klub». Tilladte værdier: Folkeoplysende forening, Humanitær forening, Fællesskab, Enkeltperson.',
    });
    expect(parseVolunteerType('')).toEqual({ ok: true, value: null });
  });
});

describe('parseInvolvement', () => {
  it.each([
    ['Høj', 'hoej'],
    ['hoej', 'hoej'],
    ['MELLEM', 'mellem'],
    ['lav', 'lav'],
    ['høj grad', 'hoej'],
    ['I høj grad', 'hoej'],
    ['lav grad af kommunal involvering', 'lav'],
    ['Mellem grad', 'mellem'],
  ])('reads %s', (text, level) => expect(parseInvolvement(text)).toEqual({ ok: true, value: level }));

  it('refuses anything else, and contradictions', () => {
    expect(parseInvolvement('meget')).toMatchObject({
      ok: false,
      message: expect.stringContaining('Lav, Mellem, Høj'),
    });
    expect(parseInvolvement('lav til høj')).toMatchObject({ ok: false });
  });
});

describe('parseDate', () => {
  it.each([
    ['07.03.2026', '2026-03-07'],
    ['7.3.2026', '2026-03-07'],
    ['2026-03-07', '2026-03-07'],
    ['07-03-2026', '2026-03-07'],
    ['7/3/2026', '2026-03-07'],
    ['29.02.2028', '2028-02-29'],
  ])('reads %s', (text, iso) => expect(parseDate(text)).toEqual({ ok: true, value: iso }));

  it('reads real Excel date cells and serial numbers', () => {
    expect(parseDate(new Date(Date.UTC(2026, 2, 7)))).toEqual({ ok: true, value: '2026-03-07' });
    expect(parseDate(46088)).toEqual({ ok: true, value: '2026-03-07' });
  });

  it('explains impossible and unreadable dates', () => {
    expect(parseDate('31.02.2026')).toEqual({ ok: false, message: 'Datoen 31.02.2026 findes ikke.' });
    expect(parseDate('2026-13-01')).toEqual({ ok: false, message: 'Datoen 2026-13-01 findes ikke.' });
    expect(parseDate('næste år')).toMatchObject({
      ok: false,
      message: expect.stringContaining('dd.mm.åååå'),
    });
    expect(parseDate('7.3.26')).toMatchObject({ ok: false });
    expect(parseDate('')).toEqual({ ok: true, value: null });
  });
});

describe('parseAmount', () => {
  it.each([
    ['45.000 kr.', 45000],
    ['45000', 45000],
    ['45.000,50', 45000.5],
    ['kr. 1.200', 1200],
    ['1 200', 1200],
    ['1.900.000', 1900000],
    ['45,5', 45.5],
    ['0', 0],
  ])('reads %s', (text, amount) => expect(parseAmount(text)).toEqual({ ok: true, value: amount }));

  it('takes numbers from number cells', () => {
    expect(parseAmount(12500.25)).toEqual({ ok: true, value: 12500.25 });
  });

  it('refuses negative amounts and text', () => {
    expect(parseAmount('-500')).toMatchObject({ ok: false });
    expect(parseAmount(-1)).toMatchObject({ ok: false });
    expect(parseAmount('mange penge')).toMatchObject({
      ok: false,
      message: expect.stringContaining('45.000'),
    });
    expect(parseAmount('45.00')).toMatchObject({ ok: false });
  });
});

describe('parseYesNo and headers', () => {
  it('reads ja/nej in the usual spellings', () => {
    for (const yes of ['ja', 'Ja', 'J', 'x', 'true', '1'])
      expect(parseYesNo(yes)).toEqual({ ok: true, value: true });
    for (const no of ['nej', 'NEJ', 'n', 'false', '0'])
      expect(parseYesNo(no)).toEqual({ ok: true, value: false });
    expect(parseYesNo('måske')).toEqual({ ok: false, message: '«måske» skal være ja eller nej.' });
  });

  it('compares headers without case or extra spaces', () => {
    expect(normaliseHeader('  Kommunal   INVOLVERING ')).toBe('kommunal involvering');
    expect(normaliseHeader('Børn under 15')).toBe('børn under 15');
  });
});
