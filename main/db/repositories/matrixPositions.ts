import type { Database } from 'better-sqlite3';

export interface MatrixPosition {
  partnershipId: number;
  dx: number;
  dy: number;
}

export function createMatrixPositionRepository(db: Database) {
  const all = db.prepare<[], MatrixPosition>(
    'SELECT partnership_id AS partnershipId, dx, dy FROM matrix_positions',
  );
  const upsert = db.prepare(`INSERT INTO matrix_positions (partnership_id, dx, dy) VALUES (?, ?, ?)
    ON CONFLICT (partnership_id) DO UPDATE SET dx = excluded.dx, dy = excluded.dy`);
  const remove = db.prepare('DELETE FROM matrix_positions WHERE partnership_id = ?');
  return {
    all: (): MatrixPosition[] => all.all(),
    save: (id: number, dx: number, dy: number): void => void upsert.run(id, dx, dy),
    clear: (id: number): void => void remove.run(id),
  };
}
