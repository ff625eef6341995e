import type { z } from 'zod';
import { parseWith, type FieldError } from '../../../shared/api';
import { UNREADABLE_DATE, UNREADABLE_DATE_MESSAGE } from './dateText';

export type FieldMessages = Record<string, string | undefined>;

/** The first message per field path (`title`, `partnerContact.email`, ...). */
export function fieldMessages(errors: readonly FieldError[]): FieldMessages {
  const messages: FieldMessages = {};
  for (const { path, message } of errors) messages[path] ??= message;
  return messages;
}

/**
 * Checks what a form is about to save against `schema`, as the server will. A date the browser
 * could not read is refused with a message that fits a date picker, not the schema's advice
 * to type ÅÅÅÅ-MM-DD.
 */
export function checkForm<S extends z.ZodType>(
  schema: S,
  raw: Record<string, unknown>,
): { ok: true; value: z.output<S> } | { ok: false; messages: FieldMessages } {
  const unreadable: FieldError[] = Object.keys(raw)
    .filter((path) => raw[path] === UNREADABLE_DATE)
    .map((path) => ({ path, message: UNREADABLE_DATE_MESSAGE }));
  const parsed = parseWith(schema, raw);
  if (parsed.ok && unreadable.length === 0) return parsed;
  return { ok: false, messages: fieldMessages([...unreadable, ...(parsed.ok ? [] : parsed.fieldErrors)]) };
}

/** Fluent Field props that show the message for `path`, if there is one. */
export function validation(messages: FieldMessages, path: string) {
  const message = messages[path];
  return message ? { validationMessage: message, validationState: 'error' as const } : {};
}
