import { Badge, type BadgeProps } from '@fluentui/react-components';
import { LockClosed16Regular } from '@fluentui/react-icons';
import type { MeetingSummary } from '../../../../shared/api';
import { MEETING_MARK_LABELS, MEETING_STATE_LABELS, type MeetingState } from '../../../../shared/domain';

const STATE_COLOURS: Record<MeetingState, BadgeProps['color']> = {
  planlagt: 'brand',
  afholdt: 'warning',
  godkendt: 'success',
};

/** A meeting's state (planlagt, afholdt, referat godkendt) and its marks, as small badges. */
export function MeetingBadges({ meeting }: { meeting: MeetingSummary }) {
  return (
    <>
      <Badge
        appearance="tint"
        shape="rounded"
        color={STATE_COLOURS[meeting.state]}
        icon={meeting.state === 'godkendt' ? <LockClosed16Regular /> : undefined}
        data-testid="meeting-state"
      >
        {MEETING_STATE_LABELS[meeting.state]}
      </Badge>
      {meeting.marks.map((mark) => (
        <Badge key={mark} appearance="outline" shape="rounded" color="informative">
          {MEETING_MARK_LABELS[mark]}
        </Badge>
      ))}
    </>
  );
}
