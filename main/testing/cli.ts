import { runCli } from '../cli/run';

/** Runs the CLI in-process, as `samspil <args>` would, and collects what it prints. */
export async function samspil(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    out: (text) => (stdout += `${text}\n`),
    err: (text) => (stderr += `${text}\n`),
  });
  return { code, stdout, stderr };
}
