import BetterSqlite3 from 'better-sqlite3';
import { MIGRATIONS, migrate } from './migrations';

/** For tests of other layers: makes `file` look as if a Samspil with schema `version` wrote it. */
export function setSchemaVersion(file: string, version: number): void {
  const db = new BetterSqlite3(file);
  try {
    db.pragma(`user_version = ${String(Math.trunc(version))}`);
  } finally {
    db.close();
  }
}

/** A register as the first released Samspil left it (schema version 1), with `partnerships` rows. */
export function createOldRegister(file: string, partnerships = 0): void {
  const db = new BetterSqlite3(file);
  try {
    migrate(db, MIGRATIONS.slice(0, 1));
    if (partnerships > 0) {
      db.exec("INSERT INTO organisations (name, created_at, updated_at) VALUES ('Røde Kors', 'x', 'x')");
      const insert = db.prepare(
        "INSERT INTO partnerships (title, organisation_id, volunteer_type, involvement, notes, created_at, updated_at) VALUES (?, 1, 'humanitaer', 'lav', ?, 'x', 'x')",
      );
      db.transaction(() => {
        for (let n = 1; n <= partnerships; n++) insert.run(`Besøgsven ${String(n)}`, 'noter '.repeat(20));
      })();
    }
  } finally {
    db.close();
  }
}
