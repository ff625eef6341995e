import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createBackend } from '../backend/createBackend';
import { defaultDatabasePath } from '../paths/defaultDatabasePath';
import { rendererIsStale } from './rendererBuild';
import { createToken, startBrowserServer } from './server';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const RENDERER_DIR = path.join(ROOT, 'out', 'renderer');

function fatal(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

const { values } = (() => {
  try {
    return parseArgs({ options: { db: { type: 'string' }, port: { type: 'string' } }, strict: true });
  } catch (error) {
    process.stderr.write(
      `${error instanceof Error ? error.message : String(error)}\nBrug: npm run browser -- [--db FIL] [--port N]\n`,
    );
    process.exit(2);
  }
})();

const port = values.port === undefined ? 0 : Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write('--port skal være et helt tal mellem 0 og 65535.\n');
  process.exit(2);
}

if (rendererIsStale(ROOT, RENDERER_DIR)) {
  process.stderr.write('Bygger brugerfladen …\n');
  const build = spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--config',
      'renderer/vite.config.ts',
      '--logLevel',
      'warn',
    ],
    {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  if (build.status !== 0 || !fs.existsSync(path.join(RENDERER_DIR, 'index.html')))
    fatal('Brugerfladen kunne ikke bygges.');
}

const databasePath = values.db ?? defaultDatabasePath();
let backend;
try {
  backend = createBackend(databasePath, {
    logError: (error, method) => process.stderr.write(`${method}: ${String(error)}\n`),
  });
} catch (error) {
  fatal(
    `Samspil kan ikke åbne registret ${databasePath}: ${error instanceof Error ? error.message : String(error)}`,
  );
}
try {
  backend.services().backups.dailyIfDue();
} catch (error) {
  process.stderr.write(
    `Den daglige sikkerhedskopi mislykkedes: ${error instanceof Error ? error.message : String(error)}\n`,
  );
}
const server = await startBrowserServer({
  router: backend.router,
  rendererDir: RENDERER_DIR,
  token: createToken(),
  port,
});
process.stdout.write(`Samspil: ${server.url}\n`);

const stop = () => {
  void server.close().finally(() => {
    backend.close();
    process.exit(0);
  });
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
