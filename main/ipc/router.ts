import {
  ApiFailure,
  contract,
  fail,
  isMethodName,
  ok,
  parseWith,
  type ApiResult,
  type MethodName,
} from '../../shared/api';
import type { Handlers } from './handlers';

export interface Router {
  /** Validates, dispatches and wraps one call. Never throws: every outcome is an ApiResult. */
  handle(method: unknown, input: unknown): Promise<ApiResult<unknown>>;
}

export interface RouterOptions {
  /** Where unexpected errors go (electron-log in the app, stderr in the CLI). */
  logError?: (error: unknown, method: string) => void;
}

/**
 * The single entry point for Electron IPC, browser mode and the CLI, so all three accept
 * exactly the same calls and reject exactly the same mistakes.
 */
export function createRouter(handlers: Handlers, options: RouterOptions = {}): Router {
  return {
    async handle(method, input) {
      if (!isMethodName(method)) {
        return fail(
          'unknown_method',
          `Ukendt funktion: ${typeof method === 'string' ? method.slice(0, 100) : typeof method}.`,
        );
      }
      let parsed;
      try {
        parsed = parseWith(contract[method].input, input);
      } catch (error) {
        // A schema must never throw; if one does, the caller still gets an answer, not a crash.
        options.logError?.(error, method);
        return fail('validation', 'Forespørgslen kunne ikke læses. Intet er gemt.');
      }
      if (!parsed.ok) {
        return fail(
          'validation',
          'Nogle felter er ikke udfyldt korrekt. Ret de markerede felter og prøv igen.',
          parsed.fieldErrors,
        );
      }
      try {
        const handler = handlers[method] as (input: unknown) => unknown;
        const value = await handler(parsed.value);
        return ok(contract[method as MethodName].output.parse(value));
      } catch (error) {
        if (error instanceof ApiFailure) return fail(error.code, error.message, error.fieldErrors);
        options.logError?.(error, method);
        return fail(
          'internal',
          'Der skete en uventet fejl. Intet er gemt. Prøv igen, og kontakt support hvis det sker igen.',
        );
      }
    },
  };
}
