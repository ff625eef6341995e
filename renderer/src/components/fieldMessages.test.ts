import { describe, expect, it } from 'vitest';
import { partnershipFieldsSchema } from '../../../shared/api';
import { EMPTY_FORM, toRawInput } from '../features/partnerships/formValues';
import { UNREADABLE_DATE, UNREADABLE_DATE_MESSAGE } from './dateText';
import { checkForm } from './fieldMessages';

const raw = (changes: Partial<typeof EMPTY_FORM>) =>
  toRawInput({
    ...EMPTY_FORM,
    title: 'Lektiecafé',
    partner: 'Røde Kors',
    volunteerType: 'humanitaer',
    involvement: 'lav',
    ...changes,
  });

describe('checkForm', () => {
  it('refuses a date the browser could not read, with the message for a date picker', () => {
    const checked = checkForm(partnershipFieldsSchema, raw({ endDate: UNREADABLE_DATE }));
    expect(checked).toEqual({ ok: false, messages: { endDate: UNREADABLE_DATE_MESSAGE } });
  });

  it('takes an empty date as no date', () => {
    const checked = checkForm(partnershipFieldsSchema, raw({ endDate: '' }));
    expect(checked.ok && checked.value.endDate).toBeNull();
  });

  it('shows the schema’s own messages beside the unreadable date', () => {
    const checked = checkForm(partnershipFieldsSchema, raw({ title: '', startDate: UNREADABLE_DATE }));
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(checked.messages.startDate).toBe(UNREADABLE_DATE_MESSAGE);
      expect(checked.messages.title).toBeTruthy();
    }
  });
});
