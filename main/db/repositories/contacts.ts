import type { Database } from 'better-sqlite3';
import type { Contact } from '../../../shared/api';

export type ContactSide = 'partner' | 'kommune';

export interface PersonRow {
  id: number;
  side: ContactSide;
  organisationId: number | null;
  name: string;
  email: string;
  phone: string;
}

export function createContactRepository(db: Database) {
  const find = db.prepare<[string, number | null, string], { id: number }>(
    'SELECT id FROM contact_persons WHERE side = ? AND organisation_id IS ? AND name = ? COLLATE NOCASE',
  );
  const insert =
    db.prepare(`INSERT INTO contact_persons (side, organisation_id, name, email, phone, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const update = db.prepare('UPDATE contact_persons SET email = ?, phone = ?, updated_at = ? WHERE id = ?');
  // A person who sits in the følgegruppe or is named in its meetings is still in use.
  const deleteIfUnused = db.prepare(`DELETE FROM contact_persons WHERE id = @id
    AND NOT EXISTS (SELECT 1 FROM partnerships WHERE partner_contact_id = @id OR municipal_contact_id = @id)
    AND NOT EXISTS (SELECT 1 FROM followup_members WHERE person_id = @id)
    AND NOT EXISTS (SELECT 1 FROM followup_attendance WHERE person_id = @id)
    AND NOT EXISTS (SELECT 1 FROM followup_meetings WHERE chair_person_id = @id OR referent_person_id = @id)
    AND NOT EXISTS (SELECT 1 FROM followup_agenda_items WHERE presenter_person_id = @id)
    AND NOT EXISTS (SELECT 1 FROM followup_actions WHERE responsible_person_id = @id)`);
  const byId = db.prepare<[number], PersonRow>(
    'SELECT id, side, organisation_id AS organisationId, name, email, phone FROM contact_persons WHERE id = ?',
  );
  const rewrite = db.prepare(`UPDATE contact_persons SET side = @side, organisation_id = @organisationId,
    name = @name, email = @email, phone = @phone, updated_at = @now WHERE id = @id`);

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
      if (id !== null) deleteIfUnused.run({ id });
    },
    get: (id: number): PersonRow | undefined => byId.get(id),
    /** Corrects a person everywhere they appear (one person, one row). */
    update(person: PersonRow, now: string): void {
      rewrite.run({ ...person, now });
    },
  };
}
export type ContactRepository = ReturnType<typeof createContactRepository>;
