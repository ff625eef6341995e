import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../db/open';
import { createRepositories } from '../db/repositories';
import { createHandlers, createRouter, type Router, type RouterOptions } from '../ipc';
import { createServices, type Ports } from '../services';
import { APP_VERSION } from './version';

export interface Backend {
  router: Router;
  databasePath: string;
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

/**
 * Opens the register and wires database → services → router: the composition root shared by
 * the Electron app, browser mode, the CLI and the tests.
 */
export function createBackend(databasePath: string, overrides: Partial<Ports> & RouterOptions = {}): Backend {
  const db = openDatabase(databasePath);
  const ports: Ports = {
    now: overrides.now ?? (() => new Date()),
    actor: overrides.actor ?? currentUser(),
    appVersion: overrides.appVersion ?? APP_VERSION,
    logo: overrides.logo ?? defaultLogo,
  };
  const router = createRouter(createHandlers(createServices(createRepositories(db), ports)), overrides);
  return { router, databasePath, close: () => db.close() };
}
