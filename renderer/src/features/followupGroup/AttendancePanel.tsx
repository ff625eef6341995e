import { Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Meeting } from '../../../../shared/api';
import { ATTENDANCE_LABELS, ATTENDANCE_STATUSES, type AttendanceStatus } from '../../../../shared/domain';
import { codeOptions } from '../../components/options';
import { useNotify } from '../../components/useNotify';
import { useMeetingChange } from './queries';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) 10.5rem',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
  },
  name: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Til stede or afbud for every member; what the minutes' header lists. */
export function AttendancePanel({ meeting }: { meeting: Meeting }) {
  const styles = useStyles();
  const notify = useNotify();
  const setAttendance = useMeetingChange('meetings.setAttendance');
  const present = meeting.attendance.filter((a) => a.status === 'til_stede').length;
  const absent = meeting.attendance.filter((a) => a.status === 'afbud').length;

  return (
    <section aria-labelledby="attendance-heading" className={styles.list}>
      <Text as="h2" id="attendance-heading" size={500} weight="semibold" style={{ margin: 0 }}>
        Fremmøde
      </Text>
      <Text size={200} className={styles.muted}>
        {present} til stede · {absent} afbud
      </Text>
      {meeting.attendance.length === 0 && (
        <Text size={200}>Gruppen har ingen medlemmer. Tilføj dem under «Gruppen».</Text>
      )}
      <ul className={styles.list} aria-label="Fremmøde">
        {meeting.attendance.map((a) => (
          <li key={a.personId} className={styles.row} data-testid="attendance-row">
            <div className={styles.name}>
              <Text>{a.name}</Text>
              {a.organisation && (
                <Text size={200} className={styles.muted} truncate wrap={false}>
                  {a.organisation}
                </Text>
              )}
            </div>
            <Select
              aria-label={`Fremmøde for ${a.name}`}
              value={a.status ?? ''}
              disabled={meeting.locked || setAttendance.isPending}
              onChange={(_e, d) =>
                setAttendance.mutate(
                  {
                    meetingId: meeting.id,
                    personId: a.personId,
                    status: d.value === '' ? null : (d.value as AttendanceStatus),
                  },
                  { onError: (error) => notify(error.message, 'error') },
                )
              }
            >
              <option value="">Ikke registreret</option>
              {codeOptions(ATTENDANCE_STATUSES, ATTENDANCE_LABELS)}
            </Select>
          </li>
        ))}
      </ul>
    </section>
  );
}
