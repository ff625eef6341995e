import type { Repositories } from '../../db/repositories';
import type { createMatrixService } from '../matrix';
import type { PartnershipService } from '../partnerships';
import type { Ports } from '../ports';
import type { SettingsService } from '../settings';
import { createActionItemService } from './actionItems';
import { createAgendaService } from './agenda';
import { followupCommon } from './common';
import { createMeetingDocumentService } from './documents';
import { createGroupService } from './group';
import { createMeetingService } from './meetings';

/** The følgegruppe (issue 6): the group and its members, meetings, agendas, action items and documents. */
export function createFollowupServices(
  repos: Repositories,
  ports: Ports,
  settings: SettingsService,
  partnerships: PartnershipService,
  matrix: Pick<ReturnType<typeof createMatrixService>, 'history'>,
) {
  const common = followupCommon(repos, ports);
  const group = createGroupService(repos, common);
  const meetings = createMeetingService(repos, common, ports.actor);
  return {
    followupGroup: group,
    meetings,
    agendaItems: createAgendaService(repos, common, meetings, partnerships, matrix),
    actionItems: createActionItemService(repos, common),
    meetingDocuments: createMeetingDocumentService(repos, ports, common, settings, group, meetings),
  };
}
