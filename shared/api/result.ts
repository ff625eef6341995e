/** The envelope every API call returns, whatever the transport (IPC, HTTP, CLI). */

export const API_ERROR_CODES = [
  'validation',
  'unknown_method',
  'not_found',
  'conflict',
  'unauthorized',
  'database_from_future',
  'internal',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface FieldError {
  /** Dotted path of the offending field, e.g. `title` or `extra.0.key`; empty for the whole input. */
  path: string;
  /** Danish, written for the consultant: what is wrong and what to do. */
  message: string;
}

export interface ApiError {
  code: ApiErrorCode;
  message: string;
  details?: { fieldErrors?: FieldError[] };
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export function ok<T>(value: T): ApiResult<T> {
  return { ok: true, value };
}

export function fail(
  code: ApiErrorCode,
  message: string,
  fieldErrors?: FieldError[],
): { ok: false; error: ApiError } {
  return fieldErrors
    ? { ok: false, error: { code, message, details: { fieldErrors } } }
    : { ok: false, error: { code, message } };
}

/** Thrown by services for expected failures; the router turns it into a typed error result. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly fieldErrors?: FieldError[],
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}
