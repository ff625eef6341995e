import { makeStyles, tokens } from '@fluentui/react-components';
import { Warning16Filled } from '@fluentui/react-icons';
import { FLAG_LABELS, type FlagCode } from '../../../../shared/domain';

const useStyles = makeStyles({
  flags: {
    display: 'flex',
    gap: tokens.spacingHorizontalXXS,
    color: tokens.colorPaletteDarkOrangeForeground1,
  },
});

/**
 * A plain `title` rather than a Fluent Tooltip per icon: these sit in every visible register row
 * and on every one of up to thousands of matrix nodes, where a Tooltip each costs real time.
 */
export function FlagIcons({ flags }: { flags: readonly FlagCode[] }) {
  const styles = useStyles();
  if (flags.length === 0) return null;
  const labels = flags.map((f) => FLAG_LABELS[f]).join(', ');
  return (
    <span className={styles.flags} role="img" aria-label={labels} title={labels}>
      {flags.map((flag) => (
        <Warning16Filled key={flag} data-testid="flag" data-flag={flag} />
      ))}
    </span>
  );
}
