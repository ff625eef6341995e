import type { Database } from 'better-sqlite3';
import type { AuditAction } from '../../../shared/domain';

export interface AuditRow {
  id: number;
  at: string;
  actor: string;
  entity: string;
  entityId: number;
  action: AuditAction;
  field: string | null;
  oldValue: string | null;
  newValue: string | null;
  reason: string | null;
}

export interface AuditQuery {
  entity?: string;
  entityIds?: readonly number[];
  actor?: string;
  /** Inclusive dates, `YYYY-MM-DD`. */
  from?: string | null;
  to?: string | null;
}

const COLUMNS = `id, at, actor, entity, entity_id AS entityId, action, field, old_value AS oldValue,
  new_value AS newValue, reason`;

/** Reading the audit log for the viewer and the access export, and the one sanctioned rewrite: an erasure's. */
export function createAuditTrailRepository(db: Database) {
  const actors = db.prepare<[], { actor: string }>('SELECT DISTINCT actor FROM audit_log ORDER BY actor');
  const mergedInto = db.prepare<[number], { removed: string }>(
    "SELECT new_value AS removed FROM audit_log WHERE entity = 'person' AND entity_id = ? AND action = 'merge'",
  );
  const setValues = db.prepare(
    'UPDATE audit_log SET old_value = @oldValue, new_value = @newValue, reason = @reason WHERE id = @id',
  );

  return {
    query(filter: AuditQuery): AuditRow[] {
      const where: string[] = [];
      const params: unknown[] = [];
      if (filter.entity) {
        where.push('entity = ?');
        params.push(filter.entity);
      }
      if (filter.entityIds) {
        where.push(`entity_id IN (${filter.entityIds.map(() => '?').join(', ') || 'NULL'})`);
        params.push(...filter.entityIds);
      }
      if (filter.actor) {
        where.push('actor = ?');
        params.push(filter.actor);
      }
      if (filter.from) {
        where.push('at >= ?');
        params.push(filter.from);
      }
      if (filter.to) {
        // Entries are ISO timestamps: everything on the last day sorts before the next day.
        where.push("at < date(?, '+1 day')");
        params.push(filter.to);
      }
      const sql = `SELECT ${COLUMNS} FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id`;
      return db.prepare<unknown[], AuditRow>(sql).all(...params);
    },
    actors: (): string[] => actors.all().map((r) => r.actor),
    /** The person's id and every id merged into it, followed through earlier merges. */
    personIds(id: number): number[] {
      const ids = new Set([id]);
      const queue = [id];
      while (queue.length > 0) {
        for (const { removed } of mergedInto.all(queue.pop()!)) {
          const removedId = Number(removed);
          if (!ids.has(removedId)) {
            ids.add(removedId);
            queue.push(removedId);
          }
        }
      }
      return [...ids];
    },
    /**
     * Replaces logged values (never who, when, what or the row itself). The append-only triggers
     * allow this only while the redaction marker exists, which this opens and closes around the
     * rewrite; call it inside the erasure's transaction so the marker never outlives it.
     */
    redact(rewrite: (row: AuditRow) => Pick<AuditRow, 'oldValue' | 'newValue' | 'reason'>): number {
      let changed = 0;
      db.prepare('INSERT INTO audit_log_redaction (open) VALUES (1)').run();
      try {
        for (const row of db.prepare<[], AuditRow>(`SELECT ${COLUMNS} FROM audit_log ORDER BY id`).all()) {
          const next = rewrite(row);
          if (next.oldValue === row.oldValue && next.newValue === row.newValue && next.reason === row.reason)
            continue;
          setValues.run({ ...next, id: row.id });
          changed++;
        }
      } finally {
        db.prepare('DELETE FROM audit_log_redaction').run();
      }
      return changed;
    },
  };
}
export type AuditTrailRepository = ReturnType<typeof createAuditTrailRepository>;
