import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { PortfolioPack } from '../../../../shared/api';
import { formatDateShort } from '../../../../shared/domain';

const useStyles = makeStyles({
  pack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  groups: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  counts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(4, minmax(0, 8rem))',
    gap: tokens.spacingHorizontalS,
  },
  count: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    padding: tokens.spacingVerticalXS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  group: { display: 'flex', flexDirection: 'column' },
});

function Group({ title, lines }: { title: string; lines: string[] }) {
  const styles = useStyles();
  return (
    <div className={styles.group}>
      <Text weight="semibold">
        {title} ({lines.length})
      </Text>
      {lines.length === 0 ? (
        <Text size={200} className={styles.muted}>
          Ingen
        </Text>
      ) : (
        <ul className={styles.list} aria-label={title}>
          {lines.map((line) => (
            <li key={line}>
              <Text size={200}>{line}</Text>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** What the portfolio pack found when it was added: the minutes keep showing exactly this. */
export function PortfolioSummary({ pack }: { pack: PortfolioPack }) {
  const styles = useStyles();
  const named = (p: { title: string; partner: string }) => `${p.title} (${p.partner})`;
  return (
    <div className={styles.pack} data-testid="portfolio-pack">
      <Text size={200} className={styles.muted}>
        Ændringer fra {formatDateShort(pack.since)} til {formatDateShort(pack.asOf)}
      </Text>
      <div className={styles.groups}>
        <Group title="Nye samarbejder" lines={pack.new.map(named)} />
        <Group title="Afsluttede" lines={pack.ended.map(named)} />
        <Group
          title="Udløber inden for 90 dage"
          lines={pack.expiring.map((p) => `${named(p)} – ${formatDateShort(p.endDate)}`)}
        />
        <Group
          title="Flyttet i matrixen"
          lines={pack.moved.map(
            (p) => `${named(p)}: kvadrant ${String(p.fromQuadrant)} → ${String(p.toQuadrant)}`,
          )}
        />
      </div>
      <div className={styles.counts} role="group" aria-label="Aktive samarbejder pr. kvadrant">
        {pack.quadrantCounts.map((count, index) => (
          <div key={index} className={styles.count}>
            <Text size={500} weight="semibold">
              {count}
            </Text>
            <Text size={200}>Kvadrant {index + 1}</Text>
          </div>
        ))}
      </div>
    </div>
  );
}
