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

/** A file kept as text (a logo or Word template in base64) is not prose: a name cannot be in it. */
const isEncodedFile = (text: string) => text.length > 256 && /^[A-Za-z0-9+/=\r\n]+$/.test(text);

function anonymiseValue(value: unknown, pattern: RegExp): unknown {
  if (typeof value === 'string') return isEncodedFile(value) ? value : anonymiseText(value, pattern);
  if (Array.isArray(value)) return value.map((v) => anonymiseValue(v, pattern));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, anonymiseValue(v, pattern)]));
  return value;
}

/**
 * A stored value anonymised: plain text, or JSON (settings, document snapshots) walked string by
 * string, so encoded files inside it stay byte for byte as they were and the JSON stays valid.
 */
export function anonymiseStored(text: string, pattern: RegExp | null): string {
  if (!pattern || isEncodedFile(text)) return text;
  if (/^\s*[[{"]/.test(text)) {
    try {
      const before = JSON.parse(text) as unknown;
      const after = anonymiseValue(before, pattern);
      return JSON.stringify(after) === JSON.stringify(before) ? text : JSON.stringify(after);
    } catch {
      // Not JSON after all: plain text.
    }
  }
  return anonymiseText(text, pattern);
}

export const storedMentionsPerson = (text: string, pattern: RegExp | null): boolean =>
  anonymiseStored(text, pattern) !== text;
