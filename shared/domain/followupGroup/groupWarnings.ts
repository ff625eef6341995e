import { formatDateShort } from '../format';
import { addDays } from './calendar';

/** How long before a term runs out the group view starts to say so: time to prepare the Nytårskur. */
export const TERM_WARNING_DAYS = 60;

export interface WarnedMember {
  id: number;
  name: string;
  segmentId: number | null;
  termEnd: string | null;
}

export interface GroupWarning {
  code: 'segment_uden_medlem' | 'valgperiode_udloebet' | 'valgperiode_udloeber_snart';
  message: string;
  memberId: number | null;
  segmentId: number | null;
}

export function isTermExpired(termEnd: string | null, today: string): boolean {
  return termEnd !== null && termEnd < today;
}

/**
 * The group's composition checked against the kommissorium: every segment represented by a
 * member whose term has not run out, and terms that have run out or soon will.
 */
export function groupWarnings(
  members: readonly WarnedMember[],
  segments: readonly { id: number; name: string }[],
  today: string,
): GroupWarning[] {
  const warnings: GroupWarning[] = [];
  for (const segment of segments) {
    const covered = members.some((m) => m.segmentId === segment.id && !isTermExpired(m.termEnd, today));
    if (!covered)
      warnings.push({
        code: 'segment_uden_medlem',
        message: `Ingen medlemmer repræsenterer ${segment.name.toLocaleLowerCase('da')}. Find et medlem, fx ved næste Nytårskur.`,
        memberId: null,
        segmentId: segment.id,
      });
  }
  const soon = addDays(today, TERM_WARNING_DAYS);
  for (const m of members) {
    if (m.termEnd === null) continue;
    if (isTermExpired(m.termEnd, today))
      warnings.push({
        code: 'valgperiode_udloebet',
        message: `${m.name}s valgperiode udløb ${formatDateShort(m.termEnd)}. Genvælg medlemmet eller find en afløser.`,
        memberId: m.id,
        segmentId: m.segmentId,
      });
    else if (m.termEnd <= soon)
      warnings.push({
        code: 'valgperiode_udloeber_snart',
        message: `${m.name}s valgperiode udløber ${formatDateShort(m.termEnd)}. Forbered valget på Nytårskuren.`,
        memberId: m.id,
        segmentId: m.segmentId,
      });
  }
  return warnings;
}
