import { describe, expect, it } from 'vitest';
import { meetingFieldsSchema } from './followupGroup';
import { parseWith } from './validation';

describe('meetingFieldsSchema', () => {
  it('reads times written the Danish way (16.00) as well as 16:00, and stores 16:00', () => {
    const parsed = parseWith(meetingFieldsSchema, {
      date: '2026-12-01',
      startTime: '9.30',
      endTime: '16.00',
    });
    expect(parsed).toEqual({
      ok: true,
      value: expect.objectContaining({ startTime: '09:30', endTime: '16:00' }),
    });
    const colon = parseWith(meetingFieldsSchema, {
      date: '2026-12-01',
      startTime: '15:00',
      endTime: '17:00',
    });
    expect(colon).toEqual({
      ok: true,
      value: expect.objectContaining({ startTime: '15:00', endTime: '17:00' }),
    });
  });

  it('refuses a time that is no time', () => {
    const parsed = parseWith(meetingFieldsSchema, { date: '2026-12-01', startTime: '25.00' });
    expect(parsed).toEqual({
      ok: false,
      fieldErrors: [{ path: 'startTime', message: 'Skriv klokkeslættet som TT.MM, fx 16.00.' }],
    });
  });

  it('asks for a date when none is chosen, and says a misspelt one does not exist', () => {
    expect(parseWith(meetingFieldsSchema, { date: '' })).toEqual({
      ok: false,
      fieldErrors: [{ path: 'date', message: 'Vælg en dato.' }],
    });
    expect(parseWith(meetingFieldsSchema, { date: '2026-02-30' })).toEqual({
      ok: false,
      fieldErrors: [
        { path: 'date', message: 'Datoen findes ikke. Skriv den som ÅÅÅÅ-MM-DD, fx 2026-03-07.' },
      ],
    });
  });
});
