import BetterSqlite3 from 'better-sqlite3';
import { INVOLVEMENT_LEVELS, VOLUNTEER_TYPES } from '../shared/domain';

/**
 * Fills a migrated register with `count` partnerships spread over 200 partners, and returns
 * the bare baseline statement over the same rows.
 */
export function seedPartnerships(file: string, count: number): { all(): unknown[]; close(): void } {
  const db = new BetterSqlite3(file);
  const now = new Date().toISOString();
  db.transaction(() => {
    const org = db.prepare('INSERT INTO organisations (name, created_at, updated_at) VALUES (?, ?, ?)');
    for (let i = 0; i < 200; i++) org.run(`Forening ${String(i)}`, now, now);
    const insert =
      db.prepare(`INSERT INTO partnerships (title, organisation_id, volunteer_type, involvement, unit_id,
      status, start_date, end_date, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'aktiv', '2026-01-01', '2026-12-31', '', ?, ?)`);
    for (let i = 0; i < count; i++) {
      insert.run(
        `Samarbejde ${String(i)}`,
        (i % 200) + 1,
        VOLUNTEER_TYPES[i % 4],
        INVOLVEMENT_LEVELS[i % 3],
        (i % 4) + 1,
        now,
        now,
      );
    }
  })();
  const statement = db.prepare('SELECT * FROM partnerships');
  return { all: () => statement.all(), close: () => db.close() };
}
