import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { backupTo, defaultBackupFolder, replaceDatabaseFile } from '../db/backup';
import { openDatabase, type Database } from '../db/open';
import { createRepositories } from '../db/repositories';
import { createHandlers, createRouter, type Router, type RouterOptions } from '../ipc';
import { backupFileName, createServices, type Ports, type Services } from '../services';
import { APP_VERSION } from './version';

export interface Backend {
  router: Router;
  databasePath: string;
  services(): Services;
  close(): void;
}

// resources/ sits two folders up from both main/backend (tsx) and out/main (the built app).
const DEFAULT_LOGO = path.resolve(import.meta.dirname, '..', '..', 'resources', 'logo.png');

function defaultLogo(): { data: Uint8Array; type: 'png' } | null {
  try {
    return { data: fs.readFileSync(DEFAULT_LOGO), type: 'png' };
  } catch {
    return null;
  }
}

function currentUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'ukendt bruger';
  }
}

/** Before a migration changes the register, a copy of the old one goes into the backup folder. */
function backupBeforeMigration(databasePath: string, now: () => Date) {
  return (db: Database) => {
    // Straight to the backup: the repositories expect the latest schema, which is not there yet.
    backupTo(db, path.join(defaultBackupFolder(databasePath), backupFileName(now(), 'foer-migrering')));
  };
}

/**
 * Opens the register and wires database → services → router: the composition root shared by
 * the Electron app, browser mode, the CLI and the tests. A restore swaps the register underneath
 * the router, which always reaches the current services.
 */
export function createBackend(
  databasePath: string,
  overrides: Partial<Omit<Ports, 'replaceRegister'>> & RouterOptions = {},
): Backend {
  const now = overrides.now ?? (() => new Date());
  let db = openDatabase(databasePath, { beforeMigration: backupBeforeMigration(databasePath, now) });
  const ports: Ports = {
    now,
    actor: overrides.actor ?? currentUser(),
    appVersion: overrides.appVersion ?? APP_VERSION,
    logo: overrides.logo ?? defaultLogo,
    replaceRegister(backupFile) {
      db.close();
      try {
        replaceDatabaseFile(backupFile, databasePath);
      } finally {
        db = openDatabase(databasePath);
        services = createServices(createRepositories(db), ports);
      }
    },
  };
  let services = createServices(createRepositories(db), ports);
  const router = createRouter(
    createHandlers(() => services),
    overrides,
  );
  return { router, databasePath, services: () => services, close: () => db.close() };
}
