import { parseIsoDate } from '../format';

const pad = (n: number) => String(n).padStart(2, '0');

function fromUtc(date: Date): string {
  return `${String(date.getUTCFullYear())}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** `iso` moved by `days` (negative for earlier); calendar arithmetic, no time zones. */
export function addDays(iso: string, days: number): string {
  const d = parseIsoDate(iso);
  if (!d) return iso;
  return fromUtc(new Date(Date.UTC(d.year, d.month - 1, d.day + days)));
}

/** The `nth` Thursday (1-based) of `month` (1–12) in `year`. */
export function nthThursday(year: number, month: number, nth: number): string {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const toThursday = (4 - first.getUTCDay() + 7) % 7;
  return fromUtc(new Date(Date.UTC(year, month - 1, 1 + toThursday + 7 * (nth - 1))));
}
