import type { AgendaItemKind, StandingItem } from './values';

export interface StandingTemplate {
  standing: StandingItem;
  title: string;
  kind: AgendaItemKind;
}

/** Items 1 and 2 of every agenda (DOMAIN.md §4). */
export const OPENING_ITEMS: readonly StandingTemplate[] = [
  { standing: 'godkendelse', title: 'Godkendelse af dagsorden', kind: 'B' },
  { standing: 'opfoelgning', title: 'Opfølgning på referat fra sidste møde', kind: 'O' },
];

/** The last two items of every agenda. */
export const CLOSING_ITEMS: readonly StandingTemplate[] = [
  { standing: 'eventuelt', title: 'Eventuelt', kind: 'O' },
  { standing: 'naeste_moede', title: 'Næste møde', kind: 'O' },
];

export const PORTFOLIO_ITEM: StandingTemplate = {
  standing: 'portefoelje',
  title: 'Samarbejderne siden sidste møde',
  kind: 'O',
};

const OPENING = OPENING_ITEMS.map((t) => t.standing);
const CLOSING = CLOSING_ITEMS.map((t) => t.standing);

/** Standing items the consultant may not delete: an agenda without them is not a følgegruppe agenda. */
export function isFixedItem(standing: StandingItem | null): boolean {
  return standing !== null && (OPENING.includes(standing) || CLOSING.includes(standing));
}

/**
 * The order the agenda is shown in: whatever order the consultant chose for the ordinary items
 * (and the portfolio pack), with items 1–2 pinned to the top and Eventuelt and Næste møde to the
 * bottom, so a drag can never push them out of place.
 */
export function pinnedOrder<T extends { standing: StandingItem | null }>(items: readonly T[]): T[] {
  const rank = (item: T) =>
    item.standing && OPENING.includes(item.standing)
      ? OPENING.indexOf(item.standing) - OPENING.length
      : item.standing && CLOSING.includes(item.standing)
        ? 1 + CLOSING.indexOf(item.standing)
        : 0;
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => rank(a.item) - rank(b.item) || a.index - b.index)
    .map(({ item }) => item);
}
