import { describe, expect, it } from 'vitest';
import {
  INVOLVEMENT_LABELS,
  INVOLVEMENT_LEVELS,
  MATRIX_COLUMN_LABELS,
  QUADRANT_GUIDANCE,
  QUADRANT_LABELS,
  QUADRANTS,
  STATUS_LABELS,
  PARTNERSHIP_STATUSES,
  VOLUNTEER_TYPES,
  VOLUNTEER_TYPE_LABELS,
  matrixColumnOf,
  matrixRowOf,
  quadrantOf,
} from './index';

describe('quadrantOf', () => {
  // Every combination spelled out, so a change to the rule must change this table on purpose.
  const expected = [
    ['folkeoplysende', 'hoej', 1],
    ['folkeoplysende', 'mellem', 1],
    ['folkeoplysende', 'lav', 3],
    ['humanitaer', 'hoej', 1],
    ['humanitaer', 'mellem', 1],
    ['humanitaer', 'lav', 3],
    ['faellesskab', 'hoej', 2],
    ['faellesskab', 'mellem', 2],
    ['faellesskab', 'lav', 4],
    ['enkeltperson', 'hoej', 2],
    ['enkeltperson', 'mellem', 2],
    ['enkeltperson', 'lav', 4],
  ] as const;

  it.each(expected)('%s × %s is quadrant %i', (type, involvement, quadrant) => {
    expect(quadrantOf(type, involvement)).toBe(quadrant);
  });

  it('covers all 12 combinations exactly once', () => {
    const combos = new Set(expected.map(([t, i]) => `${t}/${i}`));
    expect(combos.size).toBe(VOLUNTEER_TYPES.length * INVOLVEMENT_LEVELS.length);
  });

  it('puts mellem in the upper row with høj, and lav alone in the lower row', () => {
    expect(matrixRowOf('hoej')).toBe('oevre');
    expect(matrixRowOf('mellem')).toBe('oevre');
    expect(matrixRowOf('lav')).toBe('nedre');
  });

  it('splits volunteer types into the two columns of the Furesø matrix', () => {
    expect(VOLUNTEER_TYPES.map(matrixColumnOf)).toEqual([
      'foreninger',
      'foreninger',
      'faellesskaber',
      'faellesskaber',
    ]);
  });
});

describe('labels', () => {
  it('has a Danish label for every value', () => {
    expect(Object.keys(VOLUNTEER_TYPE_LABELS).sort()).toEqual([...VOLUNTEER_TYPES].sort());
    expect(Object.keys(INVOLVEMENT_LABELS).sort()).toEqual([...INVOLVEMENT_LEVELS].sort());
    expect(Object.keys(STATUS_LABELS).sort()).toEqual([...PARTNERSHIP_STATUSES].sort());
    expect(Object.keys(MATRIX_COLUMN_LABELS)).toHaveLength(2);
    expect(VOLUNTEER_TYPE_LABELS.humanitaer).toBe('Humanitær forening');
    expect(INVOLVEMENT_LABELS.hoej).toBe('Høj');
    expect(STATUS_LABELS.paa_pause).toBe('På pause');
  });

  it('names each quadrant and says what to expect there', () => {
    for (const q of QUADRANTS) {
      expect(QUADRANT_LABELS[q]).toMatch(/involvering$/);
      expect(QUADRANT_GUIDANCE[q].length).toBeGreaterThanOrEqual(3);
    }
    expect(QUADRANT_GUIDANCE[3].join(' ')).toContain('Røde Kors');
  });
});
