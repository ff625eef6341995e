import type { Partnership } from '../../../../shared/api';
import {
  INVOLVEMENT_LEVELS,
  PARTNERSHIP_STATUSES,
  VOLUNTEER_TYPES,
  compareDanish,
  type Involvement,
} from '../../../../shared/domain';

export type SortKey =
  'title' | 'partner' | 'volunteerType' | 'involvement' | 'quadrant' | 'unit' | 'status' | 'period' | 'flags';

export interface ColumnDefinition {
  key: SortKey;
  label: string;
  /** CSS grid track for the column. */
  width: string;
  compare(a: Partnership, b: Partnership): number;
}

const byOrder =
  <T extends string>(order: readonly T[], pick: (p: Partnership) => T) =>
  (a: Partnership, b: Partnership) =>
    order.indexOf(pick(a)) - order.indexOf(pick(b));

/** Empty values sort last whichever way text sorts, as in Excel. */
function compareOptional(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null || a === '') return 1;
  if (b === null || b === '') return -1;
  return compareDanish(a, b);
}

// Involvement reads naturally from high to low in the register.
const INVOLVEMENT_ORDER: readonly Involvement[] = [...INVOLVEMENT_LEVELS].reverse();

export const COLUMNS: readonly ColumnDefinition[] = [
  {
    key: 'title',
    label: 'Titel',
    width: 'minmax(150px, 2fr)',
    compare: (a, b) => compareDanish(a.title, b.title),
  },
  {
    key: 'partner',
    label: 'Partner',
    width: 'minmax(96px, 1.3fr)',
    compare: (a, b) => compareDanish(a.partner, b.partner),
  },
  {
    key: 'volunteerType',
    label: 'Frivillig type',
    width: 'minmax(100px, 1fr)',
    compare: byOrder(VOLUNTEER_TYPES, (p) => p.volunteerType),
  },
  {
    key: 'involvement',
    label: 'Involvering',
    // Room for the heading and its sort arrow (an e2e test checks no heading is cut).
    width: '112px',
    compare: byOrder(INVOLVEMENT_ORDER, (p) => p.involvement),
  },
  { key: 'quadrant', label: 'Kvadrant', width: '92px', compare: (a, b) => a.quadrant - b.quadrant },
  {
    key: 'unit',
    label: 'Enhed',
    width: 'minmax(90px, 1fr)',
    compare: (a, b) => compareOptional(a.unitName, b.unitName),
  },
  { key: 'status', label: 'Status', width: '80px', compare: byOrder(PARTNERSHIP_STATUSES, (p) => p.status) },
  {
    key: 'period',
    label: 'Periode',
    width: '150px',
    compare: (a, b) => compareOptional(a.startDate, b.startDate),
  },
  { key: 'flags', label: 'Advarsler', width: '100px', compare: (a, b) => b.flags.length - a.flags.length },
];

export const ACTIONS_WIDTH = '62px';
const TRACKS = [...COLUMNS.map((c) => c.width), ACTIONS_WIDTH];
export const GRID_TEMPLATE = TRACKS.join(' ');
/** The tracks' widths added up at their narrowest: a fixed width, or a `minmax`'s minimum. */
export const TRACKS_MIN_WIDTH = TRACKS.reduce((sum, track) => sum + Number(/(\d+)px/.exec(track)![1]), 0);

export type SortDirection = 'ascending' | 'descending';

/** Sorts by the chosen column, then by title so equal rows keep a stable, readable order. */
export function sortPartnerships(
  rows: readonly Partnership[],
  key: SortKey,
  direction: SortDirection,
): Partnership[] {
  const column = COLUMNS.find((c) => c.key === key)!;
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => sign * column.compare(a, b) || compareDanish(a.title, b.title));
}
