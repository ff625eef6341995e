import { Text, makeStyles, tokens } from '@fluentui/react-components';
import {
  QUADRANT_GUIDANCE,
  QUADRANT_LABELS,
  quadrantOf,
  type Involvement,
  type VolunteerType,
} from '../../../../shared/domain';
import { QuadrantBadge } from '../../components/QuadrantBadge';

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** Shows, while the user picks type and involvement, which quadrant that gives and what to expect. */
export function QuadrantPreview({
  volunteerType,
  involvement,
}: {
  volunteerType: VolunteerType | '';
  involvement: Involvement | '';
}) {
  const styles = useStyles();
  if (!volunteerType || !involvement) {
    return (
      <div className={styles.box} aria-live="polite">
        <Text>Vælg frivillig type og kommunal involvering for at se samarbejdets kvadrant.</Text>
      </div>
    );
  }
  const quadrant = quadrantOf(volunteerType, involvement);
  return (
    <section className={styles.box} aria-live="polite" aria-label="Kvadrant og opmærksomhedspunkter">
      <div>
        <QuadrantBadge quadrant={quadrant} /> <Text weight="semibold">{QUADRANT_LABELS[quadrant]}</Text>
      </div>
      <Text size={200}>Det kan du forvente:</Text>
      <ul className={styles.list}>
        {QUADRANT_GUIDANCE[quadrant].map((point) => (
          <li key={point}>
            <Text size={200}>{point}</Text>
          </li>
        ))}
      </ul>
    </section>
  );
}
