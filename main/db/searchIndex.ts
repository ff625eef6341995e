/**
 * The register's full-text index, `partnerships_fts` (migration 010): FTS5 with the trigram
 * tokenizer, so a word typed is found anywhere inside a word ("café" finds "Lektiecafé" and
 * "Demenscaféen"), not only at its start. Case is folded; diacritics are kept, so æ, ø, å (and é)
 * stay letters of their own, as with the unicode61 index before it.
 *
 * Each indexed value has a space in front and behind, and the characters that can start a word
 * without a space before it (the word breaks) become spaces: a word's first two letters are then
 * the trigram " xy", which is how one- and two-letter input finds word starts (see `ftsQuery`).
 * The query splits what is typed at every character that is not a letter or a digit, so a word
 * after a character missing from the list is not found from its first one or two letters, not
 * even when the text is typed exactly as it was written ("anna@ok.dk" is "anna", "ok" and "dk",
 * and "ok" is not found after the @).
 *
 * The triggers that keep the index in step are stored as SQL in every register, and the SQL a
 * released migration runs must never change: each migration that changes the word breaks keeps
 * its own list here, re-creates the triggers with it and refills the index (010, 011), and
 * `WORD_BREAKS`, which the repository indexes with, is the latest migration's list.
 */

/**
 * SQL for migration 010's word breaks: a line break, a hyphen ("Allested-Vejle"), a slash, a
 * bracket or a quotation mark.
 */
export const MIGRATION_010_WORD_BREAKS: readonly string[] = ['char(10)', "'-'", "'/'", "'('", "'\"'", "'“'"];

/**
 * Migration 011's: also what people write right before a word in what they type here or paste
 * from Word, Outlook, Excel and the web. A break only adds word starts (no query spans one: it is
 * parted into words there already), so none loses a match; but each is one more `replace` per
 * column on every save and import (these twenty together cost about 5 µs a row), so the list
 * holds what is common rather than every character a query parts words at.
 */
export const MIGRATION_011_WORD_BREAKS: readonly string[] = [
  ...MIGRATION_010_WORD_BREAKS,
  // Whitespace that is not a space: a tab between cells copied from Excel or a Word table, a
  // no-break space from a web page or a mail, which looks like a space to whoever searches.
  'char(9)',
  'char(160)',
  // Word makes " - " an en dash and "ord--ord" an em dash; ranges are written "2025–2026".
  "'–'",
  "'—'",
  // The opening quotation marks of Danish text: »…« (and «…»), Word's ”…” and ’…’, „…“, the
  // English ‘…’ beside “…” above, and ' as typed in this app's fields (also an apostrophe: a word
  // start after one, as in "O'Brien", is harmless). ›…‹ is left out: it is only typeset.
  "'»'",
  "'«'",
  "'”'",
  "'„'",
  "'‘'",
  "'’'",
  'char(39)',
  // Written with no space after them: initials and abbreviations ("H.C. Jensen", "bl.a."), web
  // addresses, numbers and times ("2,5", "10.30", "10:30"), lists typed in a hurry ("børn,unge").
  "'.'",
  "','",
  "':'",
];

/** The word breaks the register's triggers index with now; the repository indexes with them too. */
const WORD_BREAKS = MIGRATION_011_WORD_BREAKS;

/** SQL for the text the index holds for `expression`. */
function indexedText(expression: string, breaks: readonly string[]): string {
  return breaks.reduce(
    (sql, character) => `replace(${sql}, ${character}, ' ')`,
    `' ' || ${expression} || ' '`,
  );
}

/** The index's columns, in the order `searchRowsSql` selects them (after the rowid). */
export const SEARCH_COLUMNS = 'rowid, title, partner, notes, contacts';

/**
 * SQL selecting the partnership id and the four indexed texts of the partnerships `where` picks
 * (`p`). Migrations pass the word breaks of their own release.
 */
export function searchRowsSql(where: string, breaks: readonly string[] = WORD_BREAKS): string {
  const text = (expression: string) => indexedText(expression, breaks);
  return `SELECT p.id, ${text('p.title')}, ${text('o.name')}, ${text('p.notes')},
      ${text("trim(coalesce(pc.name, '') || ' ' || coalesce(mc.name, ''))")}
    FROM partnerships p JOIN organisations o ON o.id = p.organisation_id
    LEFT JOIN contact_persons pc ON pc.id = p.partner_contact_id
    LEFT JOIN contact_persons mc ON mc.id = p.municipal_contact_id
    ${where}`;
}

/**
 * SQL creating the triggers that re-index the partnerships of a renamed partner or contact person
 * (a contentless index has no column to update, so whole rows are indexed again), with `breaks`.
 * The indentation is migration 010's, where the triggers were first written.
 */
export function searchTriggersSql(breaks: readonly string[]): string {
  return `CREATE TRIGGER organisations_renamed_in_search AFTER UPDATE OF name ON organisations
      WHEN NEW.name IS NOT OLD.name
      BEGIN
        DELETE FROM partnerships_fts
        WHERE rowid IN (SELECT id FROM partnerships WHERE organisation_id = NEW.id);
        INSERT INTO partnerships_fts (${SEARCH_COLUMNS}) ${searchRowsSql('WHERE p.organisation_id = NEW.id', breaks)};
      END;

      CREATE TRIGGER contact_persons_renamed_in_search AFTER UPDATE OF name ON contact_persons
      WHEN NEW.name IS NOT OLD.name
      BEGIN
        DELETE FROM partnerships_fts WHERE rowid IN (SELECT id FROM partnerships
          WHERE partner_contact_id = NEW.id OR municipal_contact_id = NEW.id);
        INSERT INTO partnerships_fts (${SEARCH_COLUMNS})
          ${searchRowsSql('WHERE p.partner_contact_id = NEW.id OR p.municipal_contact_id = NEW.id', breaks)};
      END;`;
}
