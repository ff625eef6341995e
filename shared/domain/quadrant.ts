import type { Involvement, VolunteerType } from './values';

/** The two columns of the Furesø matrix. */
export type MatrixColumn = 'foreninger' | 'faellesskaber';
/** Upper row: the municipality has dedicated staff (mellem or høj); lower row: it does not. */
export type MatrixRow = 'oevre' | 'nedre';
export type Quadrant = 1 | 2 | 3 | 4;

export const QUADRANTS: readonly Quadrant[] = [1, 2, 3, 4];

export function matrixColumnOf(type: VolunteerType): MatrixColumn {
  switch (type) {
    case 'folkeoplysende':
    case 'humanitaer':
      return 'foreninger';
    case 'faellesskab':
    case 'enkeltperson':
      return 'faellesskaber';
  }
}

/**
 * Product rule (DOMAIN.md §1): mellem belongs to the upper row together with høj, because
 * both mean the municipality has dedicated contact persons; only lav sits in the lower row.
 */
export function matrixRowOf(involvement: Involvement): MatrixRow {
  return involvement === 'lav' ? 'nedre' : 'oevre';
}

export function quadrantOf(type: VolunteerType, involvement: Involvement): Quadrant {
  const column = matrixColumnOf(type);
  if (matrixRowOf(involvement) === 'oevre') return column === 'foreninger' ? 1 : 2;
  return column === 'foreninger' ? 3 : 4;
}
