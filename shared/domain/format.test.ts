import { describe, expect, it } from 'vitest';
import {
  compareDanish,
  isoWeekKey,
  formatDateLong,
  formatDateShort,
  formatAmount,
  formatMoney,
  hasDecimalPoint,
  parseDanishNumber,
  formatNumber,
  formatPeriod,
  isIsoDate,
} from './format';

describe('Danish dates', () => {
  it('writes short and long dates the Danish way', () => {
    expect(formatDateShort('2026-03-07')).toBe('7.3.2026');
    expect(formatDateLong('2026-03-07')).toBe('7. marts 2026');
    expect(formatDateLong('2026-12-24')).toBe('24. december 2026');
  });

  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('7.3.2026')).toBe(false);
    expect(isIsoDate('2026-3-7')).toBe(false);
  });

  it('describes open and closed periods', () => {
    expect(formatPeriod('2026-01-01', '2026-12-31')).toBe('1.1.2026 – 31.12.2026');
    expect(formatPeriod('2026-01-01', null)).toBe('fra 1.1.2026');
    expect(formatPeriod(null, '2026-12-31')).toBe('til 31.12.2026');
    expect(formatPeriod(null, null)).toBe('');
  });
});

describe('Danish numbers and money', () => {
  it('uses dots for thousands and a comma for decimals', () => {
    expect(formatMoney(1_900_000)).toBe('1.900.000 kr.');
    expect(formatMoney(200000)).toBe('200.000 kr.');
    expect(formatMoney(1234.5)).toBe('1.234,50 kr.');
    expect(formatNumber(10000)).toBe('10.000');
  });
});

describe('Danish sorting', () => {
  it('puts æ, ø, å after z and sorts aa as å', () => {
    const words = ['Åben skole', 'Ældre Sagen', 'Zoneterapi', 'Aabenraa netværk', 'Ørsted', 'Abe'];
    expect([...words].sort(compareDanish)).toEqual([
      'Abe',
      'Zoneterapi',
      'Ældre Sagen',
      'Ørsted',
      // "aa" is å: after ø, and compared letter by letter with "Åben" ("Åben " < "Åbenr").
      'Åben skole',
      'Aabenraa netværk',
    ]);
  });
});

describe('ISO weeks', () => {
  it('starts weeks on Monday and counts week 1 from the first Thursday', () => {
    expect(isoWeekKey('2026-11-24')).toBe('2026-W48');
    expect(isoWeekKey('2025-12-29')).toBe('2026-W01');
    expect(isoWeekKey('2021-01-03')).toBe('2020-W53');
    expect(isoWeekKey('2027-01-04')).toBe('2027-W01');
  });
});

describe('amounts in a form', () => {
  it('are shown with Danish separators and read back to the same number', () => {
    expect(formatAmount(60000)).toBe('60.000');
    expect(formatAmount(12500.5)).toBe('12.500,50');
    for (const amount of [60000, 12500.5, 0.25, 1_000_000_000]) {
      expect(parseDanishNumber(formatAmount(amount))).toBe(amount);
    }
  });

  it('know a decimal point from a thousands separator', () => {
    expect(hasDecimalPoint('12500.50')).toBe(true);
    expect(hasDecimalPoint('7.5')).toBe(true);
    expect(hasDecimalPoint('12.500')).toBe(false);
    expect(hasDecimalPoint('12.500,50')).toBe(false);
    expect(parseDanishNumber('12500.50')).toBeNull();
  });
});
