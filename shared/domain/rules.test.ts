import { describe, expect, it } from 'vitest';
import { isValidCvr } from './cvr';
import { computeFlags, type FlagInput } from './flags';
import { describeHistoryValue, fieldLabel } from './historyText';
import { INVOLVEMENT_CRITERIA, overrideNeedsReason, suggestedInvolvement } from './involvement';

describe('suggestedInvolvement', () => {
  it('suggests nothing until a criterion is ticked', () => {
    expect(suggestedInvolvement([])).toBeNull();
  });

  it('suggests the highest level with a ticked criterion', () => {
    expect(suggestedInvolvement(['lokaler'])).toBe('lav');
    expect(suggestedInvolvement(['henviser', 'kontaktperson'])).toBe('mellem');
    expect(suggestedInvolvement(['lokaler', 'koordinerer', 'saerskilt_budget'])).toBe('hoej');
    expect(suggestedInvolvement(['unknown'])).toBeNull();
  });

  it('has criteria for every level, each with a Danish label', () => {
    expect(new Set(INVOLVEMENT_CRITERIA.map((c) => c.level))).toEqual(new Set(['lav', 'mellem', 'hoej']));
    expect(INVOLVEMENT_CRITERIA.every((c) => c.label.startsWith('Kommunen') || c.label.length > 10)).toBe(
      true,
    );
  });

  it('asks for a reason only when the choice differs from a suggestion', () => {
    expect(overrideNeedsReason([], 'hoej')).toBe(false);
    expect(overrideNeedsReason(['kontaktperson'], 'mellem')).toBe(false);
    expect(overrideNeedsReason(['kontaktperson'], 'hoej')).toBe(true);
    expect(overrideNeedsReason(['formaliseret'], 'lav')).toBe(true);
  });
});

describe('computeFlags', () => {
  const base: FlagInput = {
    involvement: 'mellem',
    status: 'aktiv',
    agreementKind: 'samarbejdsaftale',
    endDate: null,
    renewalDate: null,
    childrenUnder15: false,
    fixedAttachment: true,
    childCertificateDate: null,
  };
  const today = '2026-11-24';

  it('raises nothing for a tidy partnership', () => {
    expect(computeFlags(base, today)).toEqual([]);
  });

  it('wants a børneattest only for fixed attachment to children under 15', () => {
    expect(computeFlags({ ...base, childrenUnder15: true }, today)).toEqual(['boerneattest_mangler']);
    expect(computeFlags({ ...base, childrenUnder15: true, fixedAttachment: false }, today)).toEqual([]);
    expect(
      computeFlags({ ...base, childrenUnder15: true, childCertificateDate: '2026-01-01' }, today),
    ).toEqual([]);
  });

  it('warns about an end or renewal date within the window, counting today and the last day', () => {
    expect(computeFlags({ ...base, endDate: '2026-11-24' }, today)).toEqual(['fornyelse_snart']);
    expect(computeFlags({ ...base, endDate: '2027-02-22' }, today)).toEqual(['fornyelse_snart']);
    expect(computeFlags({ ...base, endDate: '2027-02-23' }, today)).toEqual([]);
    expect(computeFlags({ ...base, endDate: '2028-01-01', renewalDate: '2026-12-01' }, today)).toEqual([
      'fornyelse_snart',
    ]);
    expect(computeFlags({ ...base, endDate: '2027-04-01' }, today, 180)).toEqual(['fornyelse_snart']);
  });

  it('notices an ended agreement still marked aktiv', () => {
    expect(computeFlags({ ...base, endDate: '2026-11-23' }, today)).toEqual(['udloebet_men_aktiv']);
    expect(computeFlags({ ...base, endDate: '2026-11-23', status: 'afsluttet' }, today)).toEqual([]);
  });

  it('expects a written agreement for høj involvement', () => {
    expect(computeFlags({ ...base, involvement: 'hoej', agreementKind: 'ingen' }, today)).toEqual([
      'hoej_uden_aftale',
    ]);
    expect(
      computeFlags({ ...base, involvement: 'hoej', agreementKind: 'partnerskabsaftale' }, today),
    ).toEqual([]);
  });

  it('stays quiet about a finished partnership', () => {
    const finished = {
      ...base,
      status: 'afsluttet' as const,
      involvement: 'hoej' as const,
      agreementKind: 'ingen' as const,
    };
    expect(computeFlags({ ...finished, childrenUnder15: true, endDate: '2026-12-01' }, today)).toEqual([]);
  });
});

describe('CVR', () => {
  it('checks the CVR modulus-11 digit', () => {
    expect(isValidCvr('10150817')).toBe(true);
    expect(isValidCvr('1015 0817')).toBe(true);
    expect(isValidCvr('10150818')).toBe(false);
    expect(isValidCvr('1234567')).toBe(false);
    expect(isValidCvr('abcdefgh')).toBe(false);
  });
});

describe('history text', () => {
  it('shows codes, dates, money and yes/no the way the consultant reads them', () => {
    expect(fieldLabel('involvement')).toBe('Kommunal involvering');
    expect(describeHistoryValue('involvement', 'hoej')).toBe('Høj');
    expect(describeHistoryValue('quadrant', '3')).toBe('Kvadrant 3');
    expect(describeHistoryValue('endDate', '2026-12-31')).toBe('31.12.2026');
    expect(describeHistoryValue('amount', '45000')).toBe('45.000 kr.');
    expect(describeHistoryValue('childrenUnder15', 'true')).toBe('Ja');
    expect(describeHistoryValue('notes', null)).toBe('(tom)');
    expect(describeHistoryValue('involvementCriteria', '["lokaler"]')).toBe(
      'Kommunen stiller lokaler til rådighed',
    );
    expect(describeHistoryValue('partnerContact', '{"name":"Lone","email":"","phone":""}')).toBe('Lone');
    expect(describeHistoryValue('extraFields', '{"Bydel":"Nord"}')).toBe('Bydel: Nord');
  });
});
