import { describe, expect, it } from 'vitest';
import type { Partnership } from '../../../../shared/api';
import { sortPartnerships } from './columns';
import { NO_FILTERS, filterPartnerships, filtersFromHash, filtersLink, onlyHits } from './filters';

const base: Omit<
  Partnership,
  'id' | 'title' | 'partner' | 'volunteerType' | 'involvement' | 'quadrant' | 'unitId' | 'status' | 'flags'
> = {
  partnerId: 1,
  involvementCriteria: [],
  involvementReason: '',
  unitName: null,
  welfareAreaId: null,
  welfareAreaName: null,
  agreementKind: 'ingen',
  startDate: null,
  endDate: null,
  renewalDate: null,
  targetGroup: '',
  purpose: '',
  activities: '',
  amount: null,
  fundingSource: null,
  staffHoursPerMonth: null,
  expectedEvaluation: '',
  strategyGoalIds: [],
  localArea: '',
  childrenUnder15: false,
  fixedAttachment: true,
  childCertificateDate: null,
  criminalRecordCheck: false,
  municipalObligations: '',
  partnerObligations: '',
  partnerContact: null,
  municipalContact: null,
  notes: '',
  extraFields: {},
  createdAt: '',
  updatedAt: '',
};

const rows: Partnership[] = [
  {
    ...base,
    id: 1,
    title: 'Åben café',
    partner: 'A',
    volunteerType: 'humanitaer',
    involvement: 'hoej',
    quadrant: 1,
    unitId: 2,
    status: 'aktiv',
    flags: ['hoej_uden_aftale'],
  },
  {
    ...base,
    id: 2,
    title: 'Zumba',
    partner: 'B',
    volunteerType: 'faellesskab',
    involvement: 'lav',
    quadrant: 4,
    unitId: 1,
    status: 'ide',
    flags: [],
  },
  {
    ...base,
    id: 3,
    title: 'Ældrebesøg',
    partner: 'C',
    volunteerType: 'enkeltperson',
    involvement: 'lav',
    quadrant: 4,
    unitId: 2,
    status: 'aktiv',
    flags: [],
  },
];

describe('register filters', () => {
  it('combines filters with AND and restricts to search hits', () => {
    expect(filterPartnerships(rows, { ...NO_FILTERS, quadrant: '4' }, null).map((p) => p.id)).toEqual([2, 3]);
    expect(
      filterPartnerships(rows, { ...NO_FILTERS, quadrant: '4', unitId: '2' }, null).map((p) => p.id),
    ).toEqual([3]);
    expect(filterPartnerships(rows, { ...NO_FILTERS, flag: 'any' }, null).map((p) => p.id)).toEqual([1]);
    expect(filterPartnerships(rows, NO_FILTERS, [3, 1]).map((p) => p.id)).toEqual([1, 3]);
    expect(filterPartnerships(rows, NO_FILTERS, [])).toEqual([]);
  });

  it('narrows already filtered rows to the hits in their own order, or keeps them all with no search', () => {
    const filtered = filterPartnerships(rows, { ...NO_FILTERS, quadrant: '4' }, null);
    expect(onlyHits(filtered, null)).toBe(filtered);
    expect(onlyHits(filtered, [3, 1, 2]).map((p) => p.id)).toEqual([2, 3]);
    // Rows with ids beyond the largest hit are not hits either.
    expect(onlyHits(rows, [1]).map((p) => p.id)).toEqual([1]);
    expect(onlyHits(rows, [99]).map((p) => p.id)).toEqual([]);
  });

  it('travels in a link from the overview and back', () => {
    const link = filtersLink({ quadrant: '1', flag: 'boerneattest_mangler' });
    expect(link).toBe('#/samarbejder?quadrant=1&flag=boerneattest_mangler');
    expect(filtersFromHash(link)).toEqual({ ...NO_FILTERS, quadrant: '1', flag: 'boerneattest_mangler' });
    expect(filtersFromHash('#/samarbejder')).toEqual(NO_FILTERS);
  });

  it('sorts titles the Danish way and keeps equal rows in title order', () => {
    expect(sortPartnerships(rows, 'title', 'ascending').map((p) => p.title)).toEqual([
      'Zumba',
      'Ældrebesøg',
      'Åben café',
    ]);
    expect(sortPartnerships(rows, 'quadrant', 'descending').map((p) => p.title)).toEqual([
      'Zumba',
      'Ældrebesøg',
      'Åben café',
    ]);
  });
});
