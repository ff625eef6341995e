import {
  ApiFailure,
  type ActionPlan,
  type Effort,
  type EffortFields,
  type PlanFields,
  type PlanSummary,
  type TransferFile,
} from '../../shared/api';
import {
  CARRIED_OVER_STATE,
  EFFORT_STATES,
  statusReport,
  statusReportFileName,
  titleForPeriod,
  toIsoDate,
  type EffortState,
  type StatusReportSource,
} from '../../shared/domain';
import type { Repositories } from '../db/repositories';
import type { EffortRow, PlanRow } from '../db/repositories/actionPlans';
import { statusReportBytes } from '../documents/statusReportDocument';
import { letterheadOf } from './letterheadOf';
import type { Ports } from './ports';
import type { SettingsService } from './settings';

const PLAN_GONE = 'Handleplanen findes ikke længere. Den kan være slettet i et andet vindue.';
const GOAL_GONE = 'Strategimålet findes ikke længere i handleplanen. Opdater visningen og prøv igen.';
const EFFORT_GONE = 'Indsatsen findes ikke længere. Den kan være slettet i et andet vindue.';

/** The fields of an effort the history records, in the order a form shows them. */
const AUDITED_EFFORT_FIELDS = [
  'title',
  'description',
  'focusArea',
  'responsible',
  'state',
  'statusText',
] as const;

/**
 * The handleplan: plans with a period, their strategy goals, the efforts under each goal with a
 * state and a status text for the period, carrying efforts on into the next plan with their
 * history, and the status overview in Word.
 */
