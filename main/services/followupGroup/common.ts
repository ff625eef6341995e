import { ApiFailure, type ActionItem } from '../../../shared/api';
import { formatDateShort, isOverdue, toIsoDate } from '../../../shared/domain';
import type { Repositories } from '../../db/repositories';
import type { StoredAction } from '../../db/repositories/actionItems';
import type { StoredMeeting } from '../../db/repositories/meetings';
import type { Ports } from '../ports';

/** What every part of the følgegruppe service shares: finding a meeting and refusing to change a locked one. */
export function followupCommon(repos: Repositories, ports: Ports) {
  const today = () => toIsoDate(ports.now());
  const stamp = () => ports.now().toISOString();

  function mustGetMeeting(id: number): StoredMeeting {
    const meeting = repos.meetings.get(id);
    if (!meeting)
      throw new ApiFailure('not_found', 'Mødet findes ikke længere. Det kan være slettet i et andet vindue.');
    return meeting;
  }

  /** Approved minutes are the record of the meeting: no change until someone reopens them on purpose. */
  function mustBeOpen(meeting: StoredMeeting): StoredMeeting {
    if (meeting.minutesApprovedAt !== null)
      throw new ApiFailure(
        'conflict',
        `Referatet af mødet ${formatDateShort(meeting.date)} er godkendt ${formatDateShort(meeting.minutesApprovedAt)} og er låst. ` +
          'Genåbn mødet, hvis der skal rettes i det.',
      );
    return meeting;
  }

  const editableMeeting = (id: number) => mustBeOpen(mustGetMeeting(id));

  function mustGetAction(id: number): StoredAction {
    const action = repos.actionItems.get(id);
    if (!action) throw new ApiFailure('not_found', 'Handlingspunktet findes ikke længere.');
    return action;
  }

  function mustBePerson(personId: number | null, path: string): void {
    if (personId !== null && !repos.meetings.personExists(personId))
      throw new ApiFailure('validation', 'Personen findes ikke længere.', [
        { path, message: 'Personen findes ikke længere. Vælg en anden.' },
      ]);
  }

  const toActionItem = (a: StoredAction, now = today()): ActionItem => ({
    ...a,
    overdue: isOverdue(a, now),
  });

  return {
    today,
    stamp,
    mustGetMeeting,
    mustBeOpen,
    editableMeeting,
    mustGetAction,
    mustBePerson,
    toActionItem,
  };
}
export type FollowupCommon = ReturnType<typeof followupCommon>;
