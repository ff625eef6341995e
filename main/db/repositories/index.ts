import type { Database } from 'better-sqlite3';
import { schemaVersionOf } from '../migrations';
import { createActionPlanRepository } from './actionPlans';
import { createActionItemRepository } from './actionItems';
import { createAgendaItemRepository } from './agendaItems';
import { createAuditLogRepository } from './auditLog';
import { createAuditTrailRepository } from './auditTrail';
import { createContactRepository } from './contacts';
import { createDocumentRepository } from './documents';
import { createFollowupMemberRepository } from './followupMembers';
import { createLookupListRepository } from './lookupLists';
import { createMaintenanceRepository } from './maintenance';
import { createMatrixPositionRepository } from './matrixPositions';
import { createMeetingRepository } from './meetings';
import { createOrganisationRepository } from './organisations';
import { createPartnershipRepository } from './partnerships';
import { createPersonalDataRepository } from './personalData';
import { createPersonRepository } from './persons';
import { createRegisterPageRepository } from './registerPage';
import { createSettingsRepository } from './settings';

/** Everything the services may do with the database, and nothing else. */
export function createRepositories(db: Database) {
  return {
    partnerships: createPartnershipRepository(db),
    registerPage: createRegisterPageRepository(db),
    organisations: createOrganisationRepository(db),
    contacts: createContactRepository(db),
    lists: createLookupListRepository(db),
    settings: createSettingsRepository(db),
    matrixPositions: createMatrixPositionRepository(db),
    documents: createDocumentRepository(db),
    maintenance: createMaintenanceRepository(db),
    auditLog: createAuditLogRepository(db),
    followupMembers: createFollowupMemberRepository(db),
    meetings: createMeetingRepository(db),
    agendaItems: createAgendaItemRepository(db),
    actionItems: createActionItemRepository(db),
    auditTrail: createAuditTrailRepository(db),
    persons: createPersonRepository(db),
    personalData: createPersonalDataRepository(db),
    actionPlans: createActionPlanRepository(db),
    schemaVersion: () => schemaVersionOf(db),
    databasePath: () => db.name,
    /** Runs `work` as one all-or-nothing transaction (nested calls become savepoints). */
    transaction: <T>(work: () => T): T => db.transaction(work).immediate(),
  };
}
export type Repositories = ReturnType<typeof createRepositories>;
export type { AuditEntry } from './auditLog';
export type { PartnershipRecord, StoredPartnership } from './partnerships';
export type { ContactSide, PersonRow } from './contacts';
