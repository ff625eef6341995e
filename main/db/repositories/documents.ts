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
    'INSERT INTO documents (partnership_id, kind, file_name, sha256, created_at, actor) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const forPartnership = db.prepare<[number], DocumentRecord>(`
    SELECT kind, file_name AS fileName, sha256, created_at AS createdAt, actor
    FROM documents WHERE partnership_id = ? ORDER BY id DESC`);
  return {
    record: (partnershipId: number, doc: DocumentRecord): void =>
      void insert.run(partnershipId, doc.kind, doc.fileName, doc.sha256, doc.createdAt, doc.actor),
    forPartnership: (partnershipId: number): DocumentRecord[] => forPartnership.all(partnershipId),
  };
}
