import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowLeft20Regular,
  ArrowRight20Regular,
  CheckmarkLock20Regular,
  DocumentText20Regular,
  Edit20Regular,
  LockOpen20Regular,
} from '@fluentui/react-icons';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { Meeting } from '../../../../shared/api';
import { formatDateLong, formatDateShort, formatTimes, toIsoDate } from '../../../../shared/domain';
import { call } from '../../api/client';
import { saveFile } from '../../api/files';
import { ProblemBar } from '../../components/ProblemBar';
import { usePageStyles } from '../../components/pageStyles';
import { useNotify } from '../../components/useNotify';
import { useLookupLists } from '../partnerships/queries';
import { ActionList } from './ActionItems';
import { AgendaSection } from './AgendaSection';
import { AttendancePanel } from './AttendancePanel';
import { MeetingBadges } from './MeetingBadges';
import { MeetingDialog } from './MeetingDialog';
import { ApproveDialog, ReopenDialog } from './MinutesDialogs';
import { useGroup, useMeeting } from './queries';
import { navigate } from './route';

const useStyles = makeStyles({
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  titleRow: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  toolbar: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  spacer: { flexGrow: 1 },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  detail: { margin: 0, whiteSpace: 'pre-wrap' },
  layout: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) 360px',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
  },
  side: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
  },
  agenda: { padding: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground3 },
});

type DocumentKind = 'meetings.agendaDocument' | 'meetings.minutesDocument';

function useDocument(meetingId: number) {
  const notify = useNotify();
  return useMutation({
    mutationFn: (kind: DocumentKind) => call(kind, { id: meetingId }),
    onSuccess: (file) => {
      saveFile(file.fileName, file.contentBase64);
      notify(`${file.fileName} er gemt`);
    },
    onError: (error) => notify(`Dokumentet kunne ikke laves. ${error.message}`, 'error'),
  });
}

