import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeFlags } from './flags';

const day = 86_400_000;
const isoDate = fc
  .integer({ min: Date.UTC(2020, 0, 1) / day, max: Date.UTC(2032, 11, 31) / day })
  .map((n) => new Date(n * day).toISOString().slice(0, 10));
const daysFrom = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / day;

describe('computeFlags on dates', () => {
  it('flags renewal exactly when the end or renewal date is 0 to window days ahead, and expiry when past', () => {
    fc.assert(
      fc.property(
        isoDate,
        isoDate,
        fc.option(isoDate),
        fc.integer({ min: 0, max: 400 }),
        (today, end, renewal, window) => {
          const flags = computeFlags(
            {
              involvement: 'lav',
              status: 'aktiv',
              agreementKind: 'ingen',
              endDate: end,
              renewalDate: renewal,
              childrenUnder15: false,
              fixedAttachment: false,
              childCertificateDate: null,
            },
            today,
            window,
          );
          const due = [end, renewal].some(
            (d) => d !== null && daysFrom(today, d) >= 0 && daysFrom(today, d) <= window,
          );
          expect(flags.includes('fornyelse_snart')).toBe(due);
          expect(flags.includes('udloebet_men_aktiv')).toBe(daysFrom(end, today) > 0);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
