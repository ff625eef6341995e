// `npm start`: fetch Electron if needed, build better-sqlite3 for it, build the app, launch it.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { NO_ELECTRON_MESSAGE, electronBinary } from './electronBinary.mjs';
import { ROOT, ensureElectronBuild } from './nativeModule.mjs';

const binary = electronBinary();
if (!binary) {
  console.error(NO_ELECTRON_MESSAGE);
  process.exit(1);
}
await ensureElectronBuild();
const build = spawnSync(
  process.execPath,
  [path.join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
  {
    cwd: ROOT,
    stdio: 'inherit',
  },
);
if (build.status !== 0) process.exit(build.status ?? 1);
const app = spawn(binary, [ROOT, ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit' });
app.on('exit', (code) => process.exit(code ?? 0));
