/**
 * What a date field holds while the browser cannot read its text as a date (31 February, or a
 * day without a year). Such an input reports the value '' – the same as an empty field, which
 * means "no date" – so without this marker a typing slip would silently erase the saved date.
 * It is no ISO date, so every date schema refuses it.
 */
export const UNREADABLE_DATE = 'ugyldig-dato';

export const UNREADABLE_DATE_MESSAGE = 'Datoen findes ikke. Ret den, eller slet den helt.';

/** The value of a date input: its ISO date, '' when empty, or UNREADABLE_DATE. */
export function dateOf(input: HTMLInputElement): string {
  return input.validity.badInput ? UNREADABLE_DATE : input.value;
}
