import {
  ApiFailure,
  fieldsOfPartnership,
  type FieldError,
  type Partnership,
  type PartnershipFields,
  type RegisterPageInput,
} from '../../shared/api';
import {
  AUDITED_PARTNERSHIP_FIELDS,
  computeFlags,
  overrideNeedsReason,
  toIsoDate,
  type Involvement,
  type VolunteerType,
} from '../../shared/domain';
import type { PartnershipRecord, Repositories, StoredPartnership } from '../db/repositories';
import type { Ports } from './ports';
import type { SettingsService } from './settings';

function auditText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

export function createPartnershipService(repos: Repositories, ports: Ports, settings: SettingsService) {
  const stamp = () => ports.now().toISOString();

  /** Flags depend on today's date and the renewal window, so they are computed on every read. */
  function flagged(
    stored: StoredPartnership,
    today = toIsoDate(ports.now()),
    window = settings.renewalWindowDays(),
  ) {
    return { ...stored, flags: computeFlags(stored, today, window) };
  }

  function mustGetStored(id: number): StoredPartnership {
    const found = repos.partnerships.get(id);
    if (!found)
      throw new ApiFailure(
        'not_found',
        'Samarbejdet findes ikke længere. Det kan være slettet i et andet vindue.',
      );
    return found;
  }

  function checkReferences(fields: PartnershipFields): void {
    const problems: FieldError[] = [];
    if (fields.unitId !== null && !repos.lists.exists('units', fields.unitId)) {
      problems.push({ path: 'unitId', message: 'Enheden findes ikke længere. Vælg en anden enhed.' });
    }
    if (fields.welfareAreaId !== null && !repos.lists.exists('welfareAreas', fields.welfareAreaId)) {
      problems.push({
        path: 'welfareAreaId',
        message: 'Velfærdsområdet findes ikke længere. Vælg et andet.',
      });
    }
    if (fields.strategyGoalIds.some((goal) => !repos.lists.exists('strategyGoals', goal))) {
      problems.push({
        path: 'strategyGoalIds',
        message: 'Et af strategimålene findes ikke længere. Vælg igen.',
      });
    }
    if (problems.length > 0)
      throw new ApiFailure('validation', 'Samarbejdet henviser til noget, der ikke findes.', problems);
  }

  function toRecord(fields: PartnershipFields, now: string): PartnershipRecord {
    checkReferences(fields);
    const { partner, partnerContact, municipalContact, ...rest } = fields;
    const organisationId = repos.organisations.findOrCreate(partner, fields.volunteerType, now);
    return {
      ...rest,
      organisationId,
      partnerContactId:
        partnerContact && repos.contacts.upsert('partner', organisationId, partnerContact, now),
      municipalContactId: municipalContact && repos.contacts.upsert('kommune', null, municipalContact, now),
    };
  }

  function logChanges(
    before: StoredPartnership,
    after: StoredPartnership,
    now: string,
    reason: string,
  ): void {
    for (const field of AUDITED_PARTNERSHIP_FIELDS) {
      const oldValue = auditText(before[field]);
      const newValue = auditText(after[field]);
      if (oldValue === newValue) continue;
      repos.auditLog.append({
        at: now,
        actor: ports.actor,
        entity: 'partnership',
        entityId: after.id,
        action: 'update',
        field,
        oldValue,
        newValue,
        reason: reason || null,
      });
    }
  }

  /** Removes partners and contact persons that nothing refers to any more (no stale personal data). */
  function tidyUp(
    before: StoredPartnership,
    contacts: { partner: number | null; municipal: number | null },
  ): void {
    repos.contacts.deleteIfUnused(contacts.partner);
    repos.contacts.deleteIfUnused(contacts.municipal);
    repos.organisations.deleteIfUnused(before.partnerId);
  }

  function insertNew(fields: PartnershipFields, now: string): number {
    const id = repos.partnerships.insert(toRecord(fields, now), now);
    repos.auditLog.append({
      at: now,
      actor: ports.actor,
      entity: 'partnership',
      entityId: id,
      action: 'create',
    });
    return id;
  }

  /** Adds a partnership with its history entry and returns its id. */
  function add(fields: PartnershipFields): number {
    return repos.transaction(() => insertNew(fields, stamp()));
  }

  /**
   * Adds many partnerships in one transaction, all stamped with the same moment, and returns their
   * ids: an import of 10,000 rows then pays for one transaction, not a savepoint per row.
   */
  function addAll(list: readonly PartnershipFields[]): number[] {
    return repos.transaction(() => {
      const now = stamp();
      return list.map((fields) => insertNew(fields, now));
    });
  }

  /** Saves new values, writing each changed field (and a changed quadrant) to the history with the reason. */
  function update(id: number, fields: PartnershipFields, reason = ''): Partnership {
    return repos.transaction(() => {
      const before = mustGetStored(id);
      const contactsBefore = repos.partnerships.contactIdsOf(id);
      const now = stamp();
      repos.partnerships.update(id, toRecord(fields, now), now);
      const after = mustGetStored(id);
      // A hand-placed spot in the matrix belongs to the old cell.
      if (after.volunteerType !== before.volunteerType || after.involvement !== before.involvement) {
        repos.matrixPositions.clear(id);
      }
      logChanges(before, after, now, reason);
      tidyUp(before, contactsBefore);
      return flagged(after);
    });
  }

  return {
    list(): Partnership[] {
      const today = toIsoDate(ports.now());
      const window = settings.renewalWindowDays();
      return repos.partnerships.list().map((p) => flagged(p, today, window));
    },
    /** One page in Danish title order (keyset pagination: pass `next` back as `after`). */
    page(input: RegisterPageInput): { rows: Partnership[]; next: RegisterPageInput['after'] } {
      const today = toIsoDate(ports.now());
      const window = settings.renewalWindowDays();
      const { rows, next } = repos.registerPage.page(input.filter, input.after, input.limit, input.direction);
      // The rows are fresh objects: add the flags in place rather than copy every field again.
      return { rows: rows.map((p) => Object.assign(p, { flags: computeFlags(p, today, window) })), next };
    },
    get: (id: number): Partnership => flagged(mustGetStored(id)),

    create: (fields: PartnershipFields): Partnership =>
      repos.transaction(() => flagged(mustGetStored(add(fields)))),

    add,
    addAll,

    update,

    delete(id: number): { id: number } {
      return repos.transaction(() => {
        const before = mustGetStored(id);
        const contactsBefore = repos.partnerships.contactIdsOf(id);
        repos.partnerships.delete(id);
        tidyUp(before, contactsBefore);
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

    history(id: number) {
      return repos.auditLog.forEntity('partnership', id).map((entry) => ({
        at: entry.at,
        actor: entry.actor,
        action: entry.action,
        field: entry.field ?? null,
        oldValue: entry.oldValue ?? null,
        newValue: entry.newValue ?? null,
        reason: entry.reason ?? null,
      }));
    },

    search: (query: string): number[] => repos.partnerships.search(query),

    /**
     * Moves a partnership to another cell of the matrix. When the involvement checklist suggests
     * another level, the move's reason also becomes the reason for overriding it.
     */
    reclassify(
      id: number,
      volunteerType: VolunteerType,
      involvement: Involvement,
      reason: string,
    ): Partnership {
      const fields = { ...fieldsOfPartnership(flagged(mustGetStored(id))), volunteerType, involvement };
      if (overrideNeedsReason(fields.involvementCriteria, involvement) && !fields.involvementReason) {
        fields.involvementReason = reason;
      }
      return update(id, fields, reason);
    },
  };
}
export type PartnershipService = ReturnType<typeof createPartnershipService>;
