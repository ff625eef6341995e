import { ApiFailure, type Person, type PersonProtectionFields, type TransferFile } from '../../../shared/api';
import { toIsoDate, type RetentionRule } from '../../../shared/domain';
import { safeFileNamePart } from '../../../shared/domain/fileName';
import type { Repositories } from '../../db/repositories';
import { personExportBytes } from '../../documents/personExportDocument';
import { letterheadOf } from '../letterheadOf';
import type { PartnershipService } from '../partnerships';
import type { Ports } from '../ports';
import type { SettingsService } from '../settings';
import { buildAccessReport } from './accessReport';
import { createErasure } from './erasure';
import { createPersonView } from './personView';

const logged = (value: unknown): string | null => (value === null ? null : String(value));

export function retentionRuleOf(settings: SettingsService): RetentionRule {
  const { retentionYearsAfterEnd, retentionYearsAfterVolunteerTerm } = settings.get();
  return { yearsAfterEnd: retentionYearsAfterEnd, yearsAfterVolunteerTerm: retentionYearsAfterVolunteerTerm };
}

/** Persons and their rights: legal basis and information, access, erasure, merging duplicates. */
export function createPersonService(
  repos: Repositories,
  ports: Ports,
  settings: SettingsService,
  partnerships: PartnershipService,
) {
  const view = createPersonView(
    repos,
    () => retentionRuleOf(settings),
    () => toIsoDate(ports.now()),
  );
  const erasure = createErasure(repos, ports);
  const stamp = () => ports.now().toISOString();

  function mustGet(id: number): Person {
    const found = view.one(id);
    if (!found)
      throw new ApiFailure(
        'not_found',
        'Personen findes ikke længere. Den kan være slettet eller lagt sammen med en anden.',
      );
    return found;
  }

  function log(
    id: number,
    action: 'view' | 'export' | 'merge' | 'update',
    extra: {
      field?: string;
      oldValue?: string | null;
      newValue?: string | null;
      reason?: string | null;
    } = {},
  ) {
    repos.auditLog.append({
      at: stamp(),
      actor: ports.actor,
      entity: 'person',
      entityId: id,
      action,
      ...extra,
    });
  }

  return {
    list: (): Person[] => view.all(),

    /** Looking at a person's details is logged: the access export shows who did. */
    get(id: number): Person {
      const person = mustGet(id);
      log(id, 'view');
      return person;
    },

    update(id: number, fields: PersonProtectionFields): Person {
      return repos.transaction(() => {
        const before = mustGet(id);
        repos.persons.updateProtection(id, fields, stamp());
        for (const key of Object.keys(fields) as (keyof PersonProtectionFields)[]) {
          if (String(before[key]) === String(fields[key])) continue;
          log(id, 'update', { field: key, oldValue: logged(before[key]), newValue: logged(fields[key]) });
        }
        return mustGet(id);
      });
    },

    /**
     * Two records of the same person become one: every link moves to the kept record, blanks are
     * filled from the other, and the log records the merge (with the removed record's details, so
     * a later access export or erasure also finds what was written under the other spelling).
     */
    merge(keepId: number, removeId: number): Person {
      return repos.transaction(() => {
        mustGet(keepId);
        const removed = mustGet(removeId);
        repos.persons.merge(keepId, removeId, stamp());
        log(keepId, 'merge', {
          field: 'mergedFrom',
          oldValue: JSON.stringify({ name: removed.name, email: removed.email, phone: removed.phone }),
          newValue: String(removeId),
        });
        repos.partnerships.rebuildSearchIndex();
        return mustGet(keepId);
      });
    },

    /** The answer to a request for access: the same content as JSON and as a Word document. */
    async export(id: number): Promise<{ json: TransferFile; word: TransferFile }> {
      const person = mustGet(id);
      log(id, 'export');
      const report = buildAccessReport(repos, person, stamp(), settings.get().accessExportShowsUsers);
      const base = `Indsigt - ${safeFileNamePart(person.name)} - ${toIsoDate(ports.now())}`;
      const word = await personExportBytes(report, letterheadOf(settings.get(), ports));
      return {
        json: {
          fileName: `${base}.json`,
          contentBase64: Buffer.from(JSON.stringify(report, null, 2)).toString('base64'),
        },
        word: { fileName: `${base}.docx`, contentBase64: Buffer.from(word).toString('base64') },
      };
    },

    erase(id: number, reason: string): { id: number } {
      mustGet(id);
      erasure.erase({ personIds: [id], partnershipIds: [], reason }, partnerships.delete);
      return { id };
    },

    erasure,
    view,
  };
}
export type PersonService = ReturnType<typeof createPersonService>;
