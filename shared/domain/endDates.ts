import { MONTH_NAMES } from './format';
import type { PartnershipStatus } from './values';

export interface MonthSlot {
  /** `YYYY-MM` */
  key: string;
  /** `mar` */
  short: string;
  /** `marts 2027` */
  long: string;
}

/** This month and the next eleven, for the Overblik timeline and the register's "Udløber" filter. */
export function nextTwelveMonths(today: string): MonthSlot[] {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return Array.from({ length: 12 }, (_, i) => {
    const m = ((month - 1 + i) % 12) + 1;
    const y = year + Math.floor((month - 1 + i) / 12);
    const name = MONTH_NAMES[m - 1]!;
    return {
      key: `${String(y)}-${String(m).padStart(2, '0')}`,
      short: name.slice(0, 3),
      long: `${name} ${String(y)}`,
    };
  });
}

/** Still running and ends in the month `YYYY-MM`: an agreement that runs out then. */
export function endsInMonth(
  p: { status: PartnershipStatus; endDate: string | null },
  month: string,
): boolean {
  return p.status !== 'afsluttet' && p.endDate !== null && p.endDate.startsWith(`${month}-`);
}
