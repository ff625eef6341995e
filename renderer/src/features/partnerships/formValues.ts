import type { FieldError, Partnership, PartnershipFieldsInput } from '../../../../shared/api';
import type { Involvement, PartnershipStatus, VolunteerType } from '../../../../shared/domain';

/** What the form holds: exactly what the user typed, strings throughout, so nothing is lost on an error. */
export interface PartnershipFormValues {
  title: string;
  partner: string;
  volunteerType: VolunteerType | '';
  involvement: Involvement | '';
  unitId: string;
  status: PartnershipStatus;
  startDate: string;
  endDate: string;
  notes: string;
}

export const EMPTY_FORM: PartnershipFormValues = {
  title: '',
  partner: '',
  volunteerType: '',
  involvement: '',
  unitId: '',
  status: 'aktiv',
  startDate: '',
  endDate: '',
  notes: '',
};

export function formValuesOf(p: Partnership): PartnershipFormValues {
  return {
    title: p.title,
    partner: p.partner,
    volunteerType: p.volunteerType,
    involvement: p.involvement,
    unitId: p.unitId === null ? '' : String(p.unitId),
    status: p.status,
    startDate: p.startDate ?? '',
    endDate: p.endDate ?? '',
    notes: p.notes,
  };
}

/** Turns the typed strings into raw input; the shared schema then judges it, as the server will. */
export function toRawInput(values: PartnershipFormValues): Record<keyof PartnershipFieldsInput, unknown> {
  return {
    title: values.title,
    partner: values.partner,
    volunteerType: values.volunteerType || undefined,
    involvement: values.involvement || undefined,
    unitId: values.unitId === '' ? null : Number(values.unitId),
    status: values.status,
    startDate: values.startDate,
    endDate: values.endDate,
    notes: values.notes,
  };
}

export type FieldMessages = Partial<Record<keyof PartnershipFormValues | '', string>>;

/** The first message per field, keyed by the form's field names. */
export function fieldMessages(errors: readonly FieldError[]): FieldMessages {
  const messages: FieldMessages = {};
  for (const { path, message } of errors) {
    const field = (path.split('.')[0] ?? '') as keyof FieldMessages;
    messages[field] ??= message;
  }
  return messages;
}
