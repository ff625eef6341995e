import { ApiFailure, type Organisation, type OrganisationFields } from '../../shared/api';
import type { Repositories } from '../db/repositories';
import type { Ports } from './ports';

export function createOrganisationService(repos: Repositories, ports: Ports) {
  function mustGet(id: number): Organisation {
    const found = repos.organisations.get(id);
    if (!found) throw new ApiFailure('not_found', 'Organisationen findes ikke længere.');
    return found;
  }

  return {
    list: (): Organisation[] => repos.organisations.list(),
    get: mustGet,
    update(id: number, fields: OrganisationFields): Organisation {
      return repos.transaction(() => {
        const before = mustGet(id);
        const sameName = repos.organisations.findByName(fields.name);
        if (sameName !== undefined && sameName !== id) {
          throw new ApiFailure('conflict', `Der findes allerede en organisation ved navn «${fields.name}».`, [
            { path: 'name', message: 'Navnet bruges allerede af en anden organisation.' },
          ]);
        }
        const now = ports.now().toISOString();
        repos.organisations.update(id, fields, now);
        const after = mustGet(id);
        for (const field of Object.keys(fields) as (keyof OrganisationFields)[]) {
          if (String(before[field]) === String(after[field])) continue;
          repos.auditLog.append({
            at: now,
            actor: ports.actor,
            entity: 'organisation',
            entityId: id,
            action: 'update',
            field,
            oldValue: String(before[field]),
            newValue: String(after[field]),
          });
        }
        return after;
      });
    },
  };
}
