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

function daysBetween(fromIso: string, toIso: string): number | null {
  const from = parseIsoDate(fromIso);
  const to = parseIsoDate(toIso);
  if (!from || !to) return null;
  return (
    (Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / 86_400_000
  );
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
  const dueIn = [p.endDate, p.renewalDate]
    .map((date) => (date ? daysBetween(today, date) : null))
    .filter((days): days is number => days !== null && days >= 0 && days <= renewalWindowDays);
  if (running && dueIn.length > 0) flags.push('fornyelse_snart');
  const endedDaysAgo = p.endDate ? daysBetween(p.endDate, today) : null;
  if (p.status === 'aktiv' && endedDaysAgo !== null && endedDaysAgo > 0) flags.push('udloebet_men_aktiv');
  if (running && p.involvement === 'hoej' && p.agreementKind === 'ingen') flags.push('hoej_uden_aftale');
  return flags;
}
