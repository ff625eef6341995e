import type { PartnershipStatus, VolunteerType } from '../values';

/** How long the register may keep personal data after the cooperation ends (Indstillinger). */
export interface RetentionRule {
  /** Years after the last partnership ends (default 5). */
  yearsAfterEnd: number;
  /** Years after an individual volunteer's term ends (default 10). */
  yearsAfterVolunteerTerm: number;
}

export const DEFAULT_RETENTION_RULE: RetentionRule = { yearsAfterEnd: 5, yearsAfterVolunteerTerm: 10 };

export interface RetentionPartnership {
  status: PartnershipStatus;
  volunteerType: VolunteerType;
  endDate: string | null;
  updatedAt: string;
}

/** `2024-02-29` plus one year is `2025-02-28`: the same day, or the month's last when it has none. */
export function addYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return `${String(y + years).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/**
 * When the partnership ended, or null while it runs. An ended status without an end date ended
 * when it was last changed; an end date in the past ends it whatever the status says.
 */
export function partnershipEnded(p: RetentionPartnership, today: string): string | null {
  if (p.endDate && p.endDate < today) return p.endDate;
  if (p.status === 'afsluttet') return p.updatedAt.slice(0, 10);
  return null;
}

/** A tie that justifies keeping a person: a partnership they are contact for, or a seat in the følgegruppe. */
export interface RetentionTie {
  /** When it ended, or null while it runs. */
  ended: string | null;
  /** An individual volunteer's term is kept longer (10 years by default) than an organisation's cooperation. */
  individualVolunteer: boolean;
}

export function tieRetentionDate(tie: RetentionTie, rule: RetentionRule): string | null {
  if (tie.ended === null) return null;
  return addYears(tie.ended, tie.individualVolunteer ? rule.yearsAfterVolunteerTerm : rule.yearsAfterEnd);
}

export function partnershipTie(p: RetentionPartnership, today: string): RetentionTie {
  return { ended: partnershipEnded(p, today), individualVolunteer: p.volunteerType === 'enkeltperson' };
}

/**
 * A person may be kept while any tie runs; after that, until the latest retention date of their
 * ties. Someone with no tie at all has nothing that justifies keeping them: today.
 */
export function personRetentionDate(
  ties: readonly RetentionTie[],
  rule: RetentionRule,
  today: string,
): string | null {
  if (ties.length === 0) return today;
  let latest = '';
  for (const tie of ties) {
    const date = tieRetentionDate(tie, rule);
    if (date === null) return null;
    if (date > latest) latest = date;
  }
  return latest;
}
