import { parseIsoDate } from './format';
import type { AgreementKind, Involvement, PartnershipStatus } from './values';

/** Compliance flags; the codes are part of the CLI's JSON and stay stable. */
export const FLAG_CODES = [
  'boerneattest_mangler',
  'fornyelse_snart',
  'udloebet_men_aktiv',
  'hoej_uden_aftale',
] as const;
export type FlagCode = (typeof FLAG_CODES)[number];

export const FLAG_LABELS: Record<FlagCode, string> = {
  boerneattest_mangler: 'Børneattest mangler',
  fornyelse_snart: 'Udløber eller skal fornyes snart',
  udloebet_men_aktiv: 'Udløbet, men stadig aktiv',
  hoej_uden_aftale: 'Høj involvering uden skriftlig aftale',
};

export const FLAG_ADVICE: Record<FlagCode, string> = {
  boerneattest_mangler:
    'Frivillige med fast tilknytning til børn under 15 skal have en børneattest, før de starter. Registrér datoen, når attesten er indhentet.',
  fornyelse_snart: 'Aftal med partneren, om samarbejdet skal fortsætte, og forny aftalen i tide.',
  udloebet_men_aktiv: 'Slutdatoen er passeret. Forlæng samarbejdet, eller sæt status til afsluttet.',
  hoej_uden_aftale:
    'Et samarbejde med høj kommunal involvering bør have en skriftlig samarbejds- eller partnerskabsaftale.',
};

export const DEFAULT_RENEWAL_WINDOW_DAYS = 90;

export interface FlagInput {
  involvement: Involvement;
  status: PartnershipStatus;
  agreementKind: AgreementKind;
  endDate: string | null;
  renewalDate: string | null;
  childrenUnder15: boolean;
  fixedAttachment: boolean;
  childCertificateDate: string | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `iso` moved `days` days, as an ISO date. */
function addDays(iso: string, days: number): string | null {
  const date = parseIsoDate(iso);
  if (!date) return null;
  return new Date(Date.UTC(date.year, date.month - 1, date.day + days)).toISOString().slice(0, 10);
}

// The register computes flags for every row on the same day with the same window: remember the horizon.
let lastHorizon = { today: '', days: Number.NaN, horizon: null as string | null };

function horizonOf(today: string, days: number): string | null {
  if (lastHorizon.today !== today || lastHorizon.days !== days)
    lastHorizon = { today, days, horizon: addDays(today, days) };
  return lastHorizon.horizon;
}

/**
 * The flags a partnership raises on `today` (ISO date). Børneattest (Børneattestloven): needed for
 * volunteers with fixed attachment to children under 15, so only then is a missing one a problem.
 */
export function computeFlags(
  p: FlagInput,
  today: string,
  renewalWindowDays = DEFAULT_RENEWAL_WINDOW_DAYS,
): FlagCode[] {
  const flags: FlagCode[] = [];
  const running = p.status !== 'afsluttet';
  if (running && p.childrenUnder15 && p.fixedAttachment && !p.childCertificateDate)
    flags.push('boerneattest_mangler');
  // ISO dates compare as text, so no date arithmetic per row.
  const horizon = horizonOf(today, renewalWindowDays);
  const due = (date: string | null) =>
    date !== null && ISO_DATE.test(date) && horizon !== null && date >= today && date <= horizon;
  if (running && (due(p.endDate) || due(p.renewalDate))) flags.push('fornyelse_snart');
  const ended = p.endDate !== null && ISO_DATE.test(p.endDate) && p.endDate < today;
  if (p.status === 'aktiv' && ended) flags.push('udloebet_men_aktiv');
  if (running && p.involvement === 'hoej' && p.agreementKind === 'ingen') flags.push('hoej_uden_aftale');
  return flags;
}
