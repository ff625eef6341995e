import type { Person } from '../../../shared/api';
import {
  partnershipTie,
  personRetentionDate,
  recordLabel,
  type RetentionRule,
  type RetentionTie,
} from '../../../shared/domain';
import type { Repositories } from '../../db/repositories';
import type { PartnershipLink, PersonRow } from '../../db/repositories/persons';

/** A følgegruppe seat (a referencing row with a term) runs until its term ends. */
function membershipTie(row: Record<string, unknown>, today: string): RetentionTie {
  const termEnd = typeof row.term_end === 'string' ? row.term_end : null;
  return { ended: termEnd !== null && termEnd < today ? termEnd : null, individualVolunteer: false };
}

/** Builds the persons as the API shows them: their partnerships, other roles and retention. */
export function createPersonView(repos: Repositories, rule: () => RetentionRule, today: () => string) {
  function toPerson(
    row: PersonRow,
    links: readonly PartnershipLink[],
    day: string,
    retention: RetentionRule,
  ): Person {
    const references = repos.persons.referencesTo(row.id).filter((r) => r.table !== 'partnerships');
    const ties = [
      ...links.map((l) => partnershipTie(l, day)),
      ...references.filter((r) => 'term_end' in r.row).map((r) => membershipTie(r.row, day)),
    ];
    const defaultRetentionDate = personRetentionDate(ties, retention, day);
    const keepUntil = row.retentionDate ?? defaultRetentionDate;
    return {
      id: row.id,
      name: row.name,
      email: row.email,
      phone: row.phone,
      side: row.side,
      organisation: row.organisation,
      partnerships: links.map((l) => ({
        partnershipId: l.partnershipId,
        title: l.title,
        partner: l.partner,
        role: l.role,
        status: l.status,
      })),
      otherRoles: [...new Set(references.map((r) => recordLabel(r.table)))],
      legalBasis: row.legalBasis,
      consentDate: row.consentDate,
      informed: row.informed,
      informedDate: row.informedDate,
      retentionDate: row.retentionDate,
      defaultRetentionDate,
      keepUntil,
      due: keepUntil !== null && keepUntil <= day,
    };
  }

  return {
    all(): Person[] {
      const byPerson = new Map<number, PartnershipLink[]>();
      for (const link of repos.persons.partnershipLinks()) {
        byPerson.set(link.personId, [...(byPerson.get(link.personId) ?? []), link]);
      }
      const day = today();
      const retention = rule();
      return repos.persons.list().map((row) => toPerson(row, byPerson.get(row.id) ?? [], day, retention));
    },
    one(id: number): Person | undefined {
      const row = repos.persons.get(id);
      return row && toPerson(row, repos.persons.partnershipLinksOf(id), today(), rule());
    },
  };
}
export type PersonView = ReturnType<typeof createPersonView>;
