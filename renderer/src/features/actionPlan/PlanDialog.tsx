import { Field, Input, Textarea } from '@fluentui/react-components';
import { planFieldsSchema, type ActionPlan } from '../../../../shared/api';
import { validation } from '../../components/fieldMessages';
import { FormDialog } from '../../components/FormDialog';
import { useFieldForm } from '../../components/useFieldForm';
import { usePlanChange } from './queries';

/** Creates a plan (`plan` null) or changes its name, period and introduction. */
export function PlanDialog({
  plan,
  onClose,
  onSaved,
}: {
  plan: ActionPlan | null;
  onClose(): void;
  onSaved(plan: ActionPlan): void;
}) {
  const create = usePlanChange('actionPlans.create');
  const update = usePlanChange('actionPlans.update');
  const form = useFieldForm(() => ({
    title: plan?.title ?? '',
    period: plan?.period ?? '',
    description: plan?.description ?? '',
  }));
  const { values, set, messages } = form;
  // A new plan is named after its period until the consultant names it.
  const autoTitle = plan === null && (values.title === '' || values.title === `Handleplan ${values.period}`);

  async function submit() {
    await form.submit(
      planFieldsSchema,
      values,
      async (fields) => {
        const saved =
          plan === null
            ? await create.mutateAsync(fields)
            : await update.mutateAsync({ id: plan.id, fields });
        onSaved(saved);
      },
      'Handleplanen er ikke gemt.',
    );
  }

  return (
    <FormDialog
      title={plan === null ? 'Ny handleplan' : 'Rediger handleplan'}
      submitLabel={plan === null ? 'Opret handleplan' : 'Gem'}
      busy={create.isPending || update.isPending}
      problem={form.problem}
      dirty={form.dirty}
      onSubmit={submit}
      onClose={onClose}
    >
      <Field label="Periode" required hint="Fx 2026 eller 2026-27" {...validation(messages, 'period')}>
        <Input
          value={values.period}
          onChange={(_e, d) => {
            if (autoTitle) set('title', d.value.trim() ? `Handleplan ${d.value.trim()}` : '');
            set('period', d.value);
          }}
        />
      </Field>
      <Field label="Navn" required {...validation(messages, 'title')}>
        <Input value={values.title} onChange={(_e, d) => set('title', d.value)} />
      </Field>
      <Field
        label="Indledning"
        hint="Står øverst i statusoversigten, fx planens temaer."
        {...validation(messages, 'description')}
      >
        <Textarea
          value={values.description}
          onChange={(_e, d) => set('description', d.value)}
          rows={3}
          resize="vertical"
        />
      </Field>
    </FormDialog>
  );
}
