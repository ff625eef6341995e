/**
 * A plan period as the municipalities write it: one year (`2015`), a span with the end year
 * shortened (`2016-17`) or written in full (`2016-2019`).
 */
const PERIOD = /^(\d{4})(?:-(\d{2}|\d{4}))?$/;

export interface PlanPeriod {
  start: number;
  end: number;
}

export function parsePeriod(text: string): PlanPeriod | null {
  const match = PERIOD.exec(text.trim());
  if (!match) return null;
  const start = Number(match[1]);
  const endText = match[2];
  const end =
    endText === undefined
      ? start
      : endText.length === 2
        ? Math.floor(start / 100) * 100 + Number(endText) + (Number(endText) < start % 100 ? 100 : 0)
        : Number(endText);
  if (start < 1900 || end < start || end - start > 10) return null;
  return { start, end };
}

export const PERIOD_MESSAGE = 'Skriv perioden som et år eller to år, fx 2026 eller 2026-27.';

function formatPeriodYears({ start, end }: PlanPeriod): string {
  if (start === end) return String(start);
  return Math.floor(start / 100) === Math.floor(end / 100)
    ? `${String(start)}-${String(end % 100).padStart(2, '0')}`
    : `${String(start)}-${String(end)}`;
}

/** The usual spelling of a period (`2016-2017` → `2016-17`); text that is no period is left alone. */
export function normalisePeriod(text: string): string {
  const period = parsePeriod(text);
  return period ? formatPeriodYears(period) : text.trim();
}

/**
 * The period a carried-over plan most likely gets. Rødovre's two-year plans overlap by a year
 * (2016-17 → 2017-18), so one- and two-year plans move one year on; longer plans follow on
 * from their end. The consultant can always change it.
 */
export function nextPeriod(text: string): string {
  const period = parsePeriod(text);
  if (!period) return '';
  const length = period.end - period.start;
  const shift = length <= 1 ? 1 : length + 1;
  return formatPeriodYears({ start: period.start + shift, end: period.end + shift });
}

/** The plan's title for a new period: the old title with the period swapped, or a plain one. */
export function titleForPeriod(previousTitle: string, previousPeriod: string, period: string): string {
  return previousPeriod && previousTitle.includes(previousPeriod)
    ? previousTitle.replace(previousPeriod, period)
    : `Handleplan ${period}`;
}
