import type { Database } from 'better-sqlite3';
import { migration001Initial } from './001-initial';
import { migration002FullRecord } from './002-full-record';
import { migration003MatrixPositions } from './003-matrix-positions';
import { migration004Documents } from './004-documents';
import { migration005FollowupGroup } from './005-followup-group';
import { migration006ActionPlans } from './006-action-plans';
import { migration007Persons } from './007-persons';
import { migration008AgreementOptions } from './008-agreement-options';
import { migration009RegisterOrder } from './009-register-order';
import { migration010CompoundSearch } from './010-compound-search';
import { migration011WordBreaks } from './011-word-breaks';
import type { Migration } from './types';

/** All migrations in order; append new ones, never edit or reorder a released one. */
export const MIGRATIONS: readonly Migration[] = [
  migration001Initial,
  migration002FullRecord,
  migration003MatrixPositions,
  migration004Documents,
  migration005FollowupGroup,
  migration006ActionPlans,
  migration007Persons,
  migration008AgreementOptions,
  migration009RegisterOrder,
  migration010CompoundSearch,
  migration011WordBreaks,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

export class DatabaseFromFutureError extends Error {
  constructor(
    readonly fileVersion: number,
    readonly knownVersion: number,
  ) {
    super(
      `Databasen er lavet af en nyere version af Samspil (skemaversion ${String(fileVersion)}; ` +
        `denne version kender kun til skemaversion ${String(knownVersion)}). ` +
        'Installér den nyeste version af Samspil. Filen er ikke ændret.',
    );
    this.name = 'DatabaseFromFutureError';
  }
}

export function schemaVersionOf(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Returns the file's schema version, or throws if a newer Samspil wrote it. */
export function assertNotFromFuture(db: Database, migrations: readonly Migration[] = MIGRATIONS): number {
  const current = schemaVersionOf(db);
  if (current > migrations.length) throw new DatabaseFromFutureError(current, migrations.length);
  return current;
}

/**
 * Brings the schema up to date on `PRAGMA user_version`, all pending steps in one
 * transaction: a failure leaves the file exactly as it was. A file written by a newer
 * Samspil is refused untouched rather than guessed at.
 */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): number {
  migrations.forEach((m, index) => {
    if (m.version !== index + 1)
      throw new Error(`Migration ${m.name} has version ${String(m.version)}, expected ${String(index + 1)}`);
  });
  const current = assertNotFromFuture(db, migrations);
  const latest = migrations.length;
  const pending = migrations.slice(current);
  if (pending.length === 0) return current;
  db.transaction(() => {
    for (const step of pending) {
      step.up(db);
      db.pragma(`user_version = ${String(step.version)}`);
    }
  }).immediate();
  return latest;
}
