import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { EffortHistoryEntry } from '../../../../shared/api';
import { EffortStateBadge } from './EffortStateBadge';
import { planLink } from './route';

const useStyles = makeStyles({
  list: {
    margin: 0,
    padding: 0,
    listStyle: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  entry: {
    borderLeft: `3px solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: tokens.spacingHorizontalS,
    whiteSpace: 'pre-line',
  },
});

/** The effort's earlier periods, oldest first: the status written then stays readable from the new plan. */
export function EffortHistory({ history }: { history: readonly EffortHistoryEntry[] }) {
  const styles = useStyles();
  return (
    <section aria-label="Tidligere perioder">
      <Text size={200} weight="semibold">
        Tidligere perioder
      </Text>
      <ul className={styles.list}>
        {history.map((h) => (
          <li key={h.effortId} className={styles.entry} data-testid="effort-history">
            <Text size={200}>
              <a href={planLink(h.planId)}>{h.period}</a> <EffortStateBadge state={h.state} />
            </Text>
            <Text size={200} block>
              {h.statusText || 'Ingen status skrevet.'}
            </Text>
          </li>
        ))}
      </ul>
    </section>
  );
}
