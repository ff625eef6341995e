/**
 * CPR numbers (ddmmyy-ssss or ddmmyyssss) that must never be in the register. A match needs a
 * real calendar date: the first serial digit and the year decide the century (the CPR office's
 * rule), so 29 February counts only in a leap year. Phone numbers (8 digits, or in pairs),
 * amounts with thousands separators and dates written with dots do not match.
 */
const CANDIDATE = /(?<![\d.,/-])(\d{2})(\d{2})(\d{2})(-?)(\d{4})(?![\d]|[.,/-]\d)/g;

function centuryOf(year2: number, firstSerialDigit: number): number {
  if (firstSerialDigit <= 3) return 1900;
  if (firstSerialDigit === 4 || firstSerialDigit === 9) return year2 <= 36 ? 2000 : 1900;
  return year2 <= 57 ? 2000 : 1800;
}

function isRealDate(year: number, month: number, day: number): boolean {
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/** The CPR-shaped numbers in `text`, as written. */
export function findCprNumbers(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const [whole, dd, mm, yy, , serial] = match;
    const year = centuryOf(Number(yy), Number(serial![0])) + Number(yy);
    if (isRealDate(year, Number(mm), Number(dd))) found.push(whole);
  }
  return found;
}

export function looksLikeCpr(text: string): boolean {
  return findCprNumbers(text).length > 0;
}

function holdsCpr(value: unknown): boolean {
  if (typeof value === 'string') return looksLikeCpr(value);
  if (value !== null && typeof value === 'object') return Object.values(value).some(holdsCpr);
  return false;
}

/** The keys of a record's fields (text, or objects of text) that look like they hold a CPR number. */
export function fieldsWithCpr(record: Readonly<Record<string, unknown>>): string[] {
  return Object.entries(record)
    .filter(([, value]) => holdsCpr(value))
    .map(([key]) => key);
}

export const CPR_WARNING =
  'Det ligner et CPR-nummer. Samspil må ikke indeholde CPR-numre: fjern det, medmindre det er noget andet (fx et kontonummer).';
