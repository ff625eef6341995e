// Finds Electron's executable, fetching it first if `npm install` left it out (package.json
// denies electron's download script so installs also work on machines without its host).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './nativeModule.mjs';

const ELECTRON_DIR = path.join(ROOT, 'node_modules', 'electron');

function installedBinary() {
  try {
    const relative = fs.readFileSync(path.join(ELECTRON_DIR, 'path.txt'), 'utf8').trim();
    const binary = path.join(ELECTRON_DIR, 'dist', relative);
    return fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** The path to electron's executable, or null when it is not here and cannot be fetched. */
export function electronBinary() {
  const existing = installedBinary();
  if (existing) return existing;
  if (!fs.existsSync(path.join(ELECTRON_DIR, 'install.js'))) return null;
  console.log('Henter Electron …');
  const result = spawnSync(process.execPath, ['install.js'], {
    cwd: ELECTRON_DIR,
    stdio: 'ignore',
    timeout: 300_000,
  });
  return result.status === 0 ? installedBinary() : null;
}

export const NO_ELECTRON_MESSAGE =
  'Samspil kan ikke starte som skrivebordsprogram her, fordi Electron ikke kan hentes på denne maskine; brug i stedet «npm run browser», som kører hele Samspil i din browser.';
