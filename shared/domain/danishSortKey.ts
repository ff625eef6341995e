/**
 * A plain string whose binary order is the Danish order of `compareDanish` (æ, ø, å after z,
 * "aa" as å, case and accents ignored, numbers by value). SQLite has no Danish collation, so
 * the register stores this key beside the title and pages through an index on it.
 */

// ICU's order of punctuation (spaces first), all before digits and letters.
const PUNCTUATION = '_-,;:!?.\'"()[]{}§@*/\\&#%`^+<=>|~$';
const LETTERS: Readonly<Record<string, string>> = {
  æ: '{',
  ä: '{',
  ø: '|',
  ö: '|',
  ő: '|',
  å: '}',
  ü: 'y',
  ű: 'y',
};

function keyOfCharacter(char: string): string {
  const mapped = LETTERS[char];
  if (mapped !== undefined) return mapped;
  if (/\s/u.test(char)) return '\u0001';
  const punctuation = PUNCTUATION.indexOf(char);
  if (punctuation >= 0) return String.fromCharCode(2 + punctuation);
  const base = char.normalize('NFD').replace(/\p{M}/gu, '');
  // Accents on their own weigh nothing; other symbols sort after punctuation, before digits.
  return base === '' || /[\p{L}\p{N}]/u.test(base) ? base : '\u0029';
}

/** A run of digits by value: its length (as one character below the letters), then the digits. */
function keyOfNumber(digits: string): string {
  const value = digits.replace(/^0+(?=\d)/, '');
  return String.fromCharCode(0x30 + Math.min(value.length, 0x30)) + value;
}

export function danishSortKey(text: string): string {
  // Decomposed first, so "aå" (a, a, ring) contracts like ICU does: "aa" is å, the ring stays an accent.
  const lower = text
    .normalize('NFD')
    .replace(/aa|Aa|AA/g, 'å')
    .normalize('NFC')
    .toLowerCase();
  let key = '';
  for (const [run] of lower.matchAll(/\d+|\D+/g)) {
    if (/^\d/.test(run)) {
      key += keyOfNumber(run);
      continue;
    }
    // Plain a–z (most of any title) map to themselves; only the rest needs a lookup.
    for (const char of run) key += char >= 'a' && char <= 'z' ? char : keyOfCharacter(char);
  }
  return key;
}
