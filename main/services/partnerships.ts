import { ApiFailure, type Partnership, type PartnershipFields } from '../../shared/api';
import type { PartnershipRecord, Repositories } from '../db/repositories';
import type { Ports } from './ports';

const AUDITED_FIELDS = [
  'title',
  'partner',
  'volunteerType',
  'involvement',
  'unitId',
  'status',
  'startDate',
  'endDate',
  'notes',
] as const satisfies readonly (keyof Partnership)[];

function auditText(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

export function createPartnershipService(repos: Repositories, ports: Ports) {
  const stamp = () => ports.now().toISOString();

  function mustGet(id: number): Partnership {
    const found = repos.partnerships.get(id);
    if (!found)
      throw new ApiFailure(
        'not_found',
        'Samarbejdet findes ikke længere. Det kan være slettet i et andet vindue.',
      );
    return found;
  }

  function toRecord(fields: PartnershipFields, now: string): PartnershipRecord {
    if (fields.unitId !== null && !repos.units.exists(fields.unitId)) {
      throw new ApiFailure('validation', 'Enheden findes ikke.', [
        { path: 'unitId', message: 'Enheden findes ikke længere. Vælg en anden enhed.' },
      ]);
    }
    const { partner, ...rest } = fields;
    return { ...rest, organisationId: repos.organisations.findOrCreate(partner, now) };
  }

  return {
    list: (): Partnership[] => repos.partnerships.list(),
    get: mustGet,

    create(fields: PartnershipFields): Partnership {
      return repos.transaction(() => {
        const now = stamp();
        const id = repos.partnerships.insert(toRecord(fields, now), now);
        repos.auditLog.append({
          at: now,
          actor: ports.actor,
          entity: 'partnership',
          entityId: id,
          action: 'create',
        });
        return mustGet(id);
      });
    },

    update(id: number, fields: PartnershipFields): Partnership {
      return repos.transaction(() => {
        const before = mustGet(id);
        const now = stamp();
        repos.partnerships.update(id, toRecord(fields, now), now);
        const after = mustGet(id);
        for (const field of AUDITED_FIELDS) {
          if (before[field] === after[field]) continue;
          repos.auditLog.append({
            at: now,
            actor: ports.actor,
            entity: 'partnership',
            entityId: id,
            action: 'update',
            field,
            oldValue: auditText(before[field]),
            newValue: auditText(after[field]),
          });
        }
        if (before.partnerId !== after.partnerId) repos.organisations.deleteIfUnused(before.partnerId);
        return after;
      });
    },

    delete(id: number): { id: number } {
      return repos.transaction(() => {
        const before = mustGet(id);
        repos.partnerships.delete(id);
        repos.organisations.deleteIfUnused(before.partnerId);
        repos.auditLog.append({
          at: stamp(),
          actor: ports.actor,
          entity: 'partnership',
          entityId: id,
          action: 'delete',
          oldValue: before.title,
        });
        return { id };
      });
    },
  };
}
export type PartnershipService = ReturnType<typeof createPartnershipService>;
