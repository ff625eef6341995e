import type { Database } from 'better-sqlite3';
import type { AuditAction } from '../../../shared/domain';

export interface AuditEntry {
  at: string;
  actor: string;
  entity: string;
  entityId: number;
  action: 'create' | 'update' | 'delete';
  field?: string | null;
  oldValue?: string | null;
  newValue?: string | null;
  reason?: string | null;
}

export function createAuditLogRepository(db: Database) {
  const insert = db.prepare(`
    INSERT INTO audit_log (at, actor, entity, entity_id, action, field, old_value, new_value, reason)
    VALUES (@at, @actor, @entity, @entityId, @action, @field, @oldValue, @newValue, @reason)`);
  const forEntity = db.prepare<[string, number], AuditEntry>(`
    SELECT at, actor, entity, entity_id AS entityId, action, field, old_value AS oldValue,
           new_value AS newValue, reason
    FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id`);
  const allOf = db.prepare<[string], AuditEntry>(`
    SELECT at, actor, entity, entity_id AS entityId, action, field, old_value AS oldValue,
           new_value AS newValue, reason
    FROM audit_log WHERE entity = ? AND (action <> 'update' OR field IN ('title', 'partner', 'volunteerType', 'involvement', 'status'))
    ORDER BY id`);
  return {
    /** Creations, deletions and the changes that move a node or change how it is drawn. */
    matrixChanges: (entity: string): AuditEntry[] => allOf.all(entity),
    /** Records create/update/delete of records, and the data-protection actions (view, export, merge, erase). */
    append(entry: Omit<AuditEntry, 'action'> & { action: AuditAction }): void {
      insert.run({ field: null, oldValue: null, newValue: null, reason: null, ...entry });
    },
    forEntity: (entity: string, entityId: number): AuditEntry[] => forEntity.all(entity, entityId),
  };
}
export type AuditLogRepository = ReturnType<typeof createAuditLogRepository>;
