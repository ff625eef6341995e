import { effortFieldsSchema, planFieldsSchema } from '../../../shared/api';
import type { ActionPlanService } from '../actionPlans';
import { DEMO_PLAN, type DemoEffort } from './demoActionPlan';

/**
 * The demo action plan, through the same service the app uses: the earlier period with its
 * statuses, carried over into the current plan, which gets its first status and a new effort.
 */
export function loadDemoActionPlan(
  plans: ActionPlanService,
  partnershipIds: ReadonlyMap<string, number>,
): void {
  const fieldsOf = ({ partnerships = [], ...effort }: DemoEffort) =>
    effortFieldsSchema.parse({
      ...effort,
      partnershipIds: partnerships.map((title) => partnershipIds.get(title)),
    });

  const { title, period, description } = DEMO_PLAN;
  let plan = plans.create(planFieldsSchema.parse({ title, period, description }));
  for (const goal of DEMO_PLAN.goals) {
    plan = plans.addGoal({ planId: plan.id, name: goal.name });
    const goalId = plan.goals.at(-1)!.id;
    for (const effort of goal.efforts) plans.saveEffort(null, goalId, fieldsOf(effort));
  }

  let next = plans.carryOver(plan.id, DEMO_PLAN.next.period);
  for (const effort of next.goals.flatMap((g) => g.efforts)) {
    const status = DEMO_PLAN.next.statuses[effort.title];
    if (!status) continue;
    next = plans.saveEffort(
      effort.id,
      effort.goalId,
      effortFieldsSchema.parse({
        title: effort.title,
        description: effort.description,
        focusArea: effort.focusArea,
        responsible: effort.responsible,
        ...status,
        partnershipIds: effort.partnerships.map((p) => p.id),
      }),
    );
  }
  const goal = next.goals.find((g) => g.name === DEMO_PLAN.next.added.goal)!;
  plans.saveEffort(null, goal.id, fieldsOf(DEMO_PLAN.next.added.effort));
}
