import type { FieldError } from '../../../shared/api';

export type FieldMessages = Record<string, string | undefined>;

/** The first message per field path (`title`, `partnerContact.email`, ...). */
export function fieldMessages(errors: readonly FieldError[]): FieldMessages {
  const messages: FieldMessages = {};
  for (const { path, message } of errors) messages[path] ??= message;
  return messages;
}

/** Fluent Field props that show the message for `path`, if there is one. */
export function validation(messages: FieldMessages, path: string) {
  const message = messages[path];
  return message ? { validationMessage: message, validationState: 'error' as const } : {};
}