function Facts({ meeting }: { meeting: Meeting }) {
  const styles = useStyles();
  const rows: [string, string][] = [
    ['Tid', formatTimes(meeting.startTime, meeting.endTime) || 'Ikke sat'],
    ['Sted', meeting.place || 'Ikke sat'],
    ['Mødeleder', meeting.chair || 'Ikke valgt'],
    ['Referent', meeting.referent || 'Ikke valgt'],
    ['Gæster', meeting.guests || 'Ingen'],
  ];
  return (
    <dl className={styles.facts}>
      {rows.map(([term, value]) => (
        <div key={term} style={{ display: 'contents' }}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.detail}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** One meeting: its details, the agenda builder, attendance, action items, approval and Word export. */
export function MeetingView({ meetingId }: { meetingId: number }) {
  const page = usePageStyles();
  const styles = useStyles();
  const meeting = useMeeting(meetingId);
  const group = useGroup();
  const lists = useLookupLists();
  const document = useDocument(meetingId);
  const [dialog, setDialog] = useState<'edit' | 'approve' | 'reopen' | null>(null);

  if (meeting.isPending) return <Spinner label="Henter mødet …" />;
  if (meeting.isError)
    return (
      <ProblemBar
        problem={
          <>
            Mødet kunne ikke hentes: {meeting.error.message}{' '}
            <Button appearance="transparent" onClick={() => navigate({ tab: 'aarsplan', year: null })}>
              Til årsplanen
            </Button>
          </>
        }
      />
    );

  const m = meeting.data;
  const members = group.data?.members ?? [];
  const allActions = m.actions;
  // Minutes of a meeting still to come cannot be approved.
  const ahead = m.date > toIsoDate(new Date());

  return (
    <>
      <header className={styles.header}>
        <div className={styles.toolbar}>
          <Button
            appearance="subtle"
            icon={<ArrowLeft20Regular />}
            onClick={() => navigate({ tab: 'aarsplan', year: Number(m.date.slice(0, 4)) })}
          >
            Årsplan {m.date.slice(0, 4)}
          </Button>
          <span className={styles.spacer} />
          {m.previousMeeting && (
            <Button
              appearance="subtle"
              icon={<ArrowLeft20Regular />}
              onClick={() => navigate({ tab: 'moede', meetingId: m.previousMeeting!.id })}
            >
              Forrige møde ({formatDateShort(m.previousMeeting.date)})
            </Button>
          )}
          {m.nextMeeting && (
            <Button
              appearance="subtle"
              icon={<ArrowRight20Regular />}
              iconPosition="after"
              onClick={() => navigate({ tab: 'moede', meetingId: m.nextMeeting!.id })}
            >
              Næste møde ({formatDateShort(m.nextMeeting.date)})
            </Button>
          )}
        </div>
        <div className={styles.titleRow}>
          <Text as="h2" size={600} weight="semibold" style={{ margin: 0 }}>
            Møde {formatDateLong(m.date)}
          </Text>
          <MeetingBadges meeting={m} />
        </div>
        <div className={styles.toolbar}>
          <Button icon={<Edit20Regular />} disabled={m.locked} onClick={() => setDialog('edit')}>
            Ret mødeoplysninger
          </Button>
          <Button
            icon={<DocumentText20Regular />}
            disabled={document.isPending}
            onClick={() => document.mutate('meetings.agendaDocument')}
          >
            Dagsorden (Word)
          </Button>
          <Button
            icon={<DocumentText20Regular />}
            disabled={document.isPending}
            onClick={() => document.mutate('meetings.minutesDocument')}
          >
            Referat (Word)
          </Button>
          <span className={styles.spacer} />
          {m.locked ? (
            <Button icon={<LockOpen20Regular />} onClick={() => setDialog('reopen')}>
              Genåbn referat …
            </Button>
          ) : (
            <Button
              appearance="primary"
              icon={<CheckmarkLock20Regular />}
              disabledFocusable={ahead}
              title={ahead ? 'Referatet kan godkendes, når mødet er holdt.' : undefined}
              onClick={() => setDialog('approve')}
            >
              Godkend referat …
            </Button>
          )}
        </div>
      </header>
      {m.locked && (
        <MessageBar intent="success" layout="multiline" data-testid="minutes-locked">
          <MessageBarBody>
            <MessageBarTitle>
              Referatet er godkendt{m.minutesApprovedAt ? ` ${formatDateLong(m.minutesApprovedAt)}` : ''}
            </MessageBarTitle>
            Mødet er låst, så referatet ikke ændres ved et uheld. Genåbn det, hvis der skal rettes noget.
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => setDialog('reopen')}>Genåbn</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <div className={styles.layout}>
        <div className={`${page.card} ${styles.agenda}`}>
          <AgendaSection meeting={m} members={members} goals={lists.data?.strategyGoals ?? []} />
        </div>
        <div className={styles.side}>
          <section className={`${page.card} ${styles.panel}`} aria-labelledby="facts-heading">
            <Text as="h2" id="facts-heading" size={500} weight="semibold" style={{ margin: 0 }}>
              Mødet
            </Text>
            <Facts meeting={m} />
          </section>
          <div className={`${page.card} ${styles.panel}`}>
            <AttendancePanel meeting={m} />
          </div>
          <section className={`${page.card} ${styles.panel}`} aria-labelledby="actions-heading">
            <Text as="h2" id="actions-heading" size={500} weight="semibold" style={{ margin: 0 }}>
              Handlingsliste
            </Text>
            {allActions.length === 0 ? (
              <Text size={200} className={styles.muted}>
                Ingen handlingspunkter fra dette møde endnu. Tilføj dem under det punkt, de hører til.
              </Text>
            ) : (
              <ActionList
                members={members}
                actions={allActions}
                closeAt={m.id}
                locked={m.locked}
                label="Handlingsliste for mødet"
              />
            )}
          </section>
        </div>
      </div>
      {dialog === 'edit' && <MeetingDialog meeting={m} onClose={() => setDialog(null)} />}
      {dialog === 'approve' && <ApproveDialog meeting={m} onClose={() => setDialog(null)} />}
      {dialog === 'reopen' && <ReopenDialog meeting={m} onClose={() => setDialog(null)} />}
    </>
  );
}
