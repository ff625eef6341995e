import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBrowserMode } from '../../main/testing/startBrowserMode';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

/**
 * Starts browser mode on a fresh demo register in a temp folder and hands the printed address
 * (with its token) to the tests through SAMSPIL_URL.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-e2e-'));
  const database = path.join(folder, 'e2e.sqlite');
  // The tests work on the demo register, as a consultant trying Samspil would.
  execFileSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'main/cli/index.ts', '--db', database, 'demo'],
    {
      cwd: ROOT,
    },
  );
  const server = await startBrowserMode(database);
  process.env.SAMSPIL_URL = server.url;
  return async () => {
    server.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  };
}
