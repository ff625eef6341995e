/** What roll-forward needs to know about an action item and the meetings around it. */
export interface RollingAction {
  meetingId: number;
  meetingDate: string;
  status: 'open' | 'closed';
  closedAt: string | null;
  closedAtMeetingId: number | null;
}

export interface MeetingPoint {
  id: number;
  date: string;
}

/** Meetings in time order; two on the same day keep the order they were created in. */
export function isBefore(a: MeetingPoint, b: MeetingPoint): boolean {
  return a.date < b.date || (a.date === b.date && a.id < b.id);
}

/**
 * The action items that belong under item 2 of `meeting`: raised at an earlier meeting and still
 * open when this one began. Open items keep rolling forward until closed; an item closed at this
 * meeting (or later) is still listed here, so its minutes show it being closed; one closed before
 * this meeting is done and drops off.
 */
export function carriedForward<T extends RollingAction>(actions: readonly T[], meeting: MeetingPoint): T[] {
  return actions.filter(
    (a) =>
      isBefore({ id: a.meetingId, date: a.meetingDate }, meeting) &&
      (a.status === 'open' ||
        a.closedAtMeetingId === meeting.id ||
        (a.closedAt !== null && a.closedAt >= meeting.date)),
  );
}

/** The handlingsliste after `meeting`: everything raised there or before that is still open. */
export function openAfter<T extends RollingAction>(actions: readonly T[], meeting: MeetingPoint): T[] {
  return actions.filter(
    (a) =>
      a.status === 'open' &&
      (a.meetingId === meeting.id || isBefore({ id: a.meetingId, date: a.meetingDate }, meeting)),
  );
}

/** Open and past its deadline on `today`. */
export function isOverdue(
  action: { status: 'open' | 'closed'; deadline: string | null },
  today: string,
): boolean {
  return action.status === 'open' && action.deadline !== null && action.deadline < today;
}
