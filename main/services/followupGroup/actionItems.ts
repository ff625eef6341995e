import { ApiFailure, type ActionFields, type ActionItem } from '../../../shared/api';
import { formatDateShort, isBefore } from '../../../shared/domain';
import type { Repositories } from '../../db/repositories';
import type { FollowupCommon } from './common';

/**
 * Action items (opfølgningspunkter): raised at a meeting, rolled forward under item 2 of the
 * following meetings until closed. An item follows the lock of the meeting where it was raised;
 * closing (and undoing a close) follows the lock of the meeting where it was closed.
 */
export function createActionItemService(repos: Repositories, common: FollowupCommon) {
  const view = (id: number): ActionItem => common.toActionItem(common.mustGetAction(id));

  return {
    list(status?: 'open' | 'closed'): ActionItem[] {
      const today = common.today();
      return repos.actionItems
        .list()
        .filter((a) => status === undefined || a.status === status)
        .map((a) => common.toActionItem(a, today));
    },
    /** Dashboard hook: open items past their deadline, the oldest deadline first. */
    overdue(): ActionItem[] {
      const today = common.today();
      return repos.actionItems
        .list()
        .map((a) => common.toActionItem(a, today))
        .filter((a) => a.overdue)
        .sort((a, b) => (a.deadline ?? '').localeCompare(b.deadline ?? ''));
    },
    add(meetingId: number, agendaItemId: number | null, fields: ActionFields): ActionItem {
      return repos.transaction(() => {
        common.editableMeeting(meetingId);
        if (agendaItemId !== null && repos.agendaItems.meetingOf(agendaItemId) !== meetingId)
          throw new ApiFailure('validation', 'Punktet hører ikke til dette møde.', [
            { path: 'agendaItemId', message: 'Vælg et punkt på dette mødes dagsorden.' },
          ]);
        common.mustBePerson(fields.responsiblePersonId, 'fields.responsiblePersonId');
        return view(repos.actionItems.add(meetingId, agendaItemId, fields, common.stamp()));
      });
    },
    update(id: number, fields: ActionFields): ActionItem {
      return repos.transaction(() => {
        common.editableMeeting(common.mustGetAction(id).meetingId);
        common.mustBePerson(fields.responsiblePersonId, 'fields.responsiblePersonId');
        repos.actionItems.update(id, fields, common.stamp());
        return view(id);
      });
    },
    /** Records when, and at which meeting (if any), the item was closed. */
    close(id: number, meetingId: number | null, date: string | null): ActionItem {
      return repos.transaction(() => {
        const action = common.mustGetAction(id);
        if (action.status === 'closed')
          throw new ApiFailure(
            'conflict',
            `Punktet blev allerede lukket ${formatDateShort(action.closedAt ?? '')}. Genåbn det først, hvis det skal lukkes igen.`,
          );
        const meeting = meetingId === null ? null : common.editableMeeting(meetingId);
        if (meeting && isBefore(meeting, { id: action.meetingId, date: action.meetingDate }))
          throw new ApiFailure(
            'validation',
            'Et punkt kan ikke lukkes på et møde før det, hvor det blev rejst.',
            [{ path: 'meetingId', message: 'Vælg mødet, hvor punktet blev rejst, eller et senere.' }],
          );
        repos.actionItems.close(id, date ?? meeting?.date ?? common.today(), meetingId, common.stamp());
        return view(id);
      });
    },
    reopen(id: number): ActionItem {
      return repos.transaction(() => {
        const action = common.mustGetAction(id);
        if (action.status === 'open') throw new ApiFailure('conflict', 'Punktet er allerede åbent.');
        if (action.closedAtMeetingId !== null) common.editableMeeting(action.closedAtMeetingId);
        repos.actionItems.reopen(id, common.stamp());
        return view(id);
      });
    },
    remove(id: number): { id: number } {
      return repos.transaction(() => {
        common.editableMeeting(common.mustGetAction(id).meetingId);
        repos.actionItems.remove(id);
        return { id };
      });
    },
  };
}
