import type { Person } from '../../../../shared/api';
import { LEGAL_BASIS_SHORT, RECORD_LABELS, formatDateShort } from '../../../../shared/domain';

/** How the lists describe a person's protection status, in one place. */
export const legalBasisText = (p: Person) =>
  p.legalBasis ? LEGAL_BASIS_SHORT[p.legalBasis] : 'Ikke angivet';

export const informedText = (p: Person) =>
  p.informed ? `Ja${p.informedDate ? `, ${formatDateShort(p.informedDate)}` : ''}` : 'Nej';

export const keepUntilText = (p: Person) =>
  p.keepUntil ? formatDateShort(p.keepUntil) : 'Mens tilknytningen varer';

/** Where the person belongs: organisation, partnerships and a seat in the følgegruppe (the panel shows the rest). */
export const roleText = (p: Person) =>
  [
    p.organisation ?? (p.side === 'kommune' ? 'Kommunen' : ''),
    ...p.partnerships.map((l) => l.title),
    ...p.otherRoles.filter((role) => role === RECORD_LABELS.followup_members),
  ]
    .filter(Boolean)
    .join(' · ');
