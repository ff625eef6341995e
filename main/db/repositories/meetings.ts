import type { Database } from 'better-sqlite3';
import type { AttendanceStatus, MeetingMark } from '../../../shared/domain';

export interface MeetingRecord {
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  chairPersonId: number | null;
  referentPersonId: number | null;
  guests: string;
  marks: MeetingMark[];
}

export interface StoredMeeting extends MeetingRecord {
  id: number;
  chair: string;
  referent: string;
  minutesApprovedAt: string | null;
}

interface MeetingRow extends Omit<StoredMeeting, 'marks' | 'chair' | 'referent'> {
  marks: string;
  chair: string | null;
  referent: string | null;
}

export interface StoredAttendance {
  personId: number;
  name: string;
  organisation: string;
  status: AttendanceStatus | null;
}

const SELECT = `
  SELECT m.id, m.date, m.start_time AS startTime, m.end_time AS endTime, m.place,
         m.chair_person_id AS chairPersonId, ch.name AS chair,
         m.referent_person_id AS referentPersonId, rf.name AS referent,
         m.guests, m.marks, m.minutes_approved_at AS minutesApprovedAt
  FROM followup_meetings m
  LEFT JOIN contact_persons ch ON ch.id = m.chair_person_id
  LEFT JOIN contact_persons rf ON rf.id = m.referent_person_id`;

function toMeeting(row: MeetingRow): StoredMeeting {
  return {
    ...row,
    chair: row.chair ?? '',
    referent: row.referent ?? '',
    marks: JSON.parse(row.marks) as MeetingMark[],
  };
}

export function createMeetingRepository(db: Database) {
  const all = db.prepare<[], MeetingRow>(`${SELECT} ORDER BY m.date, m.id`);
  const one = db.prepare<[number], MeetingRow>(`${SELECT} WHERE m.id = ?`);
  const insert = db.prepare(`INSERT INTO followup_meetings
    (date, start_time, end_time, place, chair_person_id, referent_person_id, guests, marks, created_at, updated_at)
    VALUES (@date, @startTime, @endTime, @place, @chairPersonId, @referentPersonId, @guests, @marks, @now, @now)`);
  const update = db.prepare(`UPDATE followup_meetings SET date = @date, start_time = @startTime,
    end_time = @endTime, place = @place, chair_person_id = @chairPersonId,
    referent_person_id = @referentPersonId, guests = @guests, marks = @marks, updated_at = @now WHERE id = @id`);
  const approve = db.prepare(
    'UPDATE followup_meetings SET minutes_approved_at = ?, updated_at = ? WHERE id = ?',
  );
  const remove = db.prepare('DELETE FROM followup_meetings WHERE id = ?');
  // Current members first (in the group's order), then anyone recorded here who has left since.
  const attendance = db.prepare<[number, number], StoredAttendance>(`
    SELECT c.id AS personId, c.name, coalesce(o.name, '') AS organisation, a.status
    FROM contact_persons c
    LEFT JOIN organisations o ON o.id = c.organisation_id
    LEFT JOIN followup_attendance a ON a.person_id = c.id AND a.meeting_id = ?
    LEFT JOIN followup_members fm ON fm.person_id = c.id
    WHERE fm.id IS NOT NULL OR c.id IN (SELECT person_id FROM followup_attendance WHERE meeting_id = ?)
    ORDER BY fm.id IS NULL, c.name`);
  const setAttendance = db.prepare(`INSERT INTO followup_attendance (meeting_id, person_id, status)
    VALUES (?, ?, ?) ON CONFLICT (meeting_id, person_id) DO UPDATE SET status = excluded.status`);
  const clearAttendance = db.prepare(
    'DELETE FROM followup_attendance WHERE meeting_id = ? AND person_id = ?',
  );
  const personExists = db.prepare<[number], { id: number }>('SELECT id FROM contact_persons WHERE id = ?');

  const row = (m: MeetingRecord, now: string) => ({ ...m, marks: JSON.stringify(m.marks), now });

  return {
    list: (): StoredMeeting[] => all.all().map(toMeeting),
    get(id: number): StoredMeeting | undefined {
      const found = one.get(id);
      return found && toMeeting(found);
    },
    add: (meeting: MeetingRecord, now: string): number =>
      Number(insert.run(row(meeting, now)).lastInsertRowid),
    update: (id: number, meeting: MeetingRecord, now: string): void =>
      void update.run({ ...row(meeting, now), id }),
    setApproved: (id: number, date: string | null, now: string): void => void approve.run(date, now, id),
    remove: (id: number): boolean => remove.run(id).changes === 1,
    attendance: (meetingId: number): StoredAttendance[] => attendance.all(meetingId, meetingId),
    setAttendance(meetingId: number, personId: number, status: AttendanceStatus | null): void {
      if (status === null) clearAttendance.run(meetingId, personId);
      else setAttendance.run(meetingId, personId, status);
    },
    personExists: (id: number): boolean => personExists.get(id) !== undefined,
  };
}
export type MeetingRepository = ReturnType<typeof createMeetingRepository>;
