import type { Database } from 'better-sqlite3';
import type { Unit } from '../../../shared/api';

export function createUnitRepository(db: Database) {
  const all = db.prepare<[], Unit>('SELECT id, name FROM units ORDER BY sort_order, name');
  const exists = db.prepare<[number], { id: number }>('SELECT id FROM units WHERE id = ?');
  return {
    list: (): Unit[] => all.all(),
    exists: (id: number): boolean => exists.get(id) !== undefined,
  };
}
export type UnitRepository = ReturnType<typeof createUnitRepository>;
