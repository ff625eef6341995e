import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

/**
 * Starts `npm run browser` on a fresh register in a temp folder, exactly as a user would, and
 * hands the printed address (with its token) to the tests through SAMSPIL_URL.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-e2e-'));
  const database = path.join(folder, 'e2e.sqlite');
  const tsx = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');
  // The tests work on the demo register, as a consultant trying Samspil would.
  execFileSync(process.execPath, [tsx, 'main/cli/index.ts', '--db', database, 'demo'], { cwd: ROOT });
  const child = spawn(process.execPath, [tsx, 'main/browser/cli.ts', '--db', database], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`browser mode did not start: ${output}`)), 120_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /^Samspil: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)$/m.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.on('exit', (code) => reject(new Error(`browser mode exited with ${String(code)}: ${output}`)));
  });
  process.env.SAMSPIL_URL = url;
  return async () => {
    child.kill('SIGTERM');
    fs.rmSync(folder, { recursive: true, force: true });
  };
}
