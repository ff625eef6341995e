import { Tooltip, makeStyles, tokens } from '@fluentui/react-components';
import { Warning16Filled } from '@fluentui/react-icons';
import { FLAG_LABELS, type FlagCode } from '../../../../shared/domain';

const useStyles = makeStyles({
  flags: {
    display: 'flex',
    gap: tokens.spacingHorizontalXXS,
    color: tokens.colorPaletteDarkOrangeForeground1,
  },
});

export function FlagIcons({ flags }: { flags: readonly FlagCode[] }) {
  const styles = useStyles();
  if (flags.length === 0) return null;
  return (
    <span className={styles.flags} role="img" aria-label={flags.map((f) => FLAG_LABELS[f]).join(', ')}>
      {flags.map((flag) => (
        <Tooltip key={flag} content={FLAG_LABELS[flag]} relationship="description">
          <Warning16Filled data-testid="flag" data-flag={flag} />
        </Tooltip>
      ))}
    </span>
  );
}
