import type { Database } from 'better-sqlite3';
import type { AgendaItemKind, PortfolioPackContent, StandingItem } from '../../../shared/domain';

export interface AgendaItemRecord {
  standing: StandingItem | null;
  title: string;
  kind: AgendaItemKind;
  presenterPersonId: number | null;
  presenter: string;
  background: string;
  notes: string;
  conclusion: string;
  decision: string;
  portfolio: PortfolioPackContent | null;
  partnershipIds: readonly number[];
  strategyGoalIds: readonly number[];
}

export interface StoredAgendaItem extends Omit<AgendaItemRecord, 'partnershipIds' | 'strategyGoalIds'> {
  id: number;
  meetingId: number;
  position: number;
  partnerships: { id: number; title: string; partner: string }[];
  strategyGoalIds: number[];
}

interface ItemRow extends Omit<StoredAgendaItem, 'portfolio' | 'partnerships' | 'strategyGoalIds'> {
  portfolio: string | null;
  presenterName: string | null;
}

export function createAgendaItemRepository(db: Database) {
  const ofMeeting = db.prepare<[number], ItemRow>(`
    SELECT i.id, i.meeting_id AS meetingId, i.position, i.standing, i.title, i.kind,
           i.presenter_person_id AS presenterPersonId, i.presenter, c.name AS presenterName,
           i.background, i.notes, i.conclusion, i.decision, i.portfolio
    FROM followup_agenda_items i LEFT JOIN contact_persons c ON c.id = i.presenter_person_id
    WHERE i.meeting_id = ? ORDER BY i.position, i.id`);
  const meetingOf = db.prepare<[number], { meetingId: number }>(
    'SELECT meeting_id AS meetingId FROM followup_agenda_items WHERE id = ?',
  );
  const partnershipsOf = db.prepare<
    [number],
    { itemId: number; id: number; title: string; partner: string }
  >(`
    SELECT l.item_id AS itemId, p.id, p.title, o.name AS partner
    FROM followup_item_partnerships l
    JOIN followup_agenda_items i ON i.id = l.item_id
    JOIN partnerships p ON p.id = l.partnership_id
    JOIN organisations o ON o.id = p.organisation_id
    WHERE i.meeting_id = ? ORDER BY p.title`);
  const goalsOf = db.prepare<[number], { itemId: number; goalId: number }>(`
    SELECT l.item_id AS itemId, l.strategy_goal_id AS goalId
    FROM followup_item_goals l JOIN followup_agenda_items i ON i.id = l.item_id
    JOIN strategy_goals g ON g.id = l.strategy_goal_id
    WHERE i.meeting_id = ? ORDER BY g.sort_order, g.name`);
  const insert = db.prepare(`INSERT INTO followup_agenda_items
    (meeting_id, position, standing, title, kind, presenter_person_id, presenter, background, notes,
     conclusion, decision, portfolio)
    VALUES (@meetingId, @position, @standing, @title, @kind, @presenterPersonId, @presenter, @background,
     @notes, @conclusion, @decision, @portfolio)`);
  const update = db.prepare(`UPDATE followup_agenda_items SET title = @title, kind = @kind,
    presenter_person_id = @presenterPersonId, presenter = @presenter, background = @background,
    notes = @notes, conclusion = @conclusion, decision = @decision WHERE id = @id`);
  const move = db.prepare('UPDATE followup_agenda_items SET position = ? WHERE id = ?');
  const remove = db.prepare('DELETE FROM followup_agenda_items WHERE id = ?');
  const clearPartnerships = db.prepare('DELETE FROM followup_item_partnerships WHERE item_id = ?');
  const linkPartnership = db.prepare(
    'INSERT OR IGNORE INTO followup_item_partnerships (item_id, partnership_id) VALUES (?, ?)',
  );
  const clearGoals = db.prepare('DELETE FROM followup_item_goals WHERE item_id = ?');
  const linkGoal = db.prepare(
    'INSERT OR IGNORE INTO followup_item_goals (item_id, strategy_goal_id) VALUES (?, ?)',
  );

  function link(id: number, item: Pick<AgendaItemRecord, 'partnershipIds' | 'strategyGoalIds'>): void {
    clearPartnerships.run(id);
    for (const p of item.partnershipIds) linkPartnership.run(id, p);
    clearGoals.run(id);
    for (const g of item.strategyGoalIds) linkGoal.run(id, g);
  }

  return {
    /** The meeting's items in stored order, with their links. */
    ofMeeting(meetingId: number): StoredAgendaItem[] {
      const partnerships = partnershipsOf.all(meetingId);
      const goals = goalsOf.all(meetingId);
      return ofMeeting.all(meetingId).map(({ presenterName, portfolio, ...row }) => ({
        ...row,
        presenter: presenterName ?? row.presenter,
        portfolio: portfolio === null ? null : (JSON.parse(portfolio) as PortfolioPackContent),
        partnerships: partnerships
          .filter((p) => p.itemId === row.id)
          .map(({ id, title, partner }) => ({ id, title, partner })),
        strategyGoalIds: goals.filter((g) => g.itemId === row.id).map((g) => g.goalId),
      }));
    },
    meetingOf: (itemId: number): number | undefined => meetingOf.get(itemId)?.meetingId,
    add(meetingId: number, position: number, item: AgendaItemRecord): number {
      const id = Number(
        insert.run({
          ...item,
          meetingId,
          position,
          portfolio: item.portfolio === null ? null : JSON.stringify(item.portfolio),
        }).lastInsertRowid,
      );
      link(id, item);
      return id;
    },
    update(id: number, item: Omit<AgendaItemRecord, 'standing' | 'portfolio'>): void {
      update.run({ ...item, id });
      link(id, item);
    },
    /** Stores the order: position = index in `ids`. */
    reorder(ids: readonly number[]): void {
      ids.forEach((id, index) => move.run(index, id));
    },
    remove: (id: number): boolean => remove.run(id).changes === 1,
  };
}
export type AgendaItemRepository = ReturnType<typeof createAgendaItemRepository>;
