import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Add20Regular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import type { PlanSummary } from '../../../../shared/api';
import { PageHeader } from '../../components/PageHeader';
import { ProblemBar } from '../../components/ProblemBar';
import { usePageStyles } from '../../components/pageStyles';
import { PlanDetail } from './PlanDetail';
import { PlanDialog } from './PlanDialog';
import { usePlans } from './queries';
import { planFromHash, planLink, showPlan } from './route';

const useStyles = makeStyles({
  layout: {
    display: 'grid',
    gridTemplateColumns: '240px 1fr',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
  },
  list: { margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: '4px' },
  plan: {
    display: 'flex',
    flexDirection: 'column',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    textDecoration: 'none',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  current: {
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
  },
});

function PlanList({ plans, current }: { plans: readonly PlanSummary[]; current: number }) {
  const styles = useStyles();
  return (
    <nav aria-label="Handleplaner">
      <ul className={styles.list}>
        {plans.map((plan) => (
          <li key={plan.id}>
            <a
              href={planLink(plan.id)}
              className={`${styles.plan} ${plan.id === current ? styles.current : ''}`}
              aria-current={plan.id === current ? 'page' : undefined}
              data-testid="plan-link"
            >
              <Text weight="semibold">{plan.period}</Text>
              <Text size={200}>{plan.title}</Text>
              <Text size={200}>
                {plan.effortCount} {plan.effortCount === 1 ? 'indsats' : 'indsatser'} ·{' '}
                {plan.stateCounts.gennemfoert} gennemført
              </Text>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Handleplan: the plans by period, each with its strategy goals, efforts and their status. */
export function ActionPlanView() {
  const page = usePageStyles();
  const styles = useStyles();
  const plans = usePlans();
  const [chosen, setChosen] = useState(() => planFromHash(window.location.hash));
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    const onHashChange = () => setChosen(planFromHash(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  // The newest plan unless one is chosen (or the chosen one has gone).
  const list = plans.data ?? [];
  const current = list.find((p) => p.id === chosen)?.id ?? list[0]?.id ?? null;
  return (
    <div className={page.page}>
      <PageHeader
        title="Handleplan"
        subtitle="Strategimål, indsatser og deres status pr. periode"
        actions={
          <Button appearance="primary" icon={<Add20Regular />} onClick={() => setCreating(true)}>
            Ny handleplan
          </Button>
        }
      />
      {plans.isPending && <Spinner label="Henter handleplaner …" />}
      <ProblemBar problem={plans.error?.message} />
      {plans.isSuccess && current === null && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            Der er ingen handleplaner endnu. Opret den første med «Ny handleplan», og tilføj kommunens
            strategimål og indsatserne under dem.
          </MessageBarBody>
        </MessageBar>
      )}
      {current !== null && (
        <div className={styles.layout}>
          <PlanList plans={list} current={current} />
          <PlanDetail key={current} id={current} />
        </div>
      )}
      {creating && (
        <PlanDialog
          plan={null}
          onClose={() => setCreating(false)}
          onSaved={(plan) => {
            setCreating(false);
            showPlan(plan.id);
          }}
        />
      )}
    </div>
  );
}
