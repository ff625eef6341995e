import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  Add20Regular,
  ArrowForward20Regular,
  Delete20Regular,
  DocumentText20Regular,
  Edit20Regular,
} from '@fluentui/react-icons';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { Effort, PlanGoal } from '../../../../shared/api';
import { EFFORT_STATES, EFFORT_STATE_LABELS } from '../../../../shared/domain';
import { call } from '../../api/client';
import { saveFile } from '../../api/files';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ProblemBar } from '../../components/ProblemBar';
import { usePageStyles } from '../../components/pageStyles';
import { useNotify } from '../../components/useNotify';
import { CarryOverDialog } from './CarryOverDialog';
import { EffortDialog } from './EffortDialog';
import { EffortStateBadge } from './EffortStateBadge';
import { GoalDialog } from './GoalDialog';
import { PlanDialog } from './PlanDialog';
import { usePlan, usePlanChange } from './queries';
import { planLink, showPlan } from './route';

const useStyles = makeStyles({
  detail: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  head: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  counts: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  goal: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
  },
  goalHead: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  goalTitle: { flexGrow: 1, margin: 0 },
  efforts: { margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column' },
  effort: {
    display: 'grid',
    gridTemplateColumns: 'minmax(160px, 1fr) minmax(0, 2fr) auto',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} 0`,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  // A long word (spørgeskemaundersøgelse) breaks rather than running into the edit button.
  column: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
    overflowWrap: 'break-word',
  },
  status: { whiteSpace: 'pre-line' },
  muted: { color: tokens.colorNeutralForeground3 },
  edit: { alignSelf: 'start' },
});

function EffortRow({ effort, onEdit }: { effort: Effort; onEdit(): void }) {
  const styles = useStyles();
  const earlier = effort.history.at(-1);
  return (
    <li className={styles.effort} data-testid="effort" aria-label={effort.title}>
      <div className={styles.column}>
        <Text weight="semibold">{effort.title}</Text>
        {effort.focusArea && (
          <Text size={200} italic>
            {effort.focusArea}
          </Text>
        )}
        {effort.responsible && (
          <Text size={200} className={styles.muted}>
            Ansvarlig: {effort.responsible}
          </Text>
        )}
        {effort.partnerships.length > 0 && (
          <Text size={200} className={styles.muted}>
            Samarbejder: {effort.partnerships.map((p) => p.title).join(', ')}
          </Text>
        )}
      </div>
      <div className={styles.column}>
        <span>
          <EffortStateBadge state={effort.state} />
        </span>
        <Text size={200} className={styles.status} data-testid="effort-status">
          {effort.statusText || (
            <span className={styles.muted}>Ingen status skrevet for perioden endnu.</span>
          )}
        </Text>
        {earlier && (
          <Text size={200} className={styles.muted} data-testid="effort-earlier">
            Videreført fra <a href={planLink(earlier.planId)}>{earlier.period}</a>
            {earlier.statusText ? `: ${earlier.statusText}` : ''}
          </Text>
        )}
        {effort.carriedTo && (
          <Text size={200} className={styles.muted}>
            Videreført i <a href={planLink(effort.carriedTo.planId)}>handleplan {effort.carriedTo.period}</a>
          </Text>
        )}
      </div>
      <Button
        className={styles.edit}
        icon={<Edit20Regular />}
        onClick={onEdit}
        aria-label={`Rediger ${effort.title}`}
      >
        Rediger
      </Button>
    </li>
  );
}

function GoalSection({
  goal,
  index,
  onEdit,
}: {
  goal: PlanGoal;
  index: number;
  onEdit(goalId: number, effort: Effort | null): void;
}) {
  const page = usePageStyles();
  const styles = useStyles();
  const notify = useNotify();
  const removeGoal = usePlanChange('actionPlans.removeGoal');
  const heading = `Strategimål ${String(index + 1)}: ${goal.name}`;
  return (
    <section className={`${page.card} ${styles.goal}`} aria-label={heading} data-testid="plan-goal">
      <div className={styles.goalHead}>
        <Text as="h3" size={400} weight="semibold" className={styles.goalTitle}>
          {heading}
        </Text>
        <Button icon={<Add20Regular />} onClick={() => onEdit(goal.id, null)}>
          Tilføj indsats
        </Button>
        {goal.efforts.length === 0 && (
          <Button
            appearance="subtle"
            icon={<Delete20Regular />}
            aria-label={`Fjern ${goal.name} fra handleplanen`}
            onClick={() =>
              removeGoal.mutate({ goalId: goal.id }, { onError: (e) => notify(e.message, 'error') })
            }
          />
        )}
      </div>
      {goal.efforts.length === 0 ? (
        <Text size={200} className={styles.muted}>
          Ingen indsatser endnu.
        </Text>
      ) : (
        <ul className={styles.efforts} aria-label={`Indsatser under ${goal.name}`}>
          {goal.efforts.map((e) => (
            <EffortRow key={e.id} effort={e} onEdit={() => onEdit(goal.id, e)} />
          ))}
        </ul>
      )}
    </section>
  );
}

type Open =
  | { kind: 'none' }
  | { kind: 'plan' }
  | { kind: 'goal' }
  | { kind: 'carry' }
  | { kind: 'delete' }
  | { kind: 'effort'; goalId: number; effort: Effort | null };

/** One plan: its goals and efforts, and what can be done with it. */
export function PlanDetail({ id }: { id: number }) {
  const page = usePageStyles();
  const styles = useStyles();
  const notify = useNotify();
  const plan = usePlan(id);
  const remove = usePlanChange('actionPlans.delete');
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const close = () => setOpen({ kind: 'none' });
  const report = useMutation({
    mutationFn: () => call('reports.status', { planId: id }),
    onSuccess: (file) => saveFile(file.fileName, file.contentBase64),
    onError: (error) => notify(`Statusoversigten kunne ikke laves: ${error.message}`, 'error'),
  });

  if (plan.isPending) return <Spinner label="Henter handleplanen …" />;
  if (plan.isError) return <ProblemBar problem={plan.error.message} />;
  const p = plan.data;
  const efforts = p.goals.flatMap((g) => g.efforts);

  function deletePlan() {
    remove.mutate(
      { id: p.id },
      {
        onSuccess: () => {
          notify(`${p.title} er slettet`);
          window.location.hash = '#/handleplan';
        },
        onError: (error) => notify(error.message, 'error'),
      },
    );
  }

  return (
    <div className={styles.detail}>
      <section className={`${page.card} ${styles.head}`} aria-label="Handleplanen">
        <Text as="h2" size={600} weight="semibold" style={{ margin: 0 }}>
          {p.title}
        </Text>
        <Text>
          Periode {p.period}
          {p.previous && (
            <>
              {' · Videreført fra '}
              <a href={planLink(p.previous.planId)}>handleplan {p.previous.period}</a>
            </>
          )}
          {p.next.map((n) => (
            <span key={n.planId}>
              {' · Videreført i '}
              <a href={planLink(n.planId)}>handleplan {n.period}</a>
            </span>
          ))}
        </Text>
        {p.description && <Text className={styles.status}>{p.description}</Text>}
        <div className={styles.counts} aria-label="Indsatser pr. status">
          <Text weight="semibold">{efforts.length} indsatser</Text>
          {EFFORT_STATES.map((s) => {
            const n = efforts.filter((e) => e.state === s).length;
            return n > 0 ? (
              <Text key={s}>{`${String(n)} ${EFFORT_STATE_LABELS[s].toLowerCase()}`}</Text>
            ) : null;
          })}
        </div>
        <div className={styles.actions}>
          <Button
            appearance="primary"
            icon={<DocumentText20Regular />}
            disabled={report.isPending}
            onClick={() => report.mutate()}
          >
            Statusoversigt (Word)
          </Button>
          <Button icon={<ArrowForward20Regular />} onClick={() => setOpen({ kind: 'carry' })}>
            Viderefør til næste plan
          </Button>
          <Button icon={<Add20Regular />} onClick={() => setOpen({ kind: 'goal' })}>
            Tilføj strategimål
          </Button>
          <Button icon={<Edit20Regular />} onClick={() => setOpen({ kind: 'plan' })}>
            Rediger plan
          </Button>
          <Button appearance="subtle" icon={<Delete20Regular />} onClick={() => setOpen({ kind: 'delete' })}>
            Slet plan
          </Button>
        </div>
      </section>
      {p.goals.length === 0 && (
        <MessageBar intent="info">
          <MessageBarBody>
            Planen har ingen strategimål endnu. Tilføj det første med «Tilføj strategimål».
          </MessageBarBody>
        </MessageBar>
      )}
      {p.goals.map((goal, index) => (
        <GoalSection
          key={goal.id}
          goal={goal}
          index={index}
          onEdit={(goalId, effort) => setOpen({ kind: 'effort', goalId, effort })}
        />
      ))}
      {open.kind === 'plan' && <PlanDialog plan={p} onClose={close} onSaved={close} />}
      {open.kind === 'goal' && <GoalDialog plan={p} onClose={close} />}
      {open.kind === 'effort' && (
        <EffortDialog plan={p} goalId={open.goalId} effort={open.effort} onClose={close} />
      )}
      {open.kind === 'delete' && (
        <ConfirmDialog
          title={`Slet ${p.title}?`}
          confirmLabel="Slet planen"
          busy={remove.isPending}
          problem={null}
          onConfirm={deletePlan}
          onClose={close}
        >
          Planen slettes med alle sine strategimål, indsatser og statusser. Det kan ikke fortrydes.
        </ConfirmDialog>
      )}
      {open.kind === 'carry' && (
        <CarryOverDialog
          plan={p}
          onClose={close}
          onDone={(next) => {
            close();
            notify(`${next.title} er oprettet`);
            showPlan(next.id);
          }}
        />
      )}
    </div>
  );
}
