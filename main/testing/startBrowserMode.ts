import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

export interface RunningBrowserMode {
  url: string;
  stop(): void;
}

/**
 * Starts `npm run browser` on `database` as its own process, exactly as a user would, and waits
 * for the one line with the address and token. Used by the end-to-end tests and the benchmarks.
 */
export async function startBrowserMode(database: string): Promise<RunningBrowserMode> {
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'main/browser/cli.ts', '--db', database],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`browser mode did not start: ${output}`)), 120_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /^Samspil: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)$/m.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.on('exit', (code) => reject(new Error(`browser mode exited with ${String(code)}: ${output}`)));
  });
  return { url, stop: () => void child.kill('SIGTERM') };
}
