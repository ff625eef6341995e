/** Danish formatting (DOMAIN.md §6). Pure: Intl only, no DOM, no Node. */

/** Danish month names, lower case (DOMAIN.md §6). */
export const MONTH_NAMES = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
] as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD` into its parts, or null when it is not a real calendar date. */
export function parseIsoDate(value: string): { year: number; month: number; day: number } | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    return null;
  }
  return { year, month, day };
}

export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}

/** `2026-03-07` → `7.3.2026`. Anything that is not an ISO date is returned unchanged. */
export function formatDateShort(iso: string): string {
  const date = parseIsoDate(iso);
  return date ? `${date.day}.${date.month}.${date.year}` : iso;
}

/** `2026-03-07` → `7. marts 2026`. */
export function formatDateLong(iso: string): string {
  const date = parseIsoDate(iso);
  return date ? `${date.day}. ${MONTH_NAMES[date.month - 1]} ${date.year}` : iso;
}

const wholeKroner = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 });
const kronerAndOere = new Intl.NumberFormat('da-DK', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** `60000` → `60.000`; `12500.5` → `12.500,50`: øre are written with two digits or not at all. */
export function formatAmount(amount: number): string {
  return (Number.isInteger(amount) ? wholeKroner : kronerAndOere).format(amount);
}

/** `1900000` → `1.900.000 kr.`; `1234.5` → `1.234,50 kr.` */
export function formatMoney(amount: number): string {
  return `${formatAmount(amount)} kr.`;
}

const numberFormat = new Intl.NumberFormat('da-DK');

const DANISH_NUMBER = /^\d{1,3}(\.\d{3})+(,\d+)?$|^\d+(,\d+)?$/;

/** "45.000 kr.", "45000", "12.500,50", "1 200" → the number; null when it is not a Danish number. */
export function parseDanishNumber(text: string): number | null {
  const compact = text.replace(/kr\.?|dkk/gi, '').replace(/[\s\u00a0]/g, '');
  return DANISH_NUMBER.test(compact) ? Number(compact.replace(/\./g, '').replace(',', '.')) : null;
}

/** "12500.50": a point before the last one or two digits is a decimal point, where Danish writes a comma. */
export function hasDecimalPoint(text: string): boolean {
  return /^[^,]*\.\d{1,2}$/.test(text.trim());
}

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** Danish collation: æ, ø, å after z, and "aa" sorts as å. */
export const danishCollator = new Intl.Collator('da', { sensitivity: 'base', numeric: true });

export function compareDanish(a: string, b: string): number {
  return danishCollator.compare(a, b);
}

/** `7.3.2026` (start) – `31.12.2026` (end); open ends are shown as such. */
export function formatPeriod(start: string | null, end: string | null): string {
  if (!start && !end) return '';
  if (!end) return `fra ${formatDateShort(start ?? '')}`;
  if (!start) return `til ${formatDateShort(end)}`;
  return `${formatDateShort(start)} – ${formatDateShort(end)}`;
}

/** The calendar date of `date` in local time, as `YYYY-MM-DD`. */
export function toIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(date.getFullYear())}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The ISO week (weeks start Monday; week 1 holds the year's first Thursday) as `2026-W48`. */
export function isoWeekKey(iso: string): string {
  const parts = parseIsoDate(iso);
  if (!parts) return iso;
  const date = new Date(Date.UTC(parts.year, parts.month - 1, parts.day));
  const weekday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - weekday + 3);
  const weekYear = date.getUTCFullYear();
  const week = 1 + Math.floor((date.getTime() - Date.UTC(weekYear, 0, 1)) / 604_800_000);
  return `${String(weekYear)}-W${String(week).padStart(2, '0')}`;
}
