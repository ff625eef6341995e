import { describe, expect, it } from 'vitest';
import { fieldsWithCpr, findCprNumbers, looksLikeCpr } from './cpr';

describe('CPR detector', () => {
  it('finds ddmmyy-xxxx and ddmmyyxxxx with a real date', () => {
    expect(findCprNumbers('Lone, cpr 010190-1234, tlf. 20 30 40 50')).toEqual(['010190-1234']);
    expect(looksLikeCpr('0101901234')).toBe(true);
    expect(looksLikeCpr('født 311299-2345.')).toBe(true);
    expect(looksLikeCpr('(150675-3311)')).toBe(true);
  });

  it('needs a date that exists, with the century from the serial number (leap years)', () => {
    expect(looksLikeCpr('999999-1234')).toBe(false);
    expect(looksLikeCpr('320190-1234')).toBe(false);
    expect(looksLikeCpr('011390-1234')).toBe(false);
    expect(looksLikeCpr('310490-1234')).toBe(false);
    expect(looksLikeCpr('000190-1234')).toBe(false);
    // 29.2.1996 existed; 29.2.1997 did not.
    expect(looksLikeCpr('290296-1234')).toBe(true);
    expect(looksLikeCpr('290297-1234')).toBe(false);
    // 29.2.00: serial 0–3 means 1900 (no leap day), serial 4 means 2000 (a leap day).
    expect(looksLikeCpr('290200-1234')).toBe(false);
    expect(looksLikeCpr('290200-4234')).toBe(true);
    // Serial 5–8 with year 58–99 is the 1800s: 29.2.1896 existed, 29.2.1900 (serial 0) did not.
    expect(looksLikeCpr('290296-5234')).toBe(true);
  });

  it('raises no false alarm on phone numbers, amounts, dates and longer numbers', () => {
    for (const text of [
      'Tlf. 12 34 56 78',
      'Ring 12345678 eller +45 20304050',
      'Beløb 1.900.000 kr.',
      '1.900.000,00 kr.',
      'Mødet 07.03.2026 kl. 10',
      'Dato 2026-03-07',
      'Sagsnr. 27.15.12-A00-1-26',
      'EAN 5798000012345',
      '01019012345',
      'Konto 1.010.190-1234',
      '200.000 kr. og 10 %',
    ]) {
      expect(looksLikeCpr(text), text).toBe(false);
    }
  });

  it('names the fields, including nested contacts and extra fields, that hold one', () => {
    expect(
      fieldsWithCpr({
        title: 'Besøgsven',
        notes: 'cpr 010190-1234',
        amount: 1900000,
        partnerContact: { name: 'Lone', phone: '20 30 40 50' },
        extraFields: { Andet: '0101901234' },
      }),
    ).toEqual(['notes', 'extraFields']);
  });
});
