import {
  ApiFailure,
  type Meeting,
  type MeetingFields,
  type MeetingSummary,
  type YearPlan,
} from '../../../shared/api';
import {
  CLOSING_ITEMS,
  OPENING_ITEMS,
  carriedForward,
  defaultYearPlan,
  formatDateShort,
  yearPlanWarnings,
  type AttendanceStatus,
} from '../../../shared/domain';
import type { Repositories } from '../../db/repositories';
import type { StoredMeeting } from '../../db/repositories/meetings';
import type { FollowupCommon } from './common';

const AUDIT_ENTITY = 'followup_meeting';

/** Meetings: the year plan, the header of each meeting, attendance, and approving or reopening the minutes. */
export function createMeetingService(repos: Repositories, common: FollowupCommon, actor: string) {
  function summary(m: StoredMeeting, today = common.today()): MeetingSummary {
    return {
      id: m.id,
      date: m.date,
      startTime: m.startTime,
      endTime: m.endTime,
      place: m.place,
      marks: m.marks,
      minutesApprovedAt: m.minutesApprovedAt,
      state: m.minutesApprovedAt !== null ? 'godkendt' : m.date < today ? 'afholdt' : 'planlagt',
    };
  }

  /** The whole meeting: items numbered in their pinned order, attendance, and item 2's roll-forward. */
  function view(id: number): Meeting {
    const meeting = common.mustGetMeeting(id);
    const today = common.today();
    const all = repos.meetings.list();
    const index = all.findIndex((m) => m.id === id);
    const neighbour = (m: StoredMeeting | undefined) => (m ? { id: m.id, date: m.date } : null);
    const actions = repos.actionItems.list().map((a) => common.toActionItem(a, today));
    return {
      ...summary(meeting, today),
      chairPersonId: meeting.chairPersonId,
      chair: meeting.chair,
      referentPersonId: meeting.referentPersonId,
      referent: meeting.referent,
      guests: meeting.guests,
      locked: meeting.minutesApprovedAt !== null,
      items: repos.agendaItems
        .ofMeeting(id)
        .map(({ position: _position, ...item }, i) => ({ ...item, number: i + 1 })),
      attendance: repos.meetings.attendance(id),
      actions: actions.filter((a) => a.meetingId === id),
      carriedForward: carriedForward(actions, meeting),
      previousMeeting: neighbour(all[index - 1]),
      nextMeeting: neighbour(all[index + 1]),
    };
  }

  function checkPeople(fields: MeetingFields): void {
    common.mustBePerson(fields.chairPersonId, 'chairPersonId');
    common.mustBePerson(fields.referentPersonId, 'referentPersonId');
  }

  function create(fields: MeetingFields): Meeting {
    return repos.transaction(() => {
      checkPeople(fields);
      const now = common.stamp();
      const id = repos.meetings.add(fields, now);
      // Every agenda starts with the standing items; the consultant adds the rest between them.
      [...OPENING_ITEMS, ...CLOSING_ITEMS].forEach((t, position) =>
        repos.agendaItems.add(id, position, {
          ...t,
          presenterPersonId: null,
          presenter: '',
          background: '',
          notes: '',
          conclusion: '',
          decision: '',
          portfolio: null,
          partnershipIds: [],
          strategyGoalIds: [],
        }),
      );
      return view(id);
    });
  }

  function yearPlan(year: number): YearPlan {
    const today = common.today();
    const meetings = repos.meetings
      .list()
      .filter((m) => m.date.startsWith(`${String(year)}-`))
      .map((m) => summary(m, today));
    return {
      year,
      meetings,
      warnings: yearPlanWarnings(year, meetings).map((w) => ({ ...w, memberId: null, segmentId: null })),
    };
  }

  function auditApproval(
    id: number,
    oldValue: string | null,
    newValue: string | null,
    reason: string | null,
  ) {
    repos.auditLog.append({
      at: common.stamp(),
      actor,
      entity: AUDIT_ENTITY,
      entityId: id,
      action: 'update',
      field: 'minutesApprovedAt',
      oldValue,
      newValue,
      reason,
    });
  }

  return {
    view,
    list: (): MeetingSummary[] => repos.meetings.list().map((m) => summary(m)),
    create,
    update(id: number, fields: MeetingFields): Meeting {
      return repos.transaction(() => {
        common.editableMeeting(id);
        checkPeople(fields);
        repos.meetings.update(id, fields, common.stamp());
        return view(id);
      });
    },
    /** Only an empty-handed meeting can go: action items raised there would otherwise vanish. */
    delete(id: number): { id: number } {
      return repos.transaction(() => {
        const meeting = common.editableMeeting(id);
        if (repos.actionItems.list().some((a) => a.meetingId === id))
          throw new ApiFailure(
            'conflict',
            `Mødet ${formatDateShort(meeting.date)} har handlingspunkter. Slet eller flyt dem først, hvis mødet skal slettes.`,
          );
        repos.meetings.remove(id);
        return { id };
      });
    },
    yearPlan,
    /** The four default meetings; refused when the year is already planned, so nothing is doubled. */
    planYear(year: number): YearPlan {
      return repos.transaction(() => {
        if (yearPlan(year).meetings.length > 0)
          throw new ApiFailure(
            'conflict',
            `Der er allerede planlagt møder i ${String(year)}. Tilføj de manglende møder ét ad gangen.`,
          );
        for (const planned of defaultYearPlan(year))
          create({ ...planned, place: '', chairPersonId: null, referentPersonId: null, guests: '' });
        return yearPlan(year);
      });
    },
    /** Dashboard hook: the first meeting from today on, or null when none is planned. */
    next(): MeetingSummary | null {
      const today = common.today();
      const found = repos.meetings.list().find((m) => m.date >= today);
      return found ? summary(found, today) : null;
    },
    setAttendance(meetingId: number, personId: number, status: AttendanceStatus | null): Meeting {
      return repos.transaction(() => {
        common.editableMeeting(meetingId);
        common.mustBePerson(personId, 'personId');
        repos.meetings.setAttendance(meetingId, personId, status);
        return view(meetingId);
      });
    },
    approveMinutes(id: number, date: string): Meeting {
      return repos.transaction(() => {
        const meeting = common.editableMeeting(id);
        if (date < meeting.date)
          throw new ApiFailure('validation', 'Referatet kan ikke godkendes før mødet er holdt.', [
            {
              path: 'date',
              message: `Vælg en dato fra mødedagen ${formatDateShort(meeting.date)} eller senere.`,
            },
          ]);
        repos.meetings.setApproved(id, date, common.stamp());
        auditApproval(id, null, date, null);
        return view(id);
      });
    },
    /** Unlocks approved minutes on purpose; who, when and why go into the audit log. */
    reopen(id: number, reason: string): Meeting {
      return repos.transaction(() => {
        const meeting = common.mustGetMeeting(id);
        if (meeting.minutesApprovedAt === null)
          throw new ApiFailure('conflict', 'Referatet er ikke godkendt, så mødet er ikke låst.');
        repos.meetings.setApproved(id, null, common.stamp());
        auditApproval(id, meeting.minutesApprovedAt, null, reason);
        return view(id);
      });
    },
  };
}
export type MeetingService = ReturnType<typeof createMeetingService>;
