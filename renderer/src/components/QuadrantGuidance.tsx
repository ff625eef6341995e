import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { QUADRANT_GUIDANCE, QUADRANT_LABELS, type Quadrant } from '../../../shared/domain';
import { QuadrantBadge } from './QuadrantBadge';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** A quadrant's name and what to expect there (opmærksomhedspunkter), optionally with its count. */
export function QuadrantGuidance({
  quadrant,
  count,
  intro,
}: {
  quadrant: Quadrant;
  count?: number;
  intro?: string;
}) {
  const styles = useStyles();
  return (
    <>
      <div>
        <QuadrantBadge quadrant={quadrant} />{' '}
        <Text weight="semibold">
          {QUADRANT_LABELS[quadrant]}
          {count !== undefined && ` (${String(count)})`}
        </Text>
      </div>
      {intro && <Text size={200}>{intro}</Text>}
      <ul className={styles.list}>
        {QUADRANT_GUIDANCE[quadrant].map((point) => (
          <li key={point}>
            <Text size={200}>{point}</Text>
          </li>
        ))}
      </ul>
    </>
  );
}
