import type { Database } from 'better-sqlite3';
import type { Organisation, OrganisationFields } from '../../../shared/api';
import type { VolunteerType } from '../../../shared/domain';

interface OrganisationRow {
  id: number;
  name: string;
  volunteer_type: VolunteerType | null;
  address: string;
  cvr: string;
  website: string;
  email: string;
  phone: string;
  volunteer_centre_member: 0 | 1;
  notes: string;
  partnership_count: number;
}

const SELECT = `
  SELECT o.id, o.name, o.volunteer_type, o.address, o.cvr, o.website, o.email, o.phone,
         o.volunteer_centre_member, o.notes,
         (SELECT count(*) FROM partnerships p WHERE p.organisation_id = o.id) AS partnership_count
  FROM organisations o`;

function toOrganisation(row: OrganisationRow): Organisation {
  return {
    id: row.id,
    name: row.name,
    volunteerType: row.volunteer_type,
    address: row.address,
    cvr: row.cvr,
    website: row.website,
    email: row.email,
    phone: row.phone,
    volunteerCentreMember: row.volunteer_centre_member === 1,
    notes: row.notes,
    partnershipCount: row.partnership_count,
  };
}

export function createOrganisationRepository(db: Database) {
  const byName = db.prepare<[string], { id: number }>(
    'SELECT id FROM organisations WHERE name = ? COLLATE NOCASE',
  );
  const insert = db.prepare(
    'INSERT INTO organisations (name, volunteer_type, created_at, updated_at) VALUES (?, ?, ?, ?)',
  );
  // An organisation a følgegruppe member sits for stays, even without partnerships.
  const deleteIfUnused = db.prepare(`DELETE FROM organisations WHERE id = @id
    AND NOT EXISTS (SELECT 1 FROM partnerships WHERE organisation_id = @id)
    AND NOT EXISTS (SELECT 1 FROM followup_members m JOIN contact_persons c ON c.id = m.person_id
                    WHERE c.organisation_id = @id)`);
  const selectAll = db.prepare<[], OrganisationRow>(`${SELECT} ORDER BY o.name`);
  const selectOne = db.prepare<[number], OrganisationRow>(`${SELECT} WHERE o.id = ?`);
  const update =
    db.prepare(`UPDATE organisations SET name = @name, volunteer_type = @volunteerType, address = @address,
    cvr = @cvr, website = @website, email = @email, phone = @phone,
    volunteer_centre_member = @volunteerCentreMember, notes = @notes, updated_at = @now WHERE id = @id`);

  return {
    /**
     * Partners are typed by name in the partnership form; the same name (any case) is the same
     * organisation. A new one takes the partnership's volunteer type as its own (none when a
     * følgegruppe member brings it).
     */
    findOrCreate(name: string, volunteerType: VolunteerType | null, now: string): number {
      const existing = byName.get(name);
      return existing ? existing.id : Number(insert.run(name, volunteerType, now, now).lastInsertRowid);
    },
    findByName: (name: string): number | undefined => byName.get(name)?.id,
    /** Drops a partner that no partnership refers to any more, so typos do not pile up. */
    deleteIfUnused(id: number): void {
      deleteIfUnused.run({ id });
    },
    list: (): Organisation[] => selectAll.all().map(toOrganisation),
    get(id: number): Organisation | undefined {
      const row = selectOne.get(id);
      return row && toOrganisation(row);
    },
    update(id: number, fields: OrganisationFields, now: string): void {
      update.run({ ...fields, volunteerCentreMember: fields.volunteerCentreMember ? 1 : 0, id, now });
    },
  };
}
export type OrganisationRepository = ReturnType<typeof createOrganisationRepository>;
