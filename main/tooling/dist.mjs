// `npm run dist -- [electron-builder flags]`: installers for this platform (or the ones named).
// better-sqlite3 is rebuilt for Electron here, explicitly; electron-builder's own rebuild is off
// (npmRebuild: false) because it would inherit npm's nodedir and build for Node instead.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT, ensureElectronBuild } from './nativeModule.mjs';

await ensureElectronBuild();
const run = (script, args) =>
  spawnSync(process.execPath, [path.join(ROOT, 'node_modules', script), ...args], {
    cwd: ROOT,
    stdio: 'inherit',
  });
const build = run('electron-vite/bin/electron-vite.js', ['build']);
if (build.status !== 0) process.exit(build.status ?? 1);
const pack = run('electron-builder/cli.js', ['--config', 'electron-builder.yml', ...process.argv.slice(2)]);
process.exit(pack.status ?? 1);
