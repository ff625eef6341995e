import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from '@playwright/test';
import { seedRegister } from '../../bench/seed';
import { openDatabase } from '../../main/db/open';
import { startBrowserMode, type RunningBrowserMode } from '../../main/testing/startBrowserMode';

/**
 * A register of `count` generated partnerships (the bench's data), in its own browser mode beside
 * the demo's, for the tests of the calling file; the returned function gives its running server.
 */
export function generatedRegister(count: number): () => RunningBrowserMode {
  let folder: string;
  let server: RunningBrowserMode | undefined;
  test.beforeAll(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-e2e-generated-'));
    const file = path.join(folder, 'register.sqlite');
    openDatabase(file).close();
    seedRegister(file, count);
    server = await startBrowserMode(file);
  });
  test.afterAll(() => {
    server?.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });
  return () => {
    if (!server) throw new Error('The generated register is not running yet.');
    return server;
  };
}
