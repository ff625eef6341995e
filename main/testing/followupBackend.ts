import path from 'node:path';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api';
import { createBackend } from '../backend/createBackend';

/**
 * A register in `folder` driven through the real router (so every input and output is checked
 * against the contract), with a clock the test moves.
 */
export function followupBackend(folder: string, today: string) {
  let clock = new Date(`${today}T10:00:00Z`);
  let tick = 0;
  const backend = createBackend(path.join(folder, 'samspil.sqlite'), {
    now: () => new Date(clock.getTime() + tick++),
    actor: 'konsulent',
    logo: () => null,
  });
  async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    const result = await backend.router.handle(method, input);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as MethodOutput<M>;
  }
  async function refused(method: MethodName, input: unknown) {
    const result = await backend.router.handle(method, input);
    if (result.ok) throw new Error(`${method} should have been refused`);
    return result.error;
  }
  return {
    backend,
    call,
    refused,
    setToday: (day: string) => {
      clock = new Date(`${day}T10:00:00Z`);
    },
  };
}
