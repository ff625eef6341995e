/**
 * The register's full-text index, `partnerships_fts` (migration 010): FTS5 with the trigram
 * tokenizer, so a word typed is found anywhere inside a word ("café" finds "Lektiecafé" and
 * "Demenscaféen"), not only at its start. Case is folded; diacritics are kept, so æ, ø, å (and é)
 * stay letters of their own, as with the unicode61 index before it.
 *
 * Each indexed value has a space in front and behind, and the characters that can start a word
 * without a space before it become spaces: a word's first two letters are then the trigram
 * " xy", which is how one- and two-letter input finds word starts (see `ftsQuery`).
 *
 * Migration 010 builds its triggers from these snippets, and the triggers are stored as SQL in
 * every register: change what is indexed only together with a migration that re-creates them and
 * refills the index.
 */

/**
 * SQL for the characters after which a word starts with no space before it, in the texts people
 * write: a line break, a hyphen ("Allested-Vejle"), a slash, a bracket or a quotation mark. Each
 * is one more `replace` per column on every save, so the list stays short.
 */
const WORD_BREAKS = ['char(10)', "'-'", "'/'", "'('", "'\"'", "'“'"];

/** SQL for the text the index holds for `expression`. */
function indexedText(expression: string): string {
  return WORD_BREAKS.reduce(
    (sql, character) => `replace(${sql}, ${character}, ' ')`,
    `' ' || ${expression} || ' '`,
  );
}

/** The index's columns, in the order `searchRowsSql` selects them (after the rowid). */
export const SEARCH_COLUMNS = 'rowid, title, partner, notes, contacts';

/** SQL selecting the partnership id and the four indexed texts of the partnerships `where` picks (`p`). */
export function searchRowsSql(where: string): string {
  return `SELECT p.id, ${indexedText('p.title')}, ${indexedText('o.name')}, ${indexedText('p.notes')},
      ${indexedText("trim(coalesce(pc.name, '') || ' ' || coalesce(mc.name, ''))")}
    FROM partnerships p JOIN organisations o ON o.id = p.organisation_id
    LEFT JOIN contact_persons pc ON pc.id = p.partner_contact_id
    LEFT JOIN contact_persons mc ON mc.id = p.municipal_contact_id
    ${where}`;
}
