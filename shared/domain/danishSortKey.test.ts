import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { danishSortKey } from './danishSortKey';
import { compareDanish } from './format';

const byKey = (a: string, b: string) => {
  const ka = danishSortKey(a);
  const kb = danishSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};

describe('danishSortKey', () => {
  it('orders titles as the register sorts them', () => {
    const titles = [
      'Åbent hus',
      'Zumba',
      'Ældrecafé',
      'Aarhus-turen',
      'Øresund',
      'ebbe',
      'Ebbe 10',
      'Ebbe 9',
    ];
    expect([...titles].sort(byKey)).toEqual([...titles].sort(compareDanish));
    expect([...titles].sort(byKey)).toEqual([
      'ebbe',
      'Ebbe 9',
      'Ebbe 10',
      'Zumba',
      'Ældrecafé',
      'Øresund',
      'Åbent hus',
      'Aarhus-turen',
    ]);
  });

  it('agrees with compareDanish on any text of Danish letters, digits, spaces and punctuation', () => {
    const char = fc.constantFrom(...'abezyAEZæøåÆØÅäöüé019 -.,'.split(''));
    const text = fc.array(char, { maxLength: 8 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(Math.sign(byKey(a, b))).toBe(Math.sign(compareDanish(a, b)));
      }),
      { numRuns: 3000 },
    );
  });
});
