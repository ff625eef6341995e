import type { FieldMessages, PartnershipFormValues } from '../formValues';

/** What every form section gets: the values, a setter per field, and the messages to show. */
export interface SectionProps {
  values: PartnershipFormValues;
  set: <K extends keyof PartnershipFormValues>(key: K, value: PartnershipFormValues[K]) => void;
  messages: FieldMessages;
}

/** Field props that show a message for `path` when there is one. */
export function validation(messages: FieldMessages, path: string) {
  const message = messages[path];
  return message ? { validationMessage: message, validationState: 'error' as const } : {};
}
