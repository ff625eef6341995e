import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RETENTION_RULE as rule,
  addYears,
  partnershipEnded,
  partnershipTie,
  personRetentionDate,
  tieRetentionDate,
  type RetentionPartnership,
} from './retention';

const today = '2026-11-25';
const p = (over: Partial<RetentionPartnership>): RetentionPartnership => ({
  status: 'aktiv',
  volunteerType: 'humanitaer',
  endDate: null,
  updatedAt: '2026-01-10T09:00:00.000Z',
  ...over,
});

describe('retention dates', () => {
  it('adds years, moving 29 February to the 28th in a common year', () => {
    expect(addYears('2026-03-07', 5)).toBe('2031-03-07');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('knows when a partnership ended: its past end date, or when it was set to afsluttet', () => {
    expect(partnershipEnded(p({}), today)).toBeNull();
    expect(partnershipEnded(p({ endDate: '2027-01-01' }), today)).toBeNull();
    expect(partnershipEnded(p({ endDate: '2025-06-30' }), today)).toBe('2025-06-30');
    expect(partnershipEnded(p({ status: 'afsluttet' }), today)).toBe('2026-01-10');
    expect(partnershipEnded(p({ status: 'afsluttet', endDate: '2026-12-31' }), today)).toBe('2026-01-10');
  });

  it('keeps 5 years after a partnership ends and 10 after an individual volunteer’s term', () => {
    expect(tieRetentionDate(partnershipTie(p({ endDate: '2025-06-30' }), today), rule)).toBe('2030-06-30');
    expect(
      tieRetentionDate(
        partnershipTie(p({ endDate: '2025-06-30', volunteerType: 'enkeltperson' }), today),
        rule,
      ),
    ).toBe('2035-06-30');
    expect(
      tieRetentionDate(partnershipTie(p({ endDate: '2025-06-30' }), today), { ...rule, yearsAfterEnd: 3 }),
    ).toBe('2028-06-30');
  });

  it('keeps a person while any tie runs, then until the latest date; with no tie, not at all', () => {
    const ended = partnershipTie(p({ endDate: '2020-01-31' }), today);
    const later = partnershipTie(p({ endDate: '2024-05-01' }), today);
    const running = partnershipTie(p({}), today);
    expect(personRetentionDate([ended, later], rule, today)).toBe('2029-05-01');
    expect(personRetentionDate([ended, running], rule, today)).toBeNull();
    expect(personRetentionDate([ended], rule, today)).toBe('2025-01-31');
    expect(personRetentionDate([], rule, today)).toBe(today);
  });
});
