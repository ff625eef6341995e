import { ApiFailure, partnershipFieldsSchema, type PartnershipFields } from '../../../shared/api';
import type { LookupList } from '../../../shared/domain';
import type { Repositories } from '../../db/repositories';
import type { ActionPlanService } from '../actionPlans';
import type { PartnershipService } from '../partnerships';
import { DEMO_PARTNERSHIPS, type DemoPartnership } from './demoData';
import { loadDemoActionPlan } from './loadDemoActionPlan';
import { loadDemoFollowupGroup } from './loadDemoFollowupGroup';
import type { createFollowupServices } from '../followupGroup';

/** Loads the demo register in one transaction; only into an empty register, never on top of real data. */
export function createDemoService(
  repos: Repositories,
  partnerships: PartnershipService,
  actionPlans: ActionPlanService,
  followup: ReturnType<typeof createFollowupServices>,
) {
  function idOf(list: LookupList, name: string | undefined): number | null {
    if (name === undefined) return null;
    return repos.lists.findByName(list, name) ?? repos.lists.add(list, name);
  }

  function fieldsOf({ unit, welfareArea, strategyGoals = [], ...rest }: DemoPartnership): PartnershipFields {
    return partnershipFieldsSchema.parse({
      ...rest,
      unitId: idOf('units', unit),
      welfareAreaId: idOf('welfareAreas', welfareArea),
      strategyGoalIds: strategyGoals.map((goal) => idOf('strategyGoals', goal)),
    });
  }

  return {
    load(): { added: number } {
      return repos.transaction(() => {
        if (repos.partnerships.list().length > 0) {
          throw new ApiFailure(
            'conflict',
            'Demodata kan kun indlæses i et tomt register, så de ikke blandes med rigtige samarbejder. Brug en ny datafil (--db).',
          );
        }
        const ids = new Map(
          DEMO_PARTNERSHIPS.map((demo) => [demo.title, partnerships.create(fieldsOf(demo)).id] as const),
        );
        loadDemoActionPlan(actionPlans, ids);
        loadDemoFollowupGroup(followup, (name) => idOf('segments', name) ?? 0, ids);
        return { added: DEMO_PARTNERSHIPS.length };
      });
    },
  };
}
