import type { z } from 'zod';
import type { FieldError } from './result';

/**
 * Danish fallback messages for zod issues that a schema does not word itself. Schemas give
 * their own message where the consultant can meet the error in a form; this covers the rest
 * (wrong types from a buggy or hostile caller, unknown keys, enum values).
 */
export const danishIssueMessage: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'Feltet skal udfyldes.'
        : `Feltet har en forkert type (forventede ${issue.expected}).`;
    case 'invalid_value':
      return `Ugyldig værdi. Tilladte værdier: ${issue.values.map(String).join(', ')}.`;
    case 'too_big':
      return issue.origin === 'string'
        ? `Teksten er for lang (højst ${String(issue.maximum)} tegn).`
        : `Værdien er for stor (højst ${String(issue.maximum)}).`;
    case 'too_small':
      return issue.origin === 'string'
        ? 'Feltet skal udfyldes.'
        : `Værdien er for lille (mindst ${String(issue.minimum)}).`;
    case 'unrecognized_keys':
      return `Ukendt felt: ${issue.keys.join(', ')}.`;
    case 'invalid_format':
      return 'Feltet har et ugyldigt format.';
    default:
      return 'Ugyldig værdi.';
  }
};

export function toFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; fieldErrors: FieldError[] };

/** Parses with the Danish messages; used identically by the router, the forms and the CLI. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown): Parsed<z.output<S>> {
  const result = schema.safeParse(input, { error: danishIssueMessage });
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, fieldErrors: toFieldErrors(result.error) };
}
