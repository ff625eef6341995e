import type { TransferFile } from '../../../shared/api';
import { meetingDocumentContent, type MeetingDocumentKind } from '../../../shared/domain';
import type { Repositories } from '../../db/repositories';
import { meetingDocumentBytes } from '../../documents/meetingDocument';
import { letterheadOf } from '../letterheadOf';
import type { Ports } from '../ports';
import type { SettingsService } from '../settings';
import type { FollowupCommon } from './common';
import type { GroupService } from './group';
import type { MeetingService } from './meetings';

/** Dagsorden and referat as Word documents, returned as base64 like the agreements. */
export function createMeetingDocumentService(
  repos: Repositories,
  ports: Ports,
  common: FollowupCommon,
  settings: SettingsService,
  group: GroupService,
  meetings: MeetingService,
) {
  async function build(id: number, kind: MeetingDocumentKind): Promise<TransferFile> {
    const meeting = meetings.view(id);
    const next = meeting.nextMeeting && repos.meetings.get(meeting.nextMeeting.id);
    const { name, caseNumber } = group.settings();
    const content = meetingDocumentContent(meeting, kind, {
      groupName: name,
      caseNumber,
      documentDate: common.today(),
      nextMeeting: next ?? null,
      strategyGoalNames: new Map(repos.lists.all('strategyGoals').map((g) => [g.id, g.name])),
    });
    const bytes = await meetingDocumentBytes(content, letterheadOf(settings.get(), ports));
    return { fileName: content.fileName, contentBase64: Buffer.from(bytes).toString('base64') };
  }

  return {
    agenda: (id: number) => build(id, 'dagsorden'),
    minutes: (id: number) => build(id, 'referat'),
  };
}
