import type { RetentionDue } from '../../../shared/api';
import { partnershipEnded, partnershipTie, tieRetentionDate, toIsoDate } from '../../../shared/domain';
import type { PartnershipService } from '../partnerships';
import type { Ports } from '../ports';
import type { SettingsService } from '../settings';
import { retentionRuleOf, type PersonService } from './personService';

/** "Til sletning": persons and ended partnerships past their retention date, and removing them. */
export function createRetentionService(
  ports: Ports,
  settings: SettingsService,
  partnerships: PartnershipService,
  persons: PersonService,
) {
  return {
    due(): RetentionDue {
      const today = toIsoDate(ports.now());
      const rule = retentionRuleOf(settings);
      return {
        persons: persons.list().filter((p) => p.due),
        partnerships: partnerships.list().flatMap((p) => {
          const keepUntil = tieRetentionDate(partnershipTie(p, today), rule);
          return keepUntil !== null && keepUntil <= today
            ? [
                {
                  id: p.id,
                  title: p.title,
                  partner: p.partner,
                  endedOn: partnershipEnded(p, today)!,
                  keepUntil,
                },
              ]
            : [];
        }),
      };
    },

    /** Anonymises the chosen persons and deletes the chosen partnerships, all or nothing, then purges the file. */
    apply(personIds: readonly number[], partnershipIds: readonly number[], reason: string) {
      const due = this.due();
      const duePersons = new Set(due.persons.map((p) => p.id));
      const duePartnerships = new Set(due.partnerships.map((p) => p.id));
      persons.erasure.erase(
        {
          personIds: personIds.filter((id) => duePersons.has(id)),
          partnershipIds: partnershipIds.filter((id) => duePartnerships.has(id)),
          reason: `Opbevaringsfristen er udløbet. ${reason}`,
        },
        partnerships.delete,
      );
      return {
        persons: personIds.filter((id) => duePersons.has(id)).length,
        partnerships: partnershipIds.filter((id) => duePartnerships.has(id)).length,
      };
    },
  };
}
export type RetentionService = ReturnType<typeof createRetentionService>;
