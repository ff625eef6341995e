import type { Database } from 'better-sqlite3';
import { schemaVersionOf } from '../migrations';
import { createAuditLogRepository } from './auditLog';
import { createOrganisationRepository } from './organisations';
import { createPartnershipRepository } from './partnerships';
import { createUnitRepository } from './units';

/** Everything the services may do with the database, and nothing else. */
export function createRepositories(db: Database) {
  return {
    partnerships: createPartnershipRepository(db),
    organisations: createOrganisationRepository(db),
    units: createUnitRepository(db),
    auditLog: createAuditLogRepository(db),
    schemaVersion: () => schemaVersionOf(db),
    databasePath: () => db.name,
    /** Runs `work` as one all-or-nothing transaction. */
    transaction: <T>(work: () => T): T => db.transaction(work).immediate(),
  };
}
export type Repositories = ReturnType<typeof createRepositories>;
export type { AuditEntry } from './auditLog';
export type { PartnershipRecord } from './partnerships';
