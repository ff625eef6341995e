import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { FormEvent } from 'react';
import { planFieldsSchema, type ActionPlan } from '../../../../shared/api';
import { validation } from '../../components/fieldMessages';
import { useFieldForm } from '../../components/useFieldForm';
import { usePlanChange } from './queries';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

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
  const styles = useStyles();
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

  async function submit(event: FormEvent) {
    event.preventDefault();
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
    <Dialog open onOpenChange={(_e, d) => !d.open && onClose()}>
      <DialogSurface>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <DialogBody>
            <DialogTitle>{plan === null ? 'Ny handleplan' : 'Redigér handleplan'}</DialogTitle>
            <DialogContent className={styles.form}>
              {form.problem && (
                <MessageBar intent="error" role="alert">
                  <MessageBarBody>{form.problem}</MessageBarBody>
                </MessageBar>
              )}
              <Field
                label="Periode"
                required
                hint="Fx 2026 eller 2026-27"
                {...validation(messages, 'period')}
              >
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
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit" disabled={create.isPending || update.isPending}>
                {plan === null ? 'Opret handleplan' : 'Gem'}
              </Button>
              <Button onClick={onClose}>Annuller</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
