// `npm run test:packaging` (tsx, for the TypeScript layout rule): packs the built app (run `npm run build` first) with the CI-only
// electron-builder.ci.yml into an unpacked Linux folder around a stub Electron directory, then
// checks app.asar. Offline: the Electron binary and installer tools are never fetched.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { asarLayoutProblems } from './asarLayout.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const WORK = path.join(ROOT, 'node_modules', '.cache', 'samspil-packaging');
const STUB = path.join(WORK, 'electron-stub');
const UNPACKED = path.join(WORK, 'release', 'linux-unpacked');
const asar = createRequire(import.meta.url)('@electron/asar');

function fail(lines) {
  console.error(`Pakningstesten fejlede:\n${lines.map((l) => `  - ${l}`).join('\n')}`);
  process.exit(1);
}

const built = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
const notBuilt = built.filter((file) => !fs.existsSync(path.join(ROOT, file)));
if (notBuilt.length > 0) fail([`${notBuilt.join(', ')} mangler: kør npm run build først`]);

// Just enough of an Electron distribution for electron-builder's Linux layout step.
fs.rmSync(WORK, { recursive: true, force: true });
fs.mkdirSync(path.join(STUB, 'locales'), { recursive: true });
fs.mkdirSync(path.join(STUB, 'resources'));
fs.writeFileSync(path.join(STUB, 'electron'), '#!/bin/sh\necho "stub Electron"\n', { mode: 0o755 });
for (const locale of ['da', 'en-US', 'de']) fs.writeFileSync(path.join(STUB, 'locales', `${locale}.pak`), '');

const started = Date.now();
const pack = spawnSync(
  process.execPath,
  [
    path.join(ROOT, 'node_modules/electron-builder/cli.js'),
    '--config',
    'electron-builder.ci.yml',
    '--linux',
    'dir',
    // CI=true would otherwise let electron-builder look for somewhere to publish to.
    '--publish',
    'never',
  ],
  { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' } },
);
if (pack.status !== 0)
  fail([`electron-builder sluttede med ${String(pack.status)}`, pack.stdout, pack.stderr]);

const archive = path.join(UNPACKED, 'resources', 'app.asar');
if (!fs.existsSync(archive)) fail([`${archive} blev ikke lavet`]);
const paths = asar.listPackage(archive);
const isUnpacked = (file) => {
  const entry = asar.statFile(archive, file.slice(1));
  return entry.unpacked === true && fs.existsSync(path.join(`${archive}.unpacked`, file));
};
const problems = asarLayoutProblems(paths, isUnpacked);
if (!fs.existsSync(path.join(UNPACKED, 'samspil')))
  problems.push('programfilen linux-unpacked/samspil mangler');
if (problems.length > 0) fail(problems);
console.log(
  `Pakningstest: app.asar (${String(paths.length)} stier) er i orden, better_sqlite3.node ligger udpakket; ` +
    `${String(Math.round((Date.now() - started) / 1000))} s.`,
);
