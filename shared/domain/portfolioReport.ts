import { compareDanish, formatDateLong, formatPeriod } from './format';
import { FLAG_CODES, FLAG_LABELS, type FlagCode } from './flags';
import {
  AGREEMENT_KIND_LABELS,
  INVOLVEMENT_LABELS,
  QUADRANT_GUIDANCE,
  QUADRANT_LABELS,
  STATUS_LABELS,
  VOLUNTEER_TYPE_LABELS,
} from './labels';
import { QUADRANTS, quadrantOf, type Quadrant } from './quadrant';
import type { AgreementKind, Involvement, PartnershipStatus, VolunteerType } from './values';

export interface ReportPartnership {
  title: string;
  partner: string;
  volunteerType: VolunteerType;
  involvement: Involvement;
  agreementKind: AgreementKind;
  status: PartnershipStatus;
  unitName: string | null;
  startDate: string | null;
  endDate: string | null;
  flags: readonly FlagCode[];
}

export const REPORT_COLUMNS = [
  'Titel',
  'Partner',
  'Frivillig type',
  'Involvering',
  'Kvadrant',
  'Aftale',
  'Periode',
] as const;

export interface PortfolioReport {
  title: string;
  date: string;
  summary: string[];
  /** Bilag 1: one table per unit (partnerships without a unit last). */
  units: { unit: string; rows: string[][] }[];
  /** Bilag 2: counts in the Furesø matrix and what each quadrant implies. */
  matrix: { quadrant: Quadrant; label: string; count: number; guidance: readonly string[] }[];
}

/**
 * "Oversigt over samarbejder med foreninger og frivillige" (Furesø's Bilag 1 and 2), from the
 * partnerships chosen for it. Ended partnerships are left out unless asked for.
 */
export function portfolioReport(
  all: readonly ReportPartnership[],
  today: string,
  includeEnded = false,
): PortfolioReport {
  const rows = all.filter((p) => includeEnded || p.status !== 'afsluttet');
  const byUnit = new Map<string, ReportPartnership[]>();
  for (const p of rows) byUnit.set(p.unitName ?? '', [...(byUnit.get(p.unitName ?? '') ?? []), p]);
  const units = [...byUnit.keys()]
    .sort((a, b) => (a === '' ? 1 : b === '' ? -1 : compareDanish(a, b)))
    .map((unit) => ({
      unit: unit || 'Uden enhed',
      rows: byUnit
        .get(unit)!
        .sort((a, b) => compareDanish(a.title, b.title))
        .map((p) => [
          p.title,
          p.partner,
          VOLUNTEER_TYPE_LABELS[p.volunteerType],
          INVOLVEMENT_LABELS[p.involvement],
          String(quadrantOf(p.volunteerType, p.involvement)),
          AGREEMENT_KIND_LABELS[p.agreementKind],
          formatPeriod(p.startDate, p.endDate) || '–',
        ]),
    }));
  const matrix = QUADRANTS.map((q) => ({
    quadrant: q,
    label: QUADRANT_LABELS[q],
    count: rows.filter((p) => quadrantOf(p.volunteerType, p.involvement) === q).length,
    guidance: QUADRANT_GUIDANCE[q],
  }));
  const active = rows.filter((p) => p.status === 'aktiv').length;
  const flagLines = FLAG_CODES.map((f) => [f, rows.filter((p) => p.flags.includes(f)).length] as const)
    .filter(([, n]) => n > 0)
    .map(([f, n]) => `${FLAG_LABELS[f]}: ${String(n)}`);
  const statusLine = (Object.keys(STATUS_LABELS) as PartnershipStatus[])
    .map((s) => [s, rows.filter((p) => p.status === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${STATUS_LABELS[s].toLowerCase()} ${String(n)}`)
    .join(', ');
  return {
    title: 'Oversigt over samarbejder med foreninger og frivillige',
    date: formatDateLong(today),
    summary: [
      `Oversigten omfatter ${String(rows.length)} samarbejder${includeEnded ? '' : ' (afsluttede er ikke medtaget)'}, heraf ${String(active)} aktive. Fordelt på status: ${statusLine || 'ingen'}.`,
      `Fordelt på matrixens kvadranter: ${matrix.map((m) => `kvadrant ${String(m.quadrant)}: ${String(m.count)}`).join(', ')}.`,
      flagLines.length > 0
        ? `Kræver opmærksomhed: ${flagLines.join('; ')}.`
        : 'Ingen samarbejder kræver særlig opmærksomhed.',
    ],
    units,
    matrix,
  };
}
