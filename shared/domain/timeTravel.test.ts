import { describe, expect, it } from 'vitest';
import { changesSince, stateAsOf, type MatrixState, type RecordedChange } from './timeTravel';

const now: MatrixState[] = [
  {
    id: 1,
    title: 'Julehjælp',
    partner: 'Røde Kors',
    volunteerType: 'humanitaer',
    involvement: 'hoej',
    status: 'aktiv',
  },
  {
    id: 2,
    title: 'Gåtur',
    partner: 'Gå-holdet',
    volunteerType: 'faellesskab',
    involvement: 'lav',
    status: 'afsluttet',
  },
  {
    id: 3,
    title: 'Café',
    partner: 'Ældre Sagen',
    volunteerType: 'humanitaer',
    involvement: 'mellem',
    status: 'aktiv',
  },
];

const log: RecordedChange[] = [
  {
    entityId: 1,
    at: '2026-01-10T09:00:00.000Z',
    action: 'create',
    field: null,
    oldValue: null,
    newValue: null,
  },
  {
    entityId: 2,
    at: '2026-01-11T09:00:00.000Z',
    action: 'create',
    field: null,
    oldValue: null,
    newValue: null,
  },
  {
    entityId: 1,
    at: '2026-03-01T09:00:00.000Z',
    action: 'update',
    field: 'involvement',
    oldValue: 'lav',
    newValue: 'mellem',
  },
  {
    entityId: 1,
    at: '2026-06-01T09:00:00.000Z',
    action: 'update',
    field: 'involvement',
    oldValue: 'mellem',
    newValue: 'hoej',
  },
  {
    entityId: 2,
    at: '2026-06-15T09:00:00.000Z',
    action: 'update',
    field: 'status',
    oldValue: 'aktiv',
    newValue: 'afsluttet',
  },
  {
    entityId: 3,
    at: '2026-07-01T09:00:00.000Z',
    action: 'create',
    field: null,
    oldValue: null,
    newValue: null,
  },
];

describe('stateAsOf', () => {
  it('undoes every later change and leaves out partnerships created later', () => {
    expect(stateAsOf(now, log, '2026-02-01T00:00:00.000Z')).toEqual([
      { ...now[0], involvement: 'lav' },
      { ...now[1], status: 'aktiv' },
    ]);
    expect(stateAsOf(now, log, '2026-04-01T00:00:00.000Z')[0]!.involvement).toBe('mellem');
  });

  it('changes nothing for the present', () => {
    expect(stateAsOf(now, log, '2026-12-31T00:00:00.000Z')).toEqual(now);
  });
});

describe('changesSince', () => {
  it('marks new, moved and ended partnerships', () => {
    expect(changesSince(log, '2026-05-01T00:00:00.000Z')).toEqual(
      new Map([
        [1, 'flyttet'],
        [2, 'afsluttet'],
        [3, 'ny'],
      ]),
    );
    expect(changesSince(log, '2026-01-01T00:00:00.000Z').get(1)).toBe('ny');
    expect(changesSince(log, '2026-12-01T00:00:00.000Z').size).toBe(0);
  });
});
