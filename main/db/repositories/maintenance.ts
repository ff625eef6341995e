import type { Database } from 'better-sqlite3';
import { backupTo } from '../backup';

export function createMaintenanceRepository(db: Database) {
  return {
    backupTo: (target: string): void => backupTo(db, target),
  };
}
