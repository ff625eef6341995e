import type { Ports } from '../services';

/** Ports for service tests: a fixed clock, no logo, and no register swapping. */
export function testPorts(now: string | (() => Date), overrides: Partial<Ports> = {}): Ports {
  return {
    now: typeof now === 'string' ? () => new Date(now) : now,
    actor: 'k',
    appVersion: 't',
    logo: () => null,
    replaceRegister: () => {
      throw new Error('replaceRegister is not available in service tests');
    },
    ...overrides,
  };
}
