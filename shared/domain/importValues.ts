/**
 * Parsers for the values a consultant's own spreadsheet holds: Danish words in any case, Danish
 * dates and amounts, ja/nej. Each says in Danish what is wrong and what would be accepted.
 */
import { parseDanishNumber, parseIsoDate } from './format';
import { VOLUNTEER_TYPE_LABELS } from './labels';
import type { Involvement, VolunteerType } from './values';

export type ParsedValue<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): ParsedValue<T> => ({ ok: true, value });
const fail = (message: string): ParsedValue<never> => ({ ok: false, message });

/**
 * Trimmed, inner whitespace collapsed, lower case: how headers and words are compared. Plain
 * `toLowerCase`: Danish has no casing of its own (Æ, Ø and Å lower as everywhere), and the
 * locale-aware variant costs several times more on every cell of an import.
 */
export function normaliseHeader(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Words compared without accents that people type differently (æ/ae, ø/oe, å/aa). */
function fold(text: string): string {
  return normaliseHeader(text).replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa');
}

const VOLUNTEER_WORDS: Record<string, VolunteerType> = {
  folkeoplysende: 'folkeoplysende',
  'folkeoplysende forening': 'folkeoplysende',
  humanitaer: 'humanitaer',
  'humanitaer forening': 'humanitaer',
  faellesskab: 'faellesskab',
  enkeltperson: 'enkeltperson',
};

export function parseVolunteerType(text: string): ParsedValue<VolunteerType | null> {
  if (text.trim() === '') return ok(null);
  const found = VOLUNTEER_WORDS[fold(text)];
  return found
    ? ok(found)
    : fail(
        `Ukendt frivillig type «${text.trim()}». Tilladte værdier: ${Object.values(VOLUNTEER_TYPE_LABELS).join(', ')}.`,
      );
}

/** "Høj", "hoej", "i høj grad", "lav grad af kommunal involvering" ... */
export function parseInvolvement(text: string): ParsedValue<Involvement | null> {
  if (text.trim() === '') return ok(null);
  const words = fold(text)
    .replace(/[^a-z ]/g, ' ')
    .split(/\s+/);
  const levels = (['lav', 'mellem', 'hoej'] as const).filter((level) => words.includes(level));
  if (levels.length === 1) return ok(levels[0]!);
  return fail(`Ukendt involvering «${text.trim()}». Tilladte værdier: Lav, Mellem, Høj (fx «høj grad»).`);
}

const DATE_FORMAT_HINT = 'Skriv datoen som dd.mm.åååå, fx 07.03.2026';

/** An Excel date serial (days since 1899-12-30) as a calendar date. */
function fromExcelSerial(serial: number): Date {
  return new Date(Date.UTC(1899, 11, 30) + Math.round(serial) * 86_400_000);
}

function isoOf(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** dd.mm.åååå, d.m.åååå, dd-mm-åååå, dd/mm/åååå, åååå-mm-dd, a date cell or an Excel serial. */
export function parseDate(value: string | number | Date): ParsedValue<string | null> {
  if (value instanceof Date || typeof value === 'number') {
    const date = value instanceof Date ? value : fromExcelSerial(value);
    if (Number.isNaN(date.getTime())) return fail(`Datoen kan ikke læses. ${DATE_FORMAT_HINT}.`);
    return ok(isoOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()));
  }
  const text = value.trim();
  if (text === '') return ok(null);
  const danish = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const parts = danish
    ? { day: Number(danish[1]), month: Number(danish[2]), year: Number(danish[3]) }
    : iso
      ? { day: Number(iso[3]), month: Number(iso[2]), year: Number(iso[1]) }
      : null;
  if (!parts) return fail(`Datoen «${text}» kan ikke læses. ${DATE_FORMAT_HINT}.`);
  const candidate = isoOf(parts.year, parts.month, parts.day);
  return parseIsoDate(candidate) ? ok(candidate) : fail(`Datoen ${text} findes ikke.`);
}

/** "45.000 kr.", "45000", "45.000,50", "kr. 1.200", "1 200" → kroner. */
export function parseAmount(value: string | number): ParsedValue<number | null> {
  if (typeof value === 'number') {
    return Number.isFinite(value) && value >= 0 ? ok(value) : fail('Beløbet skal være et positivt tal.');
  }
  const text = value.trim();
  if (text === '') return ok(null);
  const amount = parseDanishNumber(text);
  if (amount === null) {
    return fail(`Beløbet «${text}» kan ikke læses. Skriv det som et tal, fx 45.000 eller 45.000,50.`);
  }
  return ok(amount);
}

const YES = new Set(['ja', 'j', 'x', 'yes', 'y', 'true', 'sand', '1']);
const NO = new Set(['nej', 'n', 'no', 'false', 'falsk', '0', '-']);

export function parseYesNo(text: string): ParsedValue<boolean | null> {
  const word = normaliseHeader(text);
  if (word === '') return ok(null);
  if (YES.has(word)) return ok(true);
  if (NO.has(word)) return ok(false);
  return fail(`«${text.trim()}» skal være ja eller nej.`);
}