export function createActionPlanService(repos: Repositories, ports: Ports, settings: SettingsService) {
  const plans = repos.actionPlans;
  const stamp = () => ports.now().toISOString();

  function mustGetPlan(id: number): PlanRow {
    const plan = plans.getPlan(id);
    if (!plan) throw new ApiFailure('not_found', PLAN_GONE);
    return plan;
  }

  function mustGetGoal(id: number) {
    const goal = plans.getGoal(id);
    if (!goal) throw new ApiFailure('not_found', GOAL_GONE);
    return goal;
  }

  function mustGetEffort(id: number): EffortRow {
    const effort = plans.getEffort(id);
    if (!effort) throw new ApiFailure('not_found', EFFORT_GONE);
    return effort;
  }

  function refusePeriodTaken(period: string, exceptId?: number): void {
    const owner = plans.planWithPeriod(period);
    if (owner !== undefined && owner !== exceptId) {
      throw new ApiFailure('conflict', `Der findes allerede en handleplan for ${period}.`, [
        { path: 'period', message: 'Perioden har allerede en handleplan. Vælg en anden periode.' },
      ]);
    }
  }

  function audit(
    entity: 'actionPlan' | 'actionEffort',
    entityId: number,
    action: 'create' | 'update' | 'delete',
    change: { field?: string; oldValue?: string; newValue?: string; reason?: string } = {},
  ): void {
    repos.auditLog.append({ at: stamp(), actor: ports.actor, entity, entityId, action, ...change });
  }

  function effortOf(row: EffortRow): Effort {
    return {
      id: row.id,
      goalId: row.goalId,
      title: row.title,
      description: row.description,
      focusArea: row.focusArea,
      responsible: row.responsible,
      state: row.state,
      statusText: row.statusText,
      partnerships: plans.partnershipsOf(row.id),
      history: row.carriedFromId === null ? [] : plans.history(row.id),
      carriedTo: plans.carriedTo(row.id) ?? null,
      updatedAt: row.updatedAt,
    };
  }

  function planLink(plan: PlanRow) {
    return plan.previousPlanId === null || plan.previousPeriod === null
      ? null
      : { planId: plan.previousPlanId, period: plan.previousPeriod };
  }

  function get(id: number): ActionPlan {
    const plan = mustGetPlan(id);
    const efforts = plans.effortsOf(id).map(effortOf);
    return {
      id: plan.id,
      title: plan.title,
      period: plan.period,
      description: plan.description,
      previous: planLink(plan),
      next: plans.nextPlans(id),
      createdAt: plan.createdAt,
      updatedAt: plan.updatedAt,
      goals: plans.goalsOf(id).map((goal) => ({
        id: goal.id,
        name: goal.name,
        strategyGoalId: goal.strategyGoalId,
        efforts: efforts.filter((e) => e.goalId === goal.id),
      })),
    };
  }

  function checkPartnerships(ids: readonly number[]): void {
    if (ids.some((id) => repos.partnerships.get(id) === undefined)) {
      throw new ApiFailure('validation', 'Et af de valgte samarbejder findes ikke længere.', [
        { path: 'partnershipIds', message: 'Et af samarbejderne findes ikke længere. Vælg igen.' },
      ]);
    }
  }

  function insertEffort(goalId: number, fields: EffortFields, carriedFromId: number | null): number {
    const { partnershipIds, ...rest } = fields;
    const id = plans.insertEffort(goalId, rest, carriedFromId, stamp());
    plans.setPartnerships(id, partnershipIds);
    return id;
  }

  function list(): PlanSummary[] {
    const counts = plans.counts();
    return plans.listPlans().map((plan) => {
      const mine = counts.filter((c) => c.planId === plan.id);
      const stateCounts = Object.fromEntries(
        EFFORT_STATES.map((s) => [s, mine.find((c) => c.state === s)?.efforts ?? 0]),
      ) as Record<EffortState, number>;
      return {
        id: plan.id,
        title: plan.title,
        period: plan.period,
        description: plan.description,
        previous: planLink(plan),
        createdAt: plan.createdAt,
        updatedAt: plan.updatedAt,
        goalCount: mine[0]?.goals ?? 0,
        effortCount: Object.values(stateCounts).reduce((a, b) => a + b, 0),
        stateCounts,
      };
    });
  }

  /** What the status overview needs, in the plan's own order. */
  function reportSource(id: number): StatusReportSource {
    const plan = get(id);
    return {
      title: plan.title,
      period: plan.period,
      description: plan.description,
      goals: plan.goals.map((goal) => ({
        name: goal.name,
        efforts: goal.efforts.map((e) => ({
          ...e,
          partnerships: e.partnerships.map((p) => p.title),
          carriedFromPeriod: e.history.at(-1)?.period ?? null,
          carriedToPeriod: e.carriedTo?.period ?? null,
        })),
      })),
    };
  }

  return {
    list,
    get,

    create(fields: PlanFields): ActionPlan {
      return repos.transaction(() => {
        refusePeriodTaken(fields.period);
        const id = plans.insertPlan(fields, null, stamp());
        audit('actionPlan', id, 'create');
        return get(id);
      });
    },

    update(id: number, fields: PlanFields): ActionPlan {
      return repos.transaction(() => {
        const before = mustGetPlan(id);
        refusePeriodTaken(fields.period, id);
        plans.updatePlan(id, fields, stamp());
        for (const field of ['title', 'period', 'description'] as const) {
          if (before[field] !== fields[field])
            audit('actionPlan', id, 'update', { field, oldValue: before[field], newValue: fields[field] });
        }
        return get(id);
      });
    },

    /** A plan whose efforts live on in a later plan is that plan's history, and stays. */
    delete(id: number): { id: number } {
      return repos.transaction(() => {
        const plan = mustGetPlan(id);
        const continued = plans.continuedIn(id);
        if (continued.length > 0) {
          throw new ApiFailure(
            'conflict',
            `${plan.title} kan ikke slettes, fordi indsatser fra den er videreført i handleplan ` +
              `${continued.map((c) => c.period).join(', ')} og er en del af deres historik.`,
          );
        }
        plans.deletePlan(id);
        audit('actionPlan', id, 'delete', { oldValue: `${plan.title} (${plan.period})` });
        return { id };
      });
    },

    /** Adds one of the municipality's strategy goals; a new name is added to that list too. */
    addGoal(input: { planId: number; strategyGoalId?: number; name?: string }): ActionPlan {
      return repos.transaction(() => {
        mustGetPlan(input.planId);
        let strategyGoalId: number;
        if (input.strategyGoalId !== undefined) {
          if (!repos.lists.exists('strategyGoals', input.strategyGoalId))
            throw new ApiFailure('validation', 'Strategimålet findes ikke længere. Vælg et andet.', [
              { path: 'strategyGoalId', message: 'Strategimålet findes ikke længere. Vælg et andet.' },
            ]);
          strategyGoalId = input.strategyGoalId;
        } else {
          const name = input.name ?? '';
          strategyGoalId =
            repos.lists.findByName('strategyGoals', name) ?? repos.lists.add('strategyGoals', name);
        }
        if (plans.goalsOf(input.planId).some((g) => g.strategyGoalId === strategyGoalId)) {
          throw new ApiFailure('conflict', 'Strategimålet er allerede med i handleplanen.', [
            { path: 'name', message: 'Strategimålet er allerede med. Vælg et andet.' },
          ]);
        }
        const name = repos.lists.all('strategyGoals').find((g) => g.id === strategyGoalId)?.name ?? '';
        plans.insertGoal(input.planId, strategyGoalId, name);
        plans.touchPlan(input.planId, stamp());
        return get(input.planId);
      });
    },

    /** Only an empty goal can go, so no effort and its status is lost by a slip. */
    removeGoal(goalId: number): ActionPlan {
      return repos.transaction(() => {
        const goal = mustGetGoal(goalId);
        const efforts = plans.effortsOf(goal.planId).filter((e) => e.goalId === goalId).length;
        if (efforts > 0) {
          throw new ApiFailure(
            'conflict',
            `«${goal.name}» har ${String(efforts)} ${efforts === 1 ? 'indsats' : 'indsatser'}. ` +
              'Flyt dem til et andet strategimål eller slet dem først.',
          );
        }
        plans.deleteGoal(goalId);
        plans.touchPlan(goal.planId, stamp());
        return get(goal.planId);
      });
    },

    /** Creates (id null) or updates an effort; it may move to another goal of the same plan. */
    saveEffort(id: number | null, goalId: number, fields: EffortFields): ActionPlan {
      return repos.transaction(() => {
        const goal = mustGetGoal(goalId);
        checkPartnerships(fields.partnershipIds);
        if (id === null) {
          const created = insertEffort(goalId, fields, null);
          audit('actionEffort', created, 'create', { newValue: fields.title });
        } else {
          const before = mustGetEffort(id);
          const from = mustGetGoal(before.goalId);
          if (from.planId !== goal.planId) {
            throw new ApiFailure(
              'validation',
              'En indsats kan kun flyttes mellem strategimål i samme handleplan.',
              [{ path: 'goalId', message: 'Vælg et strategimål i samme handleplan.' }],
            );
          }
          const { partnershipIds, ...rest } = fields;
          plans.updateEffort(id, goalId, rest, stamp());
          plans.setPartnerships(id, partnershipIds);
          for (const field of AUDITED_EFFORT_FIELDS) {
            if (before[field] !== fields[field])
              audit('actionEffort', id, 'update', {
                field,
                oldValue: before[field],
                newValue: fields[field],
              });
          }
        }
        plans.touchPlan(goal.planId, stamp());
        return get(goal.planId);
      });
    },

    /** An effort carried on into a later plan is part of that plan's history, and stays. */
    deleteEffort(id: number): ActionPlan {
      return repos.transaction(() => {
        const effort = mustGetEffort(id);
        const goal = mustGetGoal(effort.goalId);
        const carriedTo = plans.carriedTo(id);
        if (carriedTo) {
          throw new ApiFailure(
            'conflict',
            `«${effort.title}» er videreført i handleplan ${carriedTo.period} og er en del af dens historik. ` +
              'Den kan derfor ikke slettes her.',
          );
        }
        plans.deleteEffort(id);
        audit('actionEffort', id, 'delete', { oldValue: effort.title });
        plans.touchPlan(goal.planId, stamp());
        return get(goal.planId);
      });
    },

    /**
     * "Viderefør til næste plan": a new plan for `period` with the same strategy goals and a copy
     * of every effort marked videreføres that has not been carried on yet. Each copy points back
     * at the effort it continues, so the earlier periods' statuses stay visible from the new plan.
     */
    carryOver(planId: number, period: string, title?: string): ActionPlan {
      return repos.transaction(() => {
        const source = get(planId);
        const candidates = source.goals.flatMap((goal) =>
          goal.efforts
            .filter((e) => e.state === 'viderefoeres' && e.carriedTo === null)
            .map((e) => ({ goal, e })),
        );
        if (candidates.length === 0) {
          throw new ApiFailure(
            'validation',
            `Ingen indsatser i ${source.title} venter på at blive videreført. ` +
              'Sæt status «Videreføres» på de indsatser, der skal med i næste handleplan.',
          );
        }
        refusePeriodTaken(period);
        const newId = plans.insertPlan(
          { title: title ?? titleForPeriod(source.title, source.period, period), period, description: '' },
          planId,
          stamp(),
        );
        audit('actionPlan', newId, 'create', { reason: `Videreført fra ${source.title}` });
        const goalIds = new Map(
          source.goals.map((goal) => [goal.id, plans.insertGoal(newId, goal.strategyGoalId, goal.name)]),
        );
        for (const { goal, e } of candidates) {
          const copy = insertEffort(
            goalIds.get(goal.id)!,
            {
              title: e.title,
              description: e.description,
              focusArea: e.focusArea,
              responsible: e.responsible,
              state: CARRIED_OVER_STATE,
              statusText: '',
              partnershipIds: e.partnerships.map((p) => p.id),
            },
            e.id,
          );
          audit('actionEffort', copy, 'create', {
            newValue: e.title,
            reason: `Videreført fra ${source.title}`,
          });
        }
        return get(newId);
      });
    },

    /** The status overview ("Statusoversigt") in Word: Strategimål og fokusområde | Indsats | Status. */
    async statusReport(planId: number): Promise<TransferFile> {
      const source = reportSource(planId);
      const bytes = await statusReportBytes(statusReport(source), letterheadOf(settings.get(), ports));
      return {
        fileName: statusReportFileName(source.title, toIsoDate(ports.now())),
        contentBase64: Buffer.from(bytes).toString('base64'),
      };
    },
  };
}
export type ActionPlanService = ReturnType<typeof createActionPlanService>;
