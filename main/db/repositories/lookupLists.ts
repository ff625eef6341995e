import type { Database } from 'better-sqlite3';
import type { LookupItem } from '../../../shared/api';
import type { LookupList } from '../../../shared/domain';

/** Each configurable list, its table, and how partnerships refer to it. */
const TABLES: Record<LookupList, { table: string; usage: string }> = {
  units: { table: 'units', usage: 'SELECT count(*) FROM partnerships WHERE unit_id = l.id' },
  welfareAreas: {
    table: 'welfare_areas',
    usage: 'SELECT count(*) FROM partnerships WHERE welfare_area_id = l.id',
  },
  strategyGoals: {
    table: 'strategy_goals',
    usage: 'SELECT count(*) FROM partnership_strategy_goals WHERE strategy_goal_id = l.id',
  },
  segments: {
    table: 'followup_segments',
    usage: 'SELECT count(*) FROM followup_members WHERE segment_id = l.id',
  },
};

function statementsFor(db: Database, list: LookupList) {
  const { table, usage } = TABLES[list];
  return {
    all: db.prepare<[], LookupItem>(
      `SELECT l.id, l.name, (${usage}) AS usage FROM ${table} l ORDER BY l.sort_order, l.name`,
    ),
    exists: db.prepare<[number], { id: number }>(`SELECT id FROM ${table} WHERE id = ?`),
    byName: db.prepare<[string], { id: number }>(`SELECT id FROM ${table} WHERE name = ? COLLATE NOCASE`),
    add: db.prepare(
      `INSERT INTO ${table} (name, sort_order) VALUES (?, (SELECT coalesce(max(sort_order), 0) + 1 FROM ${table}))`,
    ),
    rename: db.prepare(`UPDATE ${table} SET name = ? WHERE id = ?`),
    remove: db.prepare(`DELETE FROM ${table} WHERE id = ?`),
  };
}

/** The consultant's own lists (units, welfare areas, strategy goals, følgegruppe segments): one shape, a table each. */
export function createLookupListRepository(db: Database) {
  const lists = {
    units: statementsFor(db, 'units'),
    welfareAreas: statementsFor(db, 'welfareAreas'),
    strategyGoals: statementsFor(db, 'strategyGoals'),
    segments: statementsFor(db, 'segments'),
  } satisfies Record<LookupList, unknown>;

  return {
    all: (list: LookupList): LookupItem[] => lists[list].all.all(),
    exists: (list: LookupList, id: number): boolean => lists[list].exists.get(id) !== undefined,
    findByName: (list: LookupList, name: string): number | undefined => lists[list].byName.get(name)?.id,
    add: (list: LookupList, name: string): number => Number(lists[list].add.run(name).lastInsertRowid),
    rename: (list: LookupList, id: number, name: string): boolean =>
      lists[list].rename.run(name, id).changes === 1,
    remove: (list: LookupList, id: number): boolean => lists[list].remove.run(id).changes === 1,
  };
}
export type LookupListRepository = ReturnType<typeof createLookupListRepository>;
