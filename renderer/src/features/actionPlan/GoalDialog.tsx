import { Field, Input, Select } from '@fluentui/react-components';
import { useState } from 'react';
import type { ActionPlan } from '../../../../shared/api';
import { EXAMPLE_STRATEGY_GOALS } from '../../../../shared/domain';
import { ApiCallError } from '../../api/client';
import { FormDialog } from '../../components/FormDialog';
import { useEditedValues } from '../../components/useEditedValues';
import { useLookupLists } from '../partnerships/queries';
import { usePlanChange } from './queries';

const NEW = 'ny';

/**
 * Adds a strategy goal to the plan: one of the municipality's own (Indstillinger), one of
 * Rødovre's four as an example, or a new one. Examples and new goals join the municipality's list.
 */
export function GoalDialog({ plan, onClose }: { plan: ActionPlan; onClose(): void }) {
  const lists = useLookupLists();
  const add = usePlanChange('actionPlans.addGoal');
  const inPlan = new Set(plan.goals.map((g) => g.strategyGoalId));
  const own = (lists.data?.strategyGoals ?? []).filter((g) => !inPlan.has(g.id));
  const known = new Set((lists.data?.strategyGoals ?? []).map((g) => g.name.toLocaleLowerCase('da')));
  const examples = EXAMPLE_STRATEGY_GOALS.filter((name) => !known.has(name.toLocaleLowerCase('da')));
  const { values, setValues, dirty } = useEditedValues({ choice: '', name: '' });
  const { choice, name } = values;
  const [problem, setProblem] = useState<string | null>(null);

  async function submit() {
    const input = choice.startsWith('id:')
      ? { planId: plan.id, strategyGoalId: Number(choice.slice(3)) }
      : { planId: plan.id, name: choice === NEW ? name : choice.slice(3) };
    if (!choice || (choice === NEW && !name.trim())) {
      setProblem('Vælg et strategimål på listen, eller skriv et nyt.');
      return;
    }
    try {
      await add.mutateAsync(input);
      onClose();
    } catch (error) {
      setProblem(
        error instanceof ApiCallError ? error.message : 'Strategimålet er ikke tilføjet. Prøv igen.',
      );
    }
  }

  return (
    <FormDialog
      title="Tilføj strategimål"
      submitLabel="Tilføj"
      busy={add.isPending}
      problem={problem}
      dirty={dirty}
      onSubmit={submit}
      onClose={onClose}
    >
      <Field label="Strategimål" hint="Kommunens egne strategimål redigeres under Indstillinger.">
        <Select value={choice} onChange={(_e, d) => setValues((v) => ({ ...v, choice: d.value }))}>
          <option value="">Vælg …</option>
          {own.length > 0 && (
            <optgroup label="Kommunens strategimål">
              {own.map((g) => (
                <option key={g.id} value={`id:${String(g.id)}`}>
                  {g.name}
                </option>
              ))}
            </optgroup>
          )}
          {examples.length > 0 && (
            <optgroup label="Eksempler: Rødovres fire strategimål">
              {examples.map((example) => (
                <option key={example} value={`ex:${example}`}>
                  {example}
                </option>
              ))}
            </optgroup>
          )}
          <option value={NEW}>Skriv et nyt strategimål …</option>
        </Select>
      </Field>
      {choice === NEW && (
        <Field label="Nyt strategimål" required>
          <Input value={name} onChange={(_e, d) => setValues((v) => ({ ...v, name: d.value }))} autoFocus />
        </Field>
      )}
    </FormDialog>
  );
}
