import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { quadrantOf, type Involvement, type VolunteerType } from '../../../../shared/domain';
import { QuadrantGuidance } from '../../components/QuadrantGuidance';

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
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
  return (
    <section className={styles.box} aria-live="polite" aria-label="Kvadrant og opmærksomhedspunkter">
      <QuadrantGuidance quadrant={quadrantOf(volunteerType, involvement)} intro="Det kan du forvente:" />
    </section>
  );
}
