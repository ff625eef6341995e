import type { Database } from 'better-sqlite3';
import type { Contact } from '../../../shared/api';

export type ContactSide = 'partner' | 'kommune';

export function createContactRepository(db: Database) {
  const find = db.prepare<[string, number | null, string], { id: number }>(
    'SELECT id FROM contact_persons WHERE side = ? AND organisation_id IS ? AND name = ? COLLATE NOCASE',
  );
  const insert =
    db.prepare(`INSERT INTO contact_persons (side, organisation_id, name, email, phone, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const update = db.prepare('UPDATE contact_persons SET email = ?, phone = ?, updated_at = ? WHERE id = ?');
  const deleteIfUnused = db.prepare(`DELETE FROM contact_persons WHERE id = ?
    AND NOT EXISTS (SELECT 1 FROM partnerships WHERE partner_contact_id = ? OR municipal_contact_id = ?)`);

  return {
    /**
     * The same person (by name, side and organisation) is one row, shared by all the partnerships
     * they are contact for; new e-mail or phone details replace the old ones.
     */
    upsert(side: ContactSide, organisationId: number | null, contact: Contact, now: string): number {
      const existing = find.get(side, organisationId, contact.name);
      if (!existing) {
        return Number(
          insert.run(side, organisationId, contact.name, contact.email, contact.phone, now, now)
            .lastInsertRowid,
        );
      }
      update.run(contact.email, contact.phone, now, existing.id);
      return existing.id;
    },
    deleteIfUnused(id: number | null): void {
      if (id !== null) deleteIfUnused.run(id, id, id);
    },
  };
}
export type ContactRepository = ReturnType<typeof createContactRepository>;
