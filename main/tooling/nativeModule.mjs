// Which runtime better-sqlite3's compiled addon is built for, and how to rebuild it for another.
// Node (tests, CLI, browser mode) and Electron (the desktop app) need different builds of the
// same .node file, so the file is rebuilt on demand and a marker records what it was built for.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
const require = createRequire(path.join(ROOT, 'package.json'));
const ADDON_DIR = path.join(ROOT, 'node_modules', 'better-sqlite3', 'build', 'Release');
const MARKER = path.join(ADDON_DIR, 'samspil-runtime.txt');

export function builtFor() {
  try {
    return fs.readFileSync(MARKER, 'utf8').trim();
  } catch {
    return '';
  }
}

function mark(runtime) {
  fs.writeFileSync(MARKER, `${runtime}\n`);
}

/** Loads the addon in a fresh Node process: a wrong ABI fails there, not in ours. */
export function loadsUnderNode() {
  const probe = spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return probe.status === 0;
}

export function ensureNodeBuild() {
  if (loadsUnderNode()) {
    mark(`node-${process.versions.modules}`);
    return;
  }
  console.log('Bygger better-sqlite3 til Node (ca. 1–2 minutter) …');
  // npm's own config (nodedir=/usr on our build machines) is right for a Node build.
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['rebuild', 'better-sqlite3', '--foreground-scripts'], {
    cwd: ROOT,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0 || !loadsUnderNode()) {
    throw new Error('better-sqlite3 kunne ikke bygges til Node. Se fejlen ovenfor.');
  }
  mark(`node-${process.versions.modules}`);
}

export function electronVersion() {
  return require('electron/package.json').version;
}

export async function ensureElectronBuild() {
  const version = electronVersion();
  if (builtFor() === `electron-${version}`) return;
  console.log(`Bygger better-sqlite3 til Electron ${version} …`);
  // The trap (DESIGN.md, Tests): an inherited nodedir makes node-gyp compile against Node's
  // headers while the result is labelled as Electron's. Electron's headers must be used.
  for (const key of Object.keys(process.env)) {
    if (key.toLowerCase() === 'npm_config_nodedir') delete process.env[key];
  }
  const { rebuild } = await import('@electron/rebuild');
  await rebuild({ buildPath: ROOT, electronVersion: version, onlyModules: ['better-sqlite3'], force: true });
  mark(`electron-${version}`);
}
