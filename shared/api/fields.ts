import { z } from 'zod';
import { hasDecimalPoint, isIsoDate } from '../domain/format';

/** Building blocks shared by the schemas, each with the Danish message a form shows. */

export const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export function allowedValues(codes: readonly string[]): string {
  return codes.join(', ');
}

/**
 * Free text, trimmed. Text that looks like a CPR number is warned about before saving (the
 * forms) and flagged by the import (shared/domain/cpr.ts), not refused here: the detector can
 * misread e.g. an account number, and the consultant decides.
 */
export const text = (max: number) =>
  z
    .string()
    .max(max, `Teksten er for lang (højst ${max.toLocaleString('da-DK')} tegn).`)
    .trim();

export const requiredText = (max: number, emptyMessage: string) =>
  text(max).refine((value) => value.length > 0, emptyMessage);

/** A date that must be given: an empty one is a choice not made yet, not a misspelt date. */
export const requiredDate = z
  .string({ error: 'Vælg en dato.' })
  .refine((value) => value !== '', { message: 'Vælg en dato.', abort: true })
  .max(10, 'Datoen skal skrives som ÅÅÅÅ-MM-DD, fx 2026-03-07.')
  .refine(isIsoDate, 'Datoen findes ikke. Skriv den som ÅÅÅÅ-MM-DD, fx 2026-03-07.');

/** Empty strings from a form mean "no date". */
export const optionalDate = z
  .union([z.literal('').transform(() => null), requiredDate, z.null()])
  .default(null);

/**
 * A non-negative number or nothing; forms send '' for nothing and the text as typed when it is not
 * a Danish number, so the message can say what is wrong with it.
 */
export const optionalAmount = (max: number, message: string) =>
  z
    .union([z.number(), z.string(), z.null()], { error: message })
    .transform((value, ctx): number | null => {
      if (value === '' || value === null) return null;
      if (typeof value === 'number' && value >= 0 && value <= max) return value;
      ctx.issues.push({
        code: 'custom',
        input: value,
        message: typeof value === 'string' && hasDecimalPoint(value) ? DECIMAL_POINT : message,
      });
      return z.NEVER;
    })
    .default(null);

const DECIMAL_POINT = 'Brug komma som decimaltegn, fx 12.500,50.';

export const emailText = text(200).refine(
  (value) => value === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value),
  'E-mailadressen ser forkert ud. Skriv den som navn@domæne.dk.',
);

export const phoneText = text(40).refine(
  (value) => value === '' || /^[+\d][\d\s-]{5,}$/.test(value),
  'Telefonnummeret ser forkert ud. Brug kun cifre, mellemrum og evt. +45.',
);
