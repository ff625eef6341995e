import { Text } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { formatDateLong, formatDateShort, formatTimes } from '../../../../shared/domain';
import { call } from '../../api/client';

// Under the følgegruppe's own 'meetings' key, so its changes (closing an item, moving a meeting) refresh these.
export function useFollowupAttention() {
  const overdue = useQuery({
    queryKey: ['meetings', 'overdueActions'],
    queryFn: () => call('actionItems.overdue', {}),
  });
  const next = useQuery({ queryKey: ['meetings', 'next'], queryFn: () => call('meetings.next', {}) });
  return { overdue: overdue.data ?? [], next: next.data ?? null };
}

const meetingLink = (id: number) => `#/foelgegruppe?moede=${String(id)}`;

/** The følgegruppe's part of "Kræver opmærksomhed": action items past their deadline, and the next meeting. */
export function FollowupAttentionItems({ overdue, next }: ReturnType<typeof useFollowupAttention>) {
  return (
    <>
      {overdue.length > 0 && (
        <li data-testid="attention-item" data-flag="overdue_actions">
          <a href={meetingLink(overdue[0]!.meetingId)} title="Åbn mødet, hvor punktet blev aftalt">
            Handlingspunkter over fristen: {overdue.length}
          </a>
          <Text size={200} block>
            {overdue.slice(0, 3).map((a, i) => (
              <span key={a.id}>
                {i > 0 && ', '}
                <a href={meetingLink(a.meetingId)}>{a.text}</a>
                {a.deadline && ` (frist ${formatDateShort(a.deadline)})`}
              </span>
            ))}
            {overdue.length > 3 ? ' …' : ''}
          </Text>
        </li>
      )}
      {next && (
        <li data-testid="attention-item" data-flag="next_meeting">
          <a href={meetingLink(next.id)}>Næste følgegruppemøde: {formatDateLong(next.date)}</a>
          <Text size={200} block>
            {[formatTimes(next.startTime, next.endTime), next.place].filter(Boolean).join(' · ')}
          </Text>
        </li>
      )}
    </>
  );
}
