import type { Repositories } from '../db/repositories';
import { createActionPlanService } from './actionPlans';
import { createAgreementService } from './agreements';
import { createDocumentLogoService } from './documentLogo';
import { createBackupService } from './backups';
import { createDemoService } from './demo/loadDemo';
import { createFollowupServices } from './followupGroup';
import { createLookupListService } from './lookupLists';
import { createMatrixService } from './matrix';
import { createOrganisationService } from './organisations';
import { createPartnershipService } from './partnerships';
import { createPersonServices } from './persons';
import { createReportService } from './reports';
import type { Ports } from './ports';
import { createSettingsService } from './settings';
import { createExportService } from './transfer/exportService';
import { createImportService } from './transfer/importService';

export function createServices(repos: Repositories, basePorts: Ports) {
  // Every document service reads the municipality's chosen logo through ports.logo().
  const logo = createDocumentLogoService(repos, basePorts);
  const ports = logo.ports;
  const settings = createSettingsService(repos, ports.now);
  const partnerships = createPartnershipService(repos, ports, settings);
  const actionPlans = createActionPlanService(repos, ports, settings);
  const followup = createFollowupServices(repos, ports, settings, partnerships, createMatrixService(repos));
  return {
    app: {
      info: () => ({
        version: ports.appVersion,
        schemaVersion: repos.schemaVersion(),
        databasePath: repos.databasePath(),
      }),
    },
    settings,
    logo,
    lists: createLookupListService(repos),
    organisations: createOrganisationService(repos, ports),
    partnerships,
    matrix: createMatrixService(repos),
    agreements: createAgreementService(repos, ports, partnerships, settings),
    backups: createBackupService(repos, ports),
    reports: createReportService(ports, partnerships, settings),
    actionPlans,
    demo: createDemoService(repos, partnerships, actionPlans, followup),
    import: createImportService(repos, partnerships),
    export: createExportService(repos, partnerships, ports),
    ...followup,
    ...createPersonServices(repos, ports, settings, partnerships),
  };
}
export type Services = ReturnType<typeof createServices>;
export type { Ports } from './ports';
export { backupFileName } from './backups';
