import { agendaItemFieldsSchema, meetingFieldsSchema, memberFieldsSchema } from '../../../shared/api';
import type { createFollowupServices } from '../followupGroup';
import { DEMO_CASE_NUMBER, DEMO_CHARTER, DEMO_MEETINGS, DEMO_MEMBERS } from './demoFollowupGroup';

type FollowupServices = ReturnType<typeof createFollowupServices>;

/**
 * The demo følgegruppe through the same services the app uses: its members (the same persons as
 * the partnerships' contacts where the names match), the kommissorium, and the year's meetings
 * with attendance, items, decisions and action items that roll forward.
 */
export function loadDemoFollowupGroup(
  followup: FollowupServices,
  segmentId: (name: string) => number,
  partnershipIds: ReadonlyMap<string, number>,
): void {
  followup.followupGroup.update({ charter: DEMO_CHARTER, caseNumber: DEMO_CASE_NUMBER });
  const personOf = new Map<string, number>();
  for (const { segment, ...member } of DEMO_MEMBERS) {
    const fields = memberFieldsSchema.parse({ ...member, segmentId: segment ? segmentId(segment) : null });
    personOf.set(member.name, followup.followupGroup.addMember(fields).personId);
  }
  const person = (name: string) => personOf.get(name) ?? null;

  const meetingIds = new Map<string, number>();
  for (const demo of DEMO_MEETINGS) {
    const meeting = followup.meetings.create(
      meetingFieldsSchema.parse({
        date: demo.date,
        startTime: '15:00',
        endTime: '17:00',
        place: demo.place,
        chairPersonId: person(demo.chair),
        referentPersonId: person(demo.referent),
        guests: demo.guests,
        marks: demo.marks,
      }),
    );
    meetingIds.set(demo.date, meeting.id);
    if (demo.held)
      for (const { personId, name } of meeting.attendance)
        followup.meetings.setAttendance(
          meeting.id,
          personId,
          demo.absent.includes(name) ? 'afbud' : 'til_stede',
        );
    for (const { partnerships = [], presenter, ...item } of demo.items) {
      followup.agendaItems.add(
        meeting.id,
        agendaItemFieldsSchema.parse({
          ...item,
          presenterPersonId: presenter ? person(presenter) : null,
          partnershipIds: partnerships.flatMap((title) => partnershipIds.get(title) ?? []),
        }),
      );
    }
    const items = followup.meetings.view(meeting.id).items;
    for (const action of demo.actions) {
      followup.actionItems.add(meeting.id, items.find((i) => i.title === action.item)?.id ?? null, {
        text: action.text,
        responsiblePersonId: person(action.responsible),
        responsible: '',
        deadline: action.deadline,
      });
    }
  }
  // Close what was closed, then approve: approved minutes are locked.
  for (const demo of DEMO_MEETINGS)
    for (const action of demo.actions.filter((a) => a.closeAt !== undefined)) {
      const stored = followup.actionItems.list().find((a) => a.text === action.text);
      const closingMeeting = meetingIds.get(action.closeAt ?? '') ?? null;
      if (stored) followup.actionItems.close(stored.id, closingMeeting, null);
    }
  for (const demo of DEMO_MEETINGS)
    if (demo.approvedAt) followup.meetings.approveMinutes(meetingIds.get(demo.date) ?? 0, demo.approvedAt);
}
