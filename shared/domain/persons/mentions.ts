import { ANONYMISED } from './values';

/** What identifies a person in free text: the name, the e-mail address and the phone number. */
export interface PersonTerms {
  name: string;
  email: string;
  phone: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One case-insensitive pattern for every way the person is written: the name as a whole word
 * (any spacing), the e-mail, and the phone number with or without spaces. Terms too short to
 * be safe (a name of two letters would hit everything) are left out.
 */
export function mentionPattern(terms: readonly PersonTerms[]): RegExp | null {
  const parts = new Set<string>();
  for (const { name, email, phone } of terms) {
    const words = name.trim().split(/\s+/).filter(Boolean);
    // A Danish genitive s ("Ingeborgs") still names the person; the s stays outside the match.
    if (words.join(' ').length >= 3)
      parts.add(`(?<![\\p{L}\\p{N}])${words.map(escape).join('\\s+')}(?=s?(?![\\p{L}\\p{N}]))`);
    if (email.trim().length >= 3) parts.add(escape(email.trim()));
    // Danish numbers are written with or without +45: the eight digits are what identify.
    const digits = phone.replace(/\D/g, '').replace(/^(0045|45)(?=\d{8}$)/, '');
    if (digits.length >= 6) parts.add(`(?<!\\d)${[...digits].join('[\\s-]?')}(?!\\d)`);
  }
  return parts.size === 0 ? null : new RegExp([...parts].join('|'), 'giu');
}

export function mentionsPerson(text: string, pattern: RegExp | null): boolean {
  if (!pattern) return false;
  pattern.lastIndex = 0;
  return pattern.test(text);
}

export function anonymiseText(text: string, pattern: RegExp | null): string {
  return pattern ? text.replace(pattern, ANONYMISED) : text;
}
