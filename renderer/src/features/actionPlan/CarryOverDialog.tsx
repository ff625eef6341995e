import {
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { carryOverSchema, type ActionPlan } from '../../../../shared/api';
import { nextPeriod, titleForPeriod } from '../../../../shared/domain';
import { validation } from '../../components/fieldMessages';
import { FormDialog } from '../../components/FormDialog';
import { useFieldForm } from '../../components/useFieldForm';
import { usePlanChange } from './queries';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/**
 * "Viderefør til næste plan": a new plan with the same strategy goals and the efforts marked
 * videreføres, each keeping its earlier statuses.
 */
export function CarryOverDialog({
  plan,
  onClose,
  onDone,
}: {
  plan: ActionPlan;
  onClose(): void;
  onDone(next: ActionPlan): void;
}) {
  const styles = useStyles();
  const carry = usePlanChange('actionPlans.carryOver');
  const efforts = plan.goals
    .flatMap((g) => g.efforts)
    .filter((e) => e.state === 'viderefoeres' && !e.carriedTo);
  const form = useFieldForm(() => {
    const period = nextPeriod(plan.period);
    return { period, title: titleForPeriod(plan.title, plan.period, period) };
  });
  const { values, set, messages } = form;

  async function submit() {
    await form.submit(
      carryOverSchema,
      { planId: plan.id, ...values },
      async (input) => onDone(await carry.mutateAsync(input)),
      'Handleplanen er ikke videreført.',
    );
  }

  return (
    <FormDialog
      title="Viderefør til næste plan"
      submitLabel="Viderefør"
      busy={carry.isPending}
      problem={form.problem}
      dirty={form.dirty}
      canSubmit={efforts.length > 0}
      onSubmit={submit}
      onClose={onClose}
    >
      {efforts.length === 0 ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            Ingen indsatser venter på at blive videreført. Sæt status «Videreføres» på de indsatser, der skal
            med i næste handleplan.
          </MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <Text>
            En ny handleplan med de samme strategimål og disse {efforts.length} indsatser. Deres status for{' '}
            {plan.period} kan stadig ses fra den nye plan.
          </Text>
          <ul className={styles.list} aria-label="Indsatser der videreføres">
            {efforts.map((e) => (
              <li key={e.id}>{e.title}</li>
            ))}
          </ul>
          <Field label="Ny periode" required hint="Fx 2027-28" {...validation(messages, 'period')}>
            <Input
              value={values.period}
              onChange={(_e, d) => {
                // The name follows the period until the consultant writes their own.
                if (values.title === titleForPeriod(plan.title, plan.period, values.period.trim()))
                  set('title', titleForPeriod(plan.title, plan.period, d.value.trim()));
                set('period', d.value);
              }}
            />
          </Field>
          <Field label="Navn på den nye handleplan" required {...validation(messages, 'title')}>
            <Input value={values.title} onChange={(_e, d) => set('title', d.value)} />
          </Field>
        </>
      )}
    </FormDialog>
  );
}
