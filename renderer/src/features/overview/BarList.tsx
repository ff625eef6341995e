import { Text, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    listStyle: 'none',
  },
  link: {
    display: 'grid',
    // Long unit names get up to two lines and a wider column where the card has room.
    gridTemplateColumns: 'minmax(150px, 40%) 1fr 36px',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    color: tokens.colorNeutralForeground1,
    textDecoration: 'none',
    borderRadius: tokens.borderRadiusSmall,
    padding: `2px ${tokens.spacingHorizontalXS}`,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  label: {
    display: '-webkit-box',
    WebkitBoxOrient: 'vertical',
    WebkitLineClamp: 2,
    overflow: 'hidden',
    overflowWrap: 'anywhere',
  },
  track: { height: '10px', backgroundColor: tokens.colorNeutralBackground4, borderRadius: '5px' },
  bar: { height: '10px', backgroundColor: tokens.colorBrandBackground, borderRadius: '5px' },
});

export interface Bar {
  label: string;
  count: number;
  href: string;
}

/** A horizontal bar chart you read at a glance; every bar links to the register, narrowed to it. */
export function BarList({ bars, label }: { bars: readonly Bar[]; label: string }) {
  const styles = useStyles();
  const max = Math.max(1, ...bars.map((b) => b.count));
  return (
    <ul className={styles.list} aria-label={label}>
      {bars.map((b) => (
        <li key={b.label}>
          <a
            className={styles.link}
            href={b.href}
            aria-label={`${b.label}: ${String(b.count)}`}
            data-testid="overview-bar"
          >
            <Text size={200} className={styles.label} title={b.label}>
              {b.label}
            </Text>
            <span className={styles.track}>
              <span
                className={styles.bar}
                style={{ display: 'block', width: `${String((b.count / max) * 100)}%` }}
              />
            </span>
            <Text size={200} weight="semibold" align="end">
              {b.count}
            </Text>
          </a>
        </li>
      ))}
    </ul>
  );
}
