import { formatDateLong, formatMoney } from '../format';
import { FUNDING_SOURCE_LABELS, QUADRANT_LABELS } from '../labels';
import type { AgreementSettings, AgreementSource } from './content';

/**
 * The placeholders a municipality's own Word template may use, `{{titel}}` and so on, with what
 * each is filled with. ASCII names, because the consultant types them in Word.
 */
export const TEMPLATE_PLACEHOLDERS = {
  titel: 'samarbejdets titel',
  partner: 'partnerens navn',
  kommune: 'kommunens navn',
  enhed: 'den kommunale enhed',
  formaal: 'formål',
  maalgruppe: 'målgruppe',
  aktiviteter: 'aktiviteter',
  startdato: 'startdato',
  slutdato: 'slutdato',
  beloeb: 'beløb',
  finansiering: 'finansiering',
  kontaktperson: 'partnerens kontaktperson',
  kommunal_kontaktperson: 'kommunal kontaktperson',
  kvadrant: 'kvadrant i matrixen',
  dato: 'dokumentets dato',
} as const;
export type TemplatePlaceholder = keyof typeof TEMPLATE_PLACEHOLDERS;
export const TEMPLATE_PLACEHOLDER_NAMES = Object.keys(TEMPLATE_PLACEHOLDERS) as TemplatePlaceholder[];

export function isTemplatePlaceholder(name: string): name is TemplatePlaceholder {
  return Object.prototype.hasOwnProperty.call(TEMPLATE_PLACEHOLDERS, name);
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The way people misspell a name: case, æøå, spaces and hyphens for underscores. */
function normalise(name: string): string {
  return name
    .trim()
    .toLocaleLowerCase('da')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[\s-]+/g, '_');
}

/** The known placeholder an unknown name most likely meant, or null when none is close. */
export function nearestPlaceholder(name: string): TemplatePlaceholder | null {
  const wanted = normalise(name);
  let best: { name: TemplatePlaceholder; distance: number } | null = null;
  for (const known of TEMPLATE_PLACEHOLDER_NAMES) {
    const distance = editDistance(wanted, known);
    if (!best || distance < best.distance) best = { name: known, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(best.name.length / 3)) ? best.name : null;
}

/** A placeholder as found in a template, judged against the known names. */
export interface TemplatePlaceholderCheck {
  name: string;
  known: boolean;
  /** Word had split it over several text runs (Samspil fills it all the same). */
  split: boolean;
  suggestion: TemplatePlaceholder | null;
}

/** What to tell the consultant about a template before anything is generated. */
export function templateProblems(
  placeholders: readonly TemplatePlaceholderCheck[],
  malformed: readonly string[],
): string[] {
  return [
    ...placeholders
      .filter((p) => !p.known)
      .map((p) =>
        p.suggestion
          ? `{{${p.name}}} kendes ikke. Mente du {{${p.suggestion}}}? Ret det i skabelonen.`
          : `{{${p.name}}} kendes ikke og bliver stående. Brug et af navnene på listen.`,
      ),
    ...malformed.map(
      (text) => `«${text}» ligner en pladsholder, men mangler en klamme. Skriv den som {{navn}}.`,
    ),
    ...(placeholders.length === 0 && malformed.length === 0
      ? ['Skabelonen har ingen pladsholdere, så intet fra registret kommer med. Skriv fx {{titel}}.']
      : []),
  ];
}

/**
 * The text for every placeholder, with the same explicit `[Udfyld: …]` for what the record
 * lacks as the built agreement, and the list of what is missing.
 */
export function templateValues(
  source: AgreementSource,
  settings: Pick<AgreementSettings, 'municipalityName'>,
  today: string,
): Record<TemplatePlaceholder, { text: string; missing: string | null }> {
  const value = (text: string | null | undefined, label: string) =>
    text && text.trim()
      ? { text: text.trim(), missing: null }
      : { text: `[Udfyld: ${label}]`, missing: label };
  const date = (iso: string | null, label: string) => value(iso && formatDateLong(iso), label);
  return {
    titel: value(source.title, 'titel'),
    partner: value(source.partner, 'partner'),
    kommune: value(settings.municipalityName, 'kommunens navn (Indstillinger)'),
    enhed: value(source.unitName, 'kommunal enhed'),
    formaal: value(source.purpose, 'formål'),
    maalgruppe: value(source.targetGroup, 'målgruppe'),
    aktiviteter: value(source.activities, 'aktiviteter (hvad, hvornår og hvor)'),
    startdato: date(source.startDate, 'startdato'),
    slutdato: date(source.endDate, 'slutdato'),
    beloeb: value(source.amount === null ? null : formatMoney(source.amount), 'beløb'),
    finansiering: value(source.fundingSource && FUNDING_SOURCE_LABELS[source.fundingSource], 'finansiering'),
    kontaktperson: value(source.partnerContact?.name, 'partnerens kontaktperson'),
    kommunal_kontaktperson: value(source.municipalContact?.name, 'kommunal kontaktperson'),
    kvadrant: {
      text: `Kvadrant ${String(source.quadrant)}: ${QUADRANT_LABELS[source.quadrant]}`,
      missing: null,
    },
    dato: { text: formatDateLong(today), missing: null },
  };
}
