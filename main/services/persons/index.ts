import type { Repositories } from '../../db/repositories';
import type { PartnershipService } from '../partnerships';
import type { Ports } from '../ports';
import type { SettingsService } from '../settings';
import { createAuditViewer } from './auditViewer';
import { createPersonService } from './personService';
import { createRetentionService } from './retentionService';

/** Data protection (issue 10): persons, retention and the audit log viewer. */
export function createPersonServices(
  repos: Repositories,
  ports: Ports,
  settings: SettingsService,
  partnerships: PartnershipService,
) {
  const persons = createPersonService(repos, ports, settings, partnerships);
  return {
    persons,
    retention: createRetentionService(ports, settings, partnerships, persons),
    audit: createAuditViewer(repos, ports),
  };
}
