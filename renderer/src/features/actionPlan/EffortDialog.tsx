import { Button, Field, Input, Select, Text, Textarea, makeStyles } from '@fluentui/react-components';
import {
  effortFieldsSchema,
  type ActionPlan,
  type Effort,
  type EffortFieldsInput,
} from '../../../../shared/api';
import { EFFORT_STATES, EFFORT_STATE_LABELS, type EffortState } from '../../../../shared/domain';
import { useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { validation } from '../../components/fieldMessages';
import { FormDialog } from '../../components/FormDialog';
import { codeOptions } from '../../components/options';
import { useNotify } from '../../components/useNotify';
import { PartnershipPicker } from '../partnerships/PartnershipPicker';
import { useFieldForm } from '../../components/useFieldForm';
import { EffortHistory } from './EffortHistory';
import { usePlanChange } from './queries';
import { fieldRow } from '../../components/fieldRow';

const useStyles = makeStyles({
  surface: { maxWidth: '760px', width: '100%' },
  row: fieldRow(1, 1),
});

type Values = Required<Omit<EffortFieldsInput, 'partnershipIds'>> & {
  partnershipIds: number[];
  goalId: number;
};

/**
 * One effort (indsats): what it is, who is responsible, the partnerships it involves, and where
 * it stands in this plan's period. Earlier periods' statuses are shown, not edited.
 */
export function EffortDialog({
  plan,
  goalId,
  effort,
  onClose,
}: {
  plan: ActionPlan;
  goalId: number;
  effort: Effort | null;
  onClose(): void;
}) {
  const styles = useStyles();
  const notify = useNotify();
  const save = usePlanChange('actionPlans.saveEffort');
  const remove = usePlanChange('actionPlans.deleteEffort');
  const form = useFieldForm<Values>(() => ({
    goalId,
    title: effort?.title ?? '',
    description: effort?.description ?? '',
    focusArea: effort?.focusArea ?? '',
    responsible: effort?.responsible ?? '',
    state: effort?.state ?? 'ikke_startet',
    statusText: effort?.statusText ?? '',
    partnershipIds: effort?.partnerships.map((p) => p.id) ?? [],
  }));
  const { values, set, messages } = form;
  const [confirmingDelete, setConfirmingDelete] = useState(false);

  async function submit() {
    const { goalId: chosenGoal, ...fields } = values;
    const saved = await form.submit(
      effortFieldsSchema,
      fields,
      (parsed) => save.mutateAsync({ id: effort?.id ?? null, goalId: chosenGoal, fields: parsed }),
      'Indsatsen er ikke gemt.',
    );
    if (saved) {
      notify(`«${values.title.trim()}» er gemt`);
      onClose();
    }
  }

  function deleteEffort(doomed: Effort) {
    remove.mutate(
      { id: doomed.id },
      {
        onSuccess: () => {
          notify(`«${doomed.title}» er slettet`);
          onClose();
        },
        onError: (error) => notify(error.message, 'error'),
      },
    );
  }

  return (
    <FormDialog
      title={effort ? effort.title : 'Ny indsats'}
      submitLabel="Gem"
      busy={save.isPending}
      problem={form.problem}
      dirty={form.dirty}
      className={styles.surface}
      secondaryAction={
        effort &&
        !effort.carriedTo && (
          <Button appearance="subtle" onClick={() => setConfirmingDelete(true)} disabled={remove.isPending}>
            Slet indsats
          </Button>
        )
      }
      onSubmit={submit}
      onClose={onClose}
    >
      <Field label="Indsats" required {...validation(messages, 'title')}>
        <Input value={values.title} onChange={(_e, d) => set('title', d.value)} />
      </Field>
      <div className={styles.row}>
        <Field label="Strategimål" {...validation(messages, 'goalId')}>
          <Select value={String(values.goalId)} onChange={(_e, d) => set('goalId', Number(d.value))}>
            {plan.goals.map((g, i) => (
              <option key={g.id} value={String(g.id)}>
                {`${String(i + 1)}. ${g.name}`}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Fokusområde" {...validation(messages, 'focusArea')}>
          <Input value={values.focusArea} onChange={(_e, d) => set('focusArea', d.value)} />
        </Field>
      </div>
      <Field label="Beskrivelse" {...validation(messages, 'description')}>
        <Textarea
          value={values.description}
          onChange={(_e, d) => set('description', d.value)}
          rows={3}
          resize="vertical"
        />
      </Field>
      <div className={styles.row}>
        <Field label="Ansvarlig" {...validation(messages, 'responsible')}>
          <Input value={values.responsible} onChange={(_e, d) => set('responsible', d.value)} />
        </Field>
        <Field label={`Status for ${plan.period}`} {...validation(messages, 'state')}>
          <Select value={values.state} onChange={(_e, d) => set('state', d.value as EffortState)}>
            {codeOptions(EFFORT_STATES, EFFORT_STATE_LABELS)}
          </Select>
        </Field>
      </div>
      <Field
        label={`Statustekst for ${plan.period}`}
        hint="Hvad er der gjort, hvad er resultatet, og hvad sker der nu? Står i statusoversigten."
        {...validation(messages, 'statusText')}
      >
        <Textarea
          value={values.statusText}
          onChange={(_e, d) => set('statusText', d.value)}
          rows={5}
          resize="vertical"
        />
      </Field>
      <PartnershipPicker
        selected={values.partnershipIds}
        titles={new Map(effort?.partnerships.map((p) => [p.id, p.title]))}
        onChange={(ids) => set('partnershipIds', ids)}
        validationMessage={messages.partnershipIds}
      />
      {effort && effort.history.length > 0 && <EffortHistory history={effort.history} />}
      {effort?.carriedTo && (
        <Text size={200}>Indsatsen er videreført i handleplan {effort.carriedTo.period}.</Text>
      )}
      {effort && confirmingDelete && (
        <ConfirmDialog
          title={`Slet indsatsen «${effort.title}»?`}
          confirmLabel="Slet indsatsen"
          busy={remove.isPending}
          problem={null}
          onConfirm={() => deleteEffort(effort)}
          onClose={() => setConfirmingDelete(false)}
        >
          Indsatsen slettes med sin status for {plan.period}. Det kan ikke fortrydes.
        </ConfirmDialog>
      )}
    </FormDialog>
  );
}
