import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ActionPlan, MethodInput, MethodName } from '../../../../shared/api';
import { call } from '../../api/client';

const PLANS = ['actionPlans'] as const;

export function usePlans() {
  return useQuery({ queryKey: PLANS, queryFn: () => call('actionPlans.list', {}) });
}

export function usePlan(id: number | null) {
  return useQuery({
    queryKey: [...PLANS, id],
    queryFn: () => call('actionPlans.get', { id: id! }),
    enabled: id !== null,
  });
}

type PlanMethod = {
  [M in MethodName]: M extends `actionPlans.${string}` ? M : never;
}[MethodName];

/**
 * A change to a plan: the answer is the whole plan, put straight into the cache, and the list
 * (counts, links between plans) is fetched again. Goals may add to the strategy-goal list.
 */
export function usePlanChange<M extends PlanMethod>(method: M) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<M>) => call(method, input),
    onSuccess: (result) => {
      if (result && typeof result === 'object' && 'goals' in result) {
        const plan = result as ActionPlan;
        client.setQueryData([...PLANS, plan.id], plan);
      }
      void client.invalidateQueries({ queryKey: PLANS });
      void client.invalidateQueries({ queryKey: ['lists'] });
    },
  });
}
