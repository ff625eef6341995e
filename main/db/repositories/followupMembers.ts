import type { Database } from 'better-sqlite3';
import type { SeatKind } from '../../../shared/domain';

/** A member as stored: the seat, with the person's details read from their one person row. */
export interface StoredMember {
  id: number;
  personId: number;
  name: string;
  email: string;
  phone: string;
  organisationId: number | null;
  organisation: string;
  role: string;
  seatKind: SeatKind;
  segmentId: number | null;
  segmentName: string | null;
  electedAt: string | null;
  termEnd: string | null;
  notes: string;
}

export interface MemberSeat {
  role: string;
  seatKind: SeatKind;
  segmentId: number | null;
  electedAt: string | null;
  termEnd: string | null;
  notes: string;
}

const SELECT = `
  SELECT m.id, m.person_id AS personId, c.name, c.email, c.phone, c.organisation_id AS organisationId,
         coalesce(o.name, '') AS organisation, m.role, m.seat_kind AS seatKind, m.segment_id AS segmentId,
         s.name AS segmentName, m.elected_at AS electedAt, m.term_end AS termEnd, m.notes
  FROM followup_members m
  JOIN contact_persons c ON c.id = m.person_id
  LEFT JOIN organisations o ON o.id = c.organisation_id
  LEFT JOIN followup_segments s ON s.id = m.segment_id`;

export function createFollowupMemberRepository(db: Database) {
  const all = db.prepare<[], StoredMember>(`${SELECT} ORDER BY s.sort_order IS NULL, s.sort_order, c.name`);
  const one = db.prepare<[number], StoredMember>(`${SELECT} WHERE m.id = ?`);
  const byPerson = db.prepare<[number], { id: number }>(
    'SELECT id FROM followup_members WHERE person_id = ?',
  );
  const insert = db.prepare(`INSERT INTO followup_members
    (person_id, role, seat_kind, segment_id, elected_at, term_end, notes, created_at, updated_at)
    VALUES (@personId, @role, @seatKind, @segmentId, @electedAt, @termEnd, @notes, @now, @now)`);
  const update = db.prepare(`UPDATE followup_members SET role = @role, seat_kind = @seatKind,
    segment_id = @segmentId, elected_at = @electedAt, term_end = @termEnd, notes = @notes, updated_at = @now
    WHERE id = @id`);
  const remove = db.prepare('DELETE FROM followup_members WHERE id = ?');

  return {
    list: (): StoredMember[] => all.all(),
    get: (id: number): StoredMember | undefined => one.get(id),
    idOfPerson: (personId: number): number | undefined => byPerson.get(personId)?.id,
    add: (personId: number, seat: MemberSeat, now: string): number =>
      Number(insert.run({ ...seat, personId, now }).lastInsertRowid),
    update: (id: number, seat: MemberSeat, now: string): void => void update.run({ ...seat, id, now }),
    remove: (id: number): boolean => remove.run(id).changes === 1,
  };
}
export type FollowupMemberRepository = ReturnType<typeof createFollowupMemberRepository>;
