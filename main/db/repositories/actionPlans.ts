import type { Database } from 'better-sqlite3';
import type { EffortFields, EffortHistoryEntry, PlanFields } from '../../../shared/api';
import type { EffortState } from '../../../shared/domain';

export interface PlanRow {
  id: number;
  title: string;
  period: string;
  description: string;
  previousPlanId: number | null;
  previousPeriod: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface PlanCountsRow {
  planId: number;
  goals: number;
  state: EffortState | null;
  efforts: number;
}

export interface GoalRow {
  id: number;
  planId: number;
  name: string;
  strategyGoalId: number | null;
}

export interface EffortRow {
  id: number;
  goalId: number;
  title: string;
  description: string;
  focusArea: string;
  responsible: string;
  state: EffortState;
  statusText: string;
  carriedFromId: number | null;
  updatedAt: string;
}

export interface PlanLinkRow {
  planId: number;
  period: string;
}

const PLAN = `
  SELECT p.id, p.title, p.period, p.description, p.previous_plan_id AS previousPlanId,
         prev.period AS previousPeriod, p.created_at AS createdAt, p.updated_at AS updatedAt
  FROM action_plans p LEFT JOIN action_plans prev ON prev.id = p.previous_plan_id`;

const EFFORT = `
  SELECT e.id, e.goal_id AS goalId, e.title, e.description, e.focus_area AS focusArea,
         e.responsible, e.state, e.status_text AS statusText, e.carried_from_id AS carriedFromId,
         e.updated_at AS updatedAt
  FROM action_efforts e`;

/** Plans, their goals and efforts; an effort's history is the chain of efforts it was carried over from. */
export function createActionPlanRepository(db: Database) {
  const listPlans = db.prepare<[], PlanRow>(`${PLAN} ORDER BY p.period DESC, p.id DESC`);
  const getPlan = db.prepare<[number], PlanRow>(`${PLAN} WHERE p.id = ?`);
  const counts = db.prepare<[], PlanCountsRow>(`
    SELECT p.id AS planId,
           (SELECT count(*) FROM action_plan_goals g WHERE g.plan_id = p.id) AS goals,
           e.state, count(e.id) AS efforts
    FROM action_plans p
    LEFT JOIN action_plan_goals g ON g.plan_id = p.id
    LEFT JOIN action_efforts e ON e.goal_id = g.id
    GROUP BY p.id, e.state`);
  const periodOwner = db.prepare<[string], { id: number }>(
    'SELECT id FROM action_plans WHERE period = ? COLLATE NOCASE',
  );
  const nextPlans = db.prepare<[number], PlanLinkRow>(
    'SELECT id AS planId, period FROM action_plans WHERE previous_plan_id = ? ORDER BY period',
  );
  const insertPlan = db.prepare(`INSERT INTO action_plans
    (title, period, description, previous_plan_id, created_at, updated_at)
    VALUES (@title, @period, @description, @previousPlanId, @now, @now)`);
  const updatePlan = db.prepare(`UPDATE action_plans
    SET title = @title, period = @period, description = @description, updated_at = @now WHERE id = @id`);
  const touchPlan = db.prepare('UPDATE action_plans SET updated_at = ? WHERE id = ?');
  const deletePlan = db.prepare('DELETE FROM action_plans WHERE id = ?');
  /** Plans that continue efforts of this one (its efforts would lose their continuation's history). */
  const continuedIn = db.prepare<[number], PlanLinkRow>(`
    SELECT DISTINCT np.id AS planId, np.period
    FROM action_efforts old
    JOIN action_plan_goals og ON og.id = old.goal_id
    JOIN action_efforts e ON e.carried_from_id = old.id
    JOIN action_plan_goals ng ON ng.id = e.goal_id
    JOIN action_plans np ON np.id = ng.plan_id
    WHERE og.plan_id = ?`);

  const goalsOf = db.prepare<[number], GoalRow>(`
    SELECT g.id, g.plan_id AS planId, coalesce(s.name, g.name) AS name, g.strategy_goal_id AS strategyGoalId
    FROM action_plan_goals g LEFT JOIN strategy_goals s ON s.id = g.strategy_goal_id
    WHERE g.plan_id = ? ORDER BY g.sort_order, g.id`);
  const getGoal = db.prepare<[number], GoalRow>(`
    SELECT g.id, g.plan_id AS planId, coalesce(s.name, g.name) AS name, g.strategy_goal_id AS strategyGoalId
    FROM action_plan_goals g LEFT JOIN strategy_goals s ON s.id = g.strategy_goal_id WHERE g.id = ?`);
  const insertGoal = db.prepare(`INSERT INTO action_plan_goals (plan_id, strategy_goal_id, name, sort_order)
    VALUES (@planId, @strategyGoalId, @name,
            (SELECT coalesce(max(sort_order), 0) + 1 FROM action_plan_goals WHERE plan_id = @planId))`);
  const deleteGoal = db.prepare('DELETE FROM action_plan_goals WHERE id = ?');

  const effortsOf = db.prepare<[number], EffortRow>(`${EFFORT}
    JOIN action_plan_goals g ON g.id = e.goal_id WHERE g.plan_id = ? ORDER BY e.sort_order, e.id`);
  const getEffort = db.prepare<[number], EffortRow>(`${EFFORT} WHERE e.id = ?`);
  const insertEffort = db.prepare(`INSERT INTO action_efforts
    (goal_id, title, description, focus_area, responsible, state, status_text, carried_from_id,
     sort_order, created_at, updated_at)
    VALUES (@goalId, @title, @description, @focusArea, @responsible, @state, @statusText, @carriedFromId,
            (SELECT coalesce(max(sort_order), 0) + 1 FROM action_efforts WHERE goal_id = @goalId), @now, @now)`);
  const updateEffort = db.prepare(`UPDATE action_efforts SET goal_id = @goalId, title = @title,
    description = @description, focus_area = @focusArea, responsible = @responsible, state = @state,
    status_text = @statusText, updated_at = @now WHERE id = @id`);
  const deleteEffort = db.prepare('DELETE FROM action_efforts WHERE id = ?');
  const carriedTo = db.prepare<[number], PlanLinkRow>(`
    SELECT p.id AS planId, p.period FROM action_efforts e
    JOIN action_plan_goals g ON g.id = e.goal_id JOIN action_plans p ON p.id = g.plan_id
    WHERE e.carried_from_id = ?`);
  const history = db.prepare<[number], EffortHistoryEntry>(`
    WITH RECURSIVE chain (id, depth) AS (
      SELECT carried_from_id, 1 FROM action_efforts WHERE id = ? AND carried_from_id IS NOT NULL
      UNION ALL
      SELECT e.carried_from_id, c.depth + 1 FROM action_efforts e JOIN chain c ON e.id = c.id
      WHERE e.carried_from_id IS NOT NULL AND c.depth < 100
    )
    SELECT e.id AS effortId, p.id AS planId, p.title AS planTitle, p.period, e.state, e.status_text AS statusText
    FROM chain c JOIN action_efforts e ON e.id = c.id
    JOIN action_plan_goals g ON g.id = e.goal_id JOIN action_plans p ON p.id = g.plan_id
    ORDER BY c.depth DESC`);

  const partnershipsOf = db.prepare<[number], { id: number; title: string }>(`
    SELECT p.id, p.title FROM action_effort_partnerships ep JOIN partnerships p ON p.id = ep.partnership_id
    WHERE ep.effort_id = ? ORDER BY p.title COLLATE NOCASE`);
  const clearPartnerships = db.prepare('DELETE FROM action_effort_partnerships WHERE effort_id = ?');
  const linkPartnership = db.prepare(
    'INSERT INTO action_effort_partnerships (effort_id, partnership_id) VALUES (?, ?)',
  );

  const effortValues = (fields: Omit<EffortFields, 'partnershipIds'>) => ({
    title: fields.title,
    description: fields.description,
    focusArea: fields.focusArea,
    responsible: fields.responsible,
    state: fields.state,
    statusText: fields.statusText,
  });

  return {
    listPlans: (): PlanRow[] => listPlans.all(),
    getPlan: (id: number): PlanRow | undefined => getPlan.get(id),
    counts: (): PlanCountsRow[] => counts.all(),
    planWithPeriod: (period: string): number | undefined => periodOwner.get(period)?.id,
    nextPlans: (id: number): PlanLinkRow[] => nextPlans.all(id),
    continuedIn: (id: number): PlanLinkRow[] => continuedIn.all(id),
    insertPlan: (fields: PlanFields, previousPlanId: number | null, now: string): number =>
      Number(insertPlan.run({ ...fields, previousPlanId, now }).lastInsertRowid),
    updatePlan: (id: number, fields: PlanFields, now: string): void =>
      void updatePlan.run({ ...fields, id, now }),
    touchPlan: (id: number, now: string): void => void touchPlan.run(now, id),
    deletePlan: (id: number): boolean => deletePlan.run(id).changes === 1,

    goalsOf: (planId: number): GoalRow[] => goalsOf.all(planId),
    getGoal: (id: number): GoalRow | undefined => getGoal.get(id),
    insertGoal: (planId: number, strategyGoalId: number | null, name: string): number =>
      Number(insertGoal.run({ planId, strategyGoalId, name }).lastInsertRowid),
    deleteGoal: (id: number): void => void deleteGoal.run(id),

    effortsOf: (planId: number): EffortRow[] => effortsOf.all(planId),
    getEffort: (id: number): EffortRow | undefined => getEffort.get(id),
    insertEffort: (
      goalId: number,
      fields: Omit<EffortFields, 'partnershipIds'>,
      carriedFromId: number | null,
      now: string,
    ): number =>
      Number(insertEffort.run({ ...effortValues(fields), goalId, carriedFromId, now }).lastInsertRowid),
    updateEffort: (id: number, goalId: number, fields: Omit<EffortFields, 'partnershipIds'>, now: string) =>
      void updateEffort.run({ ...effortValues(fields), id, goalId, now }),
    deleteEffort: (id: number): void => void deleteEffort.run(id),
    carriedTo: (effortId: number): PlanLinkRow | undefined => carriedTo.get(effortId),
    history: (effortId: number): EffortHistoryEntry[] => history.all(effortId),

    partnershipsOf: (effortId: number) => partnershipsOf.all(effortId),
    setPartnerships(effortId: number, partnershipIds: readonly number[]): void {
      clearPartnerships.run(effortId);
      for (const partnershipId of partnershipIds) linkPartnership.run(effortId, partnershipId);
    },
  };
}
export type ActionPlanRepository = ReturnType<typeof createActionPlanRepository>;
