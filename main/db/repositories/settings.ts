import type { Database } from 'better-sqlite3';

export function createSettingsRepository(db: Database) {
  const get = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const set = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  return {
    /** The stored JSON value, or undefined when the setting was never changed. */
    get: (key: string): unknown => {
      const row = get.get(key);
      return row === undefined ? undefined : (JSON.parse(row.value) as unknown);
    },
    set: (key: string, value: unknown): void => {
      set.run(key, JSON.stringify(value));
    },
  };
}
export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
