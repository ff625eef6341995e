import type { Database } from 'better-sqlite3';

export function createOrganisationRepository(db: Database) {
  const byName = db.prepare<[string], { id: number }>(
    'SELECT id FROM organisations WHERE name = ? COLLATE NOCASE',
  );
  const insert = db.prepare('INSERT INTO organisations (name, created_at, updated_at) VALUES (?, ?, ?)');
  const deleteIfUnused = db.prepare(
    'DELETE FROM organisations WHERE id = ? AND NOT EXISTS (SELECT 1 FROM partnerships WHERE organisation_id = ?)',
  );

  return {
    /** Partners are typed as free text for now; the same name (any case) is the same organisation. */
    findOrCreate(name: string, now: string): number {
      const existing = byName.get(name);
      return existing ? existing.id : Number(insert.run(name, now, now).lastInsertRowid);
    },
    /** Drops a partner that no partnership refers to any more, so typos do not pile up. */
    deleteIfUnused(id: number): void {
      deleteIfUnused.run(id, id);
    },
  };
}
export type OrganisationRepository = ReturnType<typeof createOrganisationRepository>;
