import { ApiFailure } from '../../../shared/api';
import {
  ANONYMISED,
  anonymiseStored,
  anonymiseText,
  mentionPattern,
  type PersonTerms,
} from '../../../shared/domain';
import type { Repositories } from '../../db/repositories';
import type { Ports } from '../ports';

function contactIn(value: string | null): PersonTerms | null {
  if (!value?.startsWith('{')) return null;
  try {
    const parsed = JSON.parse(value) as Partial<PersonTerms>;
    return typeof parsed.name === 'string'
      ? { name: parsed.name, email: String(parsed.email ?? ''), phone: String(parsed.phone ?? '') }
      : null;
  } catch {
    return null;
  }
}

/**
 * The person's name, e-mail and phone as they are now, as they were in records merged into them
 * (kept in the merge entries), and as earlier versions of their contact details were logged on
 * partnerships (an old phone number is as personal as the new one).
 */
export function personTerms(repos: Repositories, id: number): PersonTerms[] {
  const person = repos.persons.get(id);
  const merged = repos.auditTrail
    .query({ entity: 'person', entityIds: repos.auditTrail.personIds(id) })
    .filter((e) => e.action === 'merge')
    .flatMap((e) => contactIn(e.oldValue) ?? []);
  const known = [...(person ? [person] : []), ...merged];
  const names = new Set(known.map((t) => t.name.trim().toLocaleLowerCase('da')));
  const earlier = repos.auditTrail
    .query({ entity: 'partnership' })
    .filter((e) => e.field === 'partnerContact' || e.field === 'municipalContact')
    .flatMap((e) => [contactIn(e.oldValue), contactIn(e.newValue)])
    .filter((t): t is PersonTerms => t !== null && names.has(t.name.trim().toLocaleLowerCase('da')));
  return [...known, ...earlier];
}

/**
 * Erasure that really erases (GDPR art. 17): the person row keeps its place (minutes and
 * partnerships keep their structure) as "[anonymiseret]"; every text that names them is rewritten;
 * the audit log keeps who erased, when and why, but not the erased values; the search index is
 * rebuilt; and the old bytes are then purged from the file and its WAL.
 */
export function createErasure(repos: Repositories, ports: Ports) {
  function erasePerson(id: number, reason: string, now: string): void {
    if (!repos.persons.get(id)) throw new ApiFailure('not_found', 'Personen findes ikke længere.');
    const ids = new Set(repos.auditTrail.personIds(id));
    const pattern = mentionPattern(personTerms(repos, id));
    const scrub = (text: string | null) => (text === null ? null : anonymiseText(text, pattern));
    repos.personalData.rewriteTexts((text) => anonymiseStored(text, pattern));
    repos.persons.anonymise(id, now);
    repos.auditTrail.redact((entry) =>
      entry.entity === 'person' && ids.has(entry.entityId)
        ? { oldValue: null, newValue: null, reason: scrub(entry.reason) }
        : { oldValue: scrub(entry.oldValue), newValue: scrub(entry.newValue), reason: scrub(entry.reason) },
    );
    repos.auditLog.append({
      at: now,
      actor: ports.actor,
      entity: 'person',
      entityId: id,
      action: 'erase',
      newValue: ANONYMISED,
      reason: scrub(reason),
    });
  }

  /** Removes ended partnerships and blanks their logged values (one pass over the log for all of them). */
  function erasePartnerships(
    ids: readonly number[],
    reason: string,
    now: string,
    remove: (id: number) => void,
  ): void {
    const erased = new Set(ids);
    for (const id of ids) remove(id);
    repos.auditTrail.redact((entry) =>
      entry.entity === 'partnership' && erased.has(entry.entityId)
        ? { oldValue: null, newValue: null, reason: entry.reason }
        : entry,
    );
    for (const id of ids) {
      repos.auditLog.append({
        at: now,
        actor: ports.actor,
        entity: 'partnership',
        entityId: id,
        action: 'erase',
        reason,
      });
    }
  }

  return {
    /**
     * Persons first (a deleted partnership may take an unused contact row with it), then
     * partnerships, then the search index, all in one transaction; then the file is purged.
     */
    erase(
      targets: { personIds: readonly number[]; partnershipIds: readonly number[]; reason: string },
      removePartnership: (id: number) => void,
    ): void {
      if (targets.personIds.length + targets.partnershipIds.length === 0) return;
      repos.transaction(() => {
        const now = ports.now().toISOString();
        for (const id of targets.personIds) erasePerson(id, targets.reason, now);
        erasePartnerships(targets.partnershipIds, targets.reason, now, removePartnership);
        repos.partnerships.rebuildSearchIndex();
      });
      repos.personalData.purgeFreedSpace();
    },
  };
}
export type Erasure = ReturnType<typeof createErasure>;
