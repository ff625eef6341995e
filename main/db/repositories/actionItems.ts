import type { Database } from 'better-sqlite3';
import type { DocumentAction } from '../../../shared/domain';

export interface ActionRecord {
  text: string;
  responsiblePersonId: number | null;
  responsible: string;
  deadline: string | null;
}

/**
 * An action item as the documents print it (`responsible`: the person's name when one is chosen,
 * else the free text), plus the chosen person and the date of the meeting that closed it.
 */
export interface StoredAction extends DocumentAction {
  responsiblePersonId: number | null;
  closedAtMeetingDate: string | null;
}

const SELECT = `
  SELECT a.id, a.text, a.responsible_person_id AS responsiblePersonId,
         coalesce(c.name, a.responsible) AS responsible, a.deadline, a.status,
         a.meeting_id AS meetingId, m.date AS meetingDate, a.agenda_item_id AS agendaItemId,
         a.closed_at AS closedAt, a.closed_meeting_id AS closedAtMeetingId, cm.date AS closedAtMeetingDate
  FROM followup_actions a
  JOIN followup_meetings m ON m.id = a.meeting_id
  LEFT JOIN followup_meetings cm ON cm.id = a.closed_meeting_id
  LEFT JOIN contact_persons c ON c.id = a.responsible_person_id`;

export function createActionItemRepository(db: Database) {
  const all = db.prepare<[], StoredAction>(`${SELECT} ORDER BY m.date, a.meeting_id, a.id`);
  const one = db.prepare<[number], StoredAction>(`${SELECT} WHERE a.id = ?`);
  const insert = db.prepare(`INSERT INTO followup_actions
    (meeting_id, agenda_item_id, text, responsible_person_id, responsible, deadline, created_at, updated_at)
    VALUES (@meetingId, @agendaItemId, @text, @responsiblePersonId, @responsible, @deadline, @now, @now)`);
  const update = db.prepare(`UPDATE followup_actions SET text = @text,
    responsible_person_id = @responsiblePersonId, responsible = @responsible, deadline = @deadline,
    updated_at = @now WHERE id = @id`);
  const close = db.prepare(`UPDATE followup_actions SET status = 'closed', closed_at = ?,
    closed_meeting_id = ?, updated_at = ? WHERE id = ?`);
  const reopen = db.prepare(`UPDATE followup_actions SET status = 'open', closed_at = NULL,
    closed_meeting_id = NULL, updated_at = ? WHERE id = ?`);
  const remove = db.prepare('DELETE FROM followup_actions WHERE id = ?');

  return {
    /** Every action item, oldest meeting first. */
    list: (): StoredAction[] => all.all(),
    get: (id: number): StoredAction | undefined => one.get(id),
    add: (meetingId: number, agendaItemId: number | null, action: ActionRecord, now: string): number =>
      Number(insert.run({ ...action, meetingId, agendaItemId, now }).lastInsertRowid),
    update: (id: number, action: ActionRecord, now: string): void => void update.run({ ...action, id, now }),
    close: (id: number, date: string, meetingId: number | null, now: string): void =>
      void close.run(date, meetingId, now, id),
    reopen: (id: number, now: string): void => void reopen.run(now, id),
    remove: (id: number): boolean => remove.run(id).changes === 1,
  };
}
export type ActionItemRepository = ReturnType<typeof createActionItemRepository>;
