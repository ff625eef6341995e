import type { Database } from 'better-sqlite3';

/** A stored text that mentions a person. */
export interface TextMention {
  table: string;
  rowid: number;
  column: string;
  text: string;
}

/**
 * Tables whose text is searched for a person's name: every ordinary table, so the følgegruppe's
 * minutes and whatever comes later are covered without a list to forget. Left out: the person
 * rows themselves (a namesake is another person), the audit log (handled on its own),
 * and SQLite's and FTS5's internal tables (rebuilt from the others).
 */
function textColumns(db: Database): { table: string; columns: string[] }[] {
  const tables = db
    .prepare<[], { name: string }>(
      `SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND wr = 0
       AND name NOT LIKE 'sqlite_%' AND name NOT IN ('contact_persons', 'audit_log', 'audit_log_redaction')
       ORDER BY name`,
    )
    .all();
  return tables
    .map(({ name }) => ({
      table: name,
      columns: db
        .prepare<[], { name: string }>(
          `SELECT name FROM pragma_table_info('${name}') WHERE upper(type) = 'TEXT'`,
        )
        .all()
        .map((c) => c.name),
    }))
    .filter((t) => t.columns.length > 0);
}

export function createPersonalDataRepository(db: Database) {
  function* texts(): Generator<TextMention> {
    for (const { table, columns } of textColumns(db)) {
      const rows = db
        .prepare<[], Record<string, unknown>>(
          `SELECT rowid AS "__rowid", ${columns.map((c) => `"${c}"`).join(', ')} FROM "${table}"`,
        )
        .all();
      for (const row of rows) {
        for (const column of columns) {
          const value = row[column];
          if (typeof value === 'string' && value !== '')
            yield { table, rowid: Number(row.__rowid), column, text: value };
        }
      }
    }
  }

  return {
    /** Every stored text (outside the person rows and the log) that `matches`. */
    findTexts(matches: (text: string) => boolean): TextMention[] {
      return [...texts()].filter((t) => matches(t.text));
    },
    /**
     * Rewrites every stored text that `rewrite` changes. A unique column (a partner's name) that
     * would collide with an earlier rewrite gets the row number added.
     */
    rewriteTexts(rewrite: (text: string) => string): TextMention[] {
      const changed: TextMention[] = [];
      for (const mention of [...texts()]) {
        const next = rewrite(mention.text);
        if (next === mention.text) continue;
        const update = db.prepare(`UPDATE "${mention.table}" SET "${mention.column}" = ? WHERE rowid = ?`);
        try {
          update.run(next, mention.rowid);
        } catch (error) {
          if ((error as { code?: string }).code !== 'SQLITE_CONSTRAINT_UNIQUE') throw error;
          update.run(`${next} ${String(mention.rowid)}`, mention.rowid);
        }
        changed.push(mention);
      }
      return changed;
    },
    /**
     * Makes erased bytes unrecoverable: freed pages are zeroed (secure_delete), the file is rebuilt
     * without them (VACUUM), and the write-ahead log, which still holds the old pages, is copied
     * in and truncated to nothing. Must run outside a transaction.
     */
    purgeFreedSpace(): void {
      db.pragma('secure_delete = ON');
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.exec('VACUUM');
      db.pragma('wal_checkpoint(TRUNCATE)');
    },
  };
}
export type PersonalDataRepository = ReturnType<typeof createPersonalDataRepository>;
