import type { Database } from 'better-sqlite3';

export interface DocumentRecord {
  kind: string;
  fileName: string;
  sha256: string;
  createdAt: string;
  actor: string;
}

export function createDocumentRepository(db: Database) {
  const insert = db.prepare(
    'INSERT INTO documents (partnership_id, kind, file_name, sha256, created_at, actor, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const forPartnership = db.prepare<[number], DocumentRecord>(`
    SELECT kind, file_name AS fileName, sha256, created_at AS createdAt, actor
    FROM documents WHERE partnership_id = ? ORDER BY id DESC`);
  const last = db.prepare<[number], DocumentRecord & { snapshot: string }>(`
    SELECT kind, file_name AS fileName, sha256, created_at AS createdAt, actor, snapshot
    FROM documents WHERE partnership_id = ? ORDER BY id DESC LIMIT 1`);
  const count = db.prepare<[number], { n: number }>(
    'SELECT count(*) AS n FROM documents WHERE partnership_id = ?',
  );
  return {
    /** `snapshot`: what the document said, field by field, to tell later what has changed since. */
    record: (partnershipId: number, doc: DocumentRecord, snapshot: Record<string, string> = {}): void =>
      void insert.run(
        partnershipId,
        doc.kind,
        doc.fileName,
        doc.sha256,
        doc.createdAt,
        doc.actor,
        JSON.stringify(snapshot),
      ),
    forPartnership: (partnershipId: number): DocumentRecord[] => forPartnership.all(partnershipId),
    /** The newest export and its snapshot (empty for exports made before snapshots were kept). */
    last: (partnershipId: number): (DocumentRecord & { snapshot: Record<string, string> }) | null => {
      const row = last.get(partnershipId);
      return row ? { ...row, snapshot: JSON.parse(row.snapshot) as Record<string, string> } : null;
    },
    count: (partnershipId: number): number => count.get(partnershipId)?.n ?? 0,
  };
}
