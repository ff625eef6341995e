import { Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import {
  Add20Regular,
  CalendarAdd20Regular,
  ChevronLeft20Regular,
  ChevronRight20Regular,
  Delete20Regular,
  Open20Regular,
} from '@fluentui/react-icons';
import { useState } from 'react';
import type { MeetingSummary } from '../../../../shared/api';
import { formatDateLong, formatTimes } from '../../../../shared/domain';
import { usePageStyles } from '../../components/pageStyles';
import { useNotify } from '../../components/useNotify';
import { MeetingBadges } from './MeetingBadges';
import { MeetingDialog } from './MeetingDialog';
import { useDeleteMeeting, usePlanYear, useYearPlan } from './queries';
import { navigate } from './route';
import { WarningList } from './WarningList';

const useStyles = makeStyles({
  toolbar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  year: { minWidth: '140px', textAlign: 'center' },
  spacer: { flexGrow: 1 },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(230px, 1fr))',
    gap: tokens.spacingHorizontalL,
  },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
  },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  muted: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, marginTop: 'auto' },
  empty: {
    padding: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    alignItems: 'flex-start',
  },
});

function MeetingCard({ meeting, number }: { meeting: MeetingSummary; number: number }) {
  const page = usePageStyles();
  const styles = useStyles();
  const notify = useNotify();
  const remove = useDeleteMeeting();
  const title = formatDateLong(meeting.date);
  const confirmRemove = () => {
    if (!window.confirm(`Slet mødet ${title} med dagsorden, fremmøde og handlingspunkter?`)) return;
    remove.mutate(
      { id: meeting.id },
      { onSuccess: () => notify(`Mødet ${title} er slettet`), onError: (e) => notify(e.message, 'error') },
    );
  };
  return (
    <article
      className={`${page.card} ${styles.card}`}
      aria-label={`Møde ${title}`}
      data-testid="meeting-card"
    >
      <Text size={200} className={styles.muted}>
        {number}. møde
      </Text>
      <Text as="h3" size={500} weight="semibold" style={{ margin: 0 }}>
        {title}
      </Text>
      <Text>
        {[formatTimes(meeting.startTime, meeting.endTime), meeting.place].filter(Boolean).join(' · ') ||
          'Tid og sted er ikke sat'}
      </Text>
      <div className={styles.badges}>
        <MeetingBadges meeting={meeting} />
      </div>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          icon={<Open20Regular />}
          onClick={() => navigate({ tab: 'moede', meetingId: meeting.id })}
          aria-label={`Åbn mødet ${title}`}
        >
          Åbn mødet
        </Button>
        {meeting.state !== 'godkendt' && (
          <Button
            appearance="subtle"
            icon={<Delete20Regular />}
            aria-label={`Slet mødet ${title}`}
            disabled={remove.isPending}
            onClick={confirmRemove}
          />
        )}
      </div>
    </article>
  );
}

/** The year's meetings: four by default, with warnings when the plan falls short of the kommissorium. */
export function YearPlanTab({ year }: { year: number }) {
  const page = usePageStyles();
  const styles = useStyles();
  const notify = useNotify();
  const plan = useYearPlan(year);
  const planYear = usePlanYear();
  const [creating, setCreating] = useState(false);
  const go = (to: number) => navigate({ tab: 'aarsplan', year: to });
  const meetings = plan.data?.meetings ?? [];

  return (
    <>
      <div className={styles.toolbar}>
        <Button icon={<ChevronLeft20Regular />} aria-label="Forrige år" onClick={() => go(year - 1)} />
        <Text as="h2" size={500} weight="semibold" className={styles.year} style={{ margin: 0 }}>
          Årsplan {year}
        </Text>
        <Button icon={<ChevronRight20Regular />} aria-label="Næste år" onClick={() => go(year + 1)} />
        <span className={styles.spacer} />
        {plan.data && meetings.length === 0 && (
          <Button
            icon={<CalendarAdd20Regular />}
            disabled={planYear.isPending}
            onClick={() =>
              planYear.mutate(
                { year },
                {
                  onSuccess: () => notify(`Årets møder i ${String(year)} er lagt ind`),
                  onError: (e) => notify(e.message, 'error'),
                },
              )
            }
          >
            Opret årets fire møder
          </Button>
        )}
        <Button appearance="primary" icon={<Add20Regular />} onClick={() => setCreating(true)}>
          Nyt møde
        </Button>
      </div>
      {plan.isPending && <Spinner label="Henter årets møder …" />}
      {plan.isError && <Text role="alert">Årsplanen kunne ikke hentes: {plan.error.message}</Text>}
      {plan.data && <WarningList warnings={plan.data.warnings} title="Årsplanen" />}
      {plan.data && meetings.length === 0 && (
        <div className={`${page.card} ${styles.empty}`}>
          <Text>
            Der er ingen møder i {year}. Opret årets fire møder på én gang – ét med Socialudvalget og ét med
            Netværk for Fællesskab – eller ét ad gangen med «Nyt møde».
          </Text>
        </div>
      )}
      <div className={styles.grid}>
        {meetings.map((m, index) => (
          <MeetingCard key={m.id} meeting={m} number={index + 1} />
        ))}
      </div>
      {creating && (
        <MeetingDialog
          meeting={null}
          defaultDate=""
          onClose={(saved) => {
            setCreating(false);
            if (saved) navigate({ tab: 'moede', meetingId: saved.id });
          }}
        />
      )}
    </>
  );
}
