import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { FollowupWarning } from '../../../../shared/api';

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

/** The group's or the year plan's warnings in one bar, each saying what is wrong and what to do. */
export function WarningList({ warnings, title }: { warnings: readonly FollowupWarning[]; title: string }) {
  const styles = useStyles();
  if (warnings.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" role="region" aria-label={title}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        <ul className={styles.list}>
          {warnings.map((w) => (
            <li
              key={`${w.code}-${String(w.memberId)}-${String(w.segmentId)}`}
              data-testid="followup-warning"
              data-code={w.code}
            >
              {w.message}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
