import type { Database } from 'better-sqlite3';
import { quadrantOf } from '../../../shared/domain';
import type { Partnership, PartnershipFields } from '../../../shared/api';

interface PartnershipRow {
  id: number;
  title: string;
  partner_id: number;
  partner: string;
  volunteer_type: Partnership['volunteerType'];
  involvement: Partnership['involvement'];
  unit_id: number | null;
  unit_name: string | null;
  status: Partnership['status'];
  start_date: string | null;
  end_date: string | null;
  notes: string;
  created_at: string;
  updated_at: string;
}

const SELECT = `
  SELECT p.id, p.title, o.id AS partner_id, o.name AS partner, p.volunteer_type, p.involvement,
         p.unit_id, u.name AS unit_name, p.status, p.start_date, p.end_date, p.notes,
         p.created_at, p.updated_at
  FROM partnerships p
  JOIN organisations o ON o.id = p.organisation_id
  LEFT JOIN units u ON u.id = p.unit_id`;

function toPartnership(row: PartnershipRow): Partnership {
  return {
    id: row.id,
    title: row.title,
    partnerId: row.partner_id,
    partner: row.partner,
    volunteerType: row.volunteer_type,
    involvement: row.involvement,
    quadrant: quadrantOf(row.volunteer_type, row.involvement),
    unitId: row.unit_id,
    unitName: row.unit_name,
    status: row.status,
    startDate: row.start_date,
    endDate: row.end_date,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The stored columns of a partnership, once its partner has been resolved to an organisation. */
export type PartnershipRecord = Omit<PartnershipFields, 'partner'> & { organisationId: number };

export function createPartnershipRepository(db: Database) {
  const selectAll = db.prepare<[], PartnershipRow>(`${SELECT} ORDER BY p.id`);
  const selectOne = db.prepare<[number], PartnershipRow>(`${SELECT} WHERE p.id = ?`);
  const insert = db.prepare(`
    INSERT INTO partnerships (title, organisation_id, volunteer_type, involvement, unit_id, status,
                              start_date, end_date, notes, created_at, updated_at)
    VALUES (@title, @organisationId, @volunteerType, @involvement, @unitId, @status,
            @startDate, @endDate, @notes, @now, @now)`);
  const update = db.prepare(`
    UPDATE partnerships SET title = @title, organisation_id = @organisationId,
      volunteer_type = @volunteerType, involvement = @involvement, unit_id = @unitId, status = @status,
      start_date = @startDate, end_date = @endDate, notes = @notes, updated_at = @now
    WHERE id = @id`);
  const remove = db.prepare('DELETE FROM partnerships WHERE id = ?');

  return {
    list(): Partnership[] {
      return selectAll.all().map(toPartnership);
    },
    get(id: number): Partnership | undefined {
      const row = selectOne.get(id);
      return row && toPartnership(row);
    },
    insert(record: PartnershipRecord, now: string): number {
      return Number(insert.run({ ...record, now }).lastInsertRowid);
    },
    update(id: number, record: PartnershipRecord, now: string): boolean {
      return update.run({ ...record, id, now }).changes === 1;
    },
    delete(id: number): boolean {
      return remove.run(id).changes === 1;
    },
  };
}
export type PartnershipRepository = ReturnType<typeof createPartnershipRepository>;
