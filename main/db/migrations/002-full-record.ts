import type { Migration } from './types';

/**
 * The full partnership record of DOMAIN.md §2: partner details, contact persons, welfare areas,
 * strategy goals, economy, agreement, børneattest, the involvement checklist, extra fields from
 * imports, settings, and a full-text index for search.
 */
export const migration002FullRecord: Migration = {
  version: 2,
  name: 'full-record',
  up(db) {
    db.exec(`
      ALTER TABLE organisations ADD COLUMN volunteer_type TEXT
        CHECK (volunteer_type IN ('folkeoplysende', 'humanitaer', 'faellesskab', 'enkeltperson'));
      ALTER TABLE organisations ADD COLUMN address TEXT NOT NULL DEFAULT '';
      ALTER TABLE organisations ADD COLUMN cvr TEXT NOT NULL DEFAULT '';
      ALTER TABLE organisations ADD COLUMN website TEXT NOT NULL DEFAULT '';
      ALTER TABLE organisations ADD COLUMN email TEXT NOT NULL DEFAULT '';
      ALTER TABLE organisations ADD COLUMN phone TEXT NOT NULL DEFAULT '';
      ALTER TABLE organisations ADD COLUMN volunteer_centre_member INTEGER NOT NULL DEFAULT 0
        CHECK (volunteer_centre_member IN (0, 1));
      ALTER TABLE organisations ADD COLUMN notes TEXT NOT NULL DEFAULT '';

      CREATE TABLE contact_persons (
        id              INTEGER PRIMARY KEY,
        side            TEXT NOT NULL CHECK (side IN ('partner', 'kommune')),
        organisation_id INTEGER REFERENCES organisations (id) ON DELETE SET NULL,
        name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
        email           TEXT NOT NULL DEFAULT '',
        phone           TEXT NOT NULL DEFAULT '',
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL
      ) STRICT;
      CREATE INDEX contact_persons_lookup ON contact_persons (side, organisation_id, name COLLATE NOCASE);

      CREATE TABLE welfare_areas (
        id         INTEGER PRIMARY KEY,
        name       TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
        sort_order INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      CREATE TABLE strategy_goals (
        id         INTEGER PRIMARY KEY,
        name       TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
        sort_order INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      ALTER TABLE partnerships ADD COLUMN welfare_area_id INTEGER REFERENCES welfare_areas (id) ON DELETE SET NULL;
      ALTER TABLE partnerships ADD COLUMN partner_contact_id INTEGER REFERENCES contact_persons (id) ON DELETE SET NULL;
      ALTER TABLE partnerships ADD COLUMN municipal_contact_id INTEGER REFERENCES contact_persons (id) ON DELETE SET NULL;
      ALTER TABLE partnerships ADD COLUMN involvement_criteria TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE partnerships ADD COLUMN involvement_reason TEXT NOT NULL DEFAULT '';
      ALTER TABLE partnerships ADD COLUMN agreement_kind TEXT NOT NULL DEFAULT 'ingen'
        CHECK (agreement_kind IN ('ingen', 'samarbejdsaftale', 'partnerskabsaftale'));
      ALTER TABLE partnerships ADD COLUMN renewal_date TEXT;
      ALTER TABLE partnerships ADD COLUMN target_group TEXT NOT NULL DEFAULT '';
      ALTER TABLE partnerships ADD COLUMN purpose TEXT NOT NULL DEFAULT '';
      ALTER TABLE partnerships ADD COLUMN activities TEXT NOT NULL DEFAULT '';
      ALTER TABLE partnerships ADD COLUMN amount_oere INTEGER CHECK (amount_oere IS NULL OR amount_oere >= 0);
      ALTER TABLE partnerships ADD COLUMN funding_source TEXT
        CHECK (funding_source IN ('paragraf18', 'paragraf79', 'samskabelsespulje', 'centrets_budget', 'fond', 'andet'));
      ALTER TABLE partnerships ADD COLUMN staff_hours_per_month REAL
        CHECK (staff_hours_per_month IS NULL OR staff_hours_per_month >= 0);
      ALTER TABLE partnerships ADD COLUMN expected_evaluation TEXT NOT NULL DEFAULT '';
      ALTER TABLE partnerships ADD COLUMN local_area TEXT NOT NULL DEFAULT '';
      ALTER TABLE partnerships ADD COLUMN children_under_15 INTEGER NOT NULL DEFAULT 0 CHECK (children_under_15 IN (0, 1));
      ALTER TABLE partnerships ADD COLUMN fixed_attachment INTEGER NOT NULL DEFAULT 1 CHECK (fixed_attachment IN (0, 1));
      ALTER TABLE partnerships ADD COLUMN child_certificate_date TEXT;
      ALTER TABLE partnerships ADD COLUMN extra_fields TEXT NOT NULL DEFAULT '{}';
      CREATE INDEX partnerships_title_partner ON partnerships (title COLLATE NOCASE, organisation_id);

      CREATE TABLE partnership_strategy_goals (
        partnership_id   INTEGER NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
        strategy_goal_id INTEGER NOT NULL REFERENCES strategy_goals (id) ON DELETE CASCADE,
        PRIMARY KEY (partnership_id, strategy_goal_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      -- Search over what the consultant remembers: title, partner, notes and contact names.
      -- Diacritics are kept so æ, ø and å stay letters of their own.
      CREATE VIRTUAL TABLE partnerships_fts USING fts5(
        title, partner, notes, contacts,
        tokenize = "unicode61 remove_diacritics 0"
      );
    `);
    const seed = (table: string, names: readonly string[]) => {
      const insert = db.prepare(`INSERT INTO ${table} (name, sort_order) VALUES (?, ?)`);
      names.forEach((name, index) => insert.run(name, index));
    };
    seed('welfare_areas', [
      'Sundhed',
      'Genoptræning',
      'Ældre',
      'Inklusion af børn og unge',
      'Integration',
      'Socialpsykiatri',
      'Handicap',
      'Beskæftigelse',
      'Kultur og fritid',
    ]);
    // Faaborg-Midtfyn's five indsatsområder (seed 003); the user renames them to their own.
    seed('strategy_goals', [
      'Øget mangfoldighed',
      'Respekt og tillid',
      'Gensidigt kendskab',
      'Nye idéer – nye veje',
      'Anerkendelse',
    ]);
    // Index the partnerships a version-1 register already has.
    db.exec(`
      INSERT INTO partnerships_fts (rowid, title, partner, notes, contacts)
      SELECT p.id, p.title, o.name, p.notes, '' FROM partnerships p JOIN organisations o ON o.id = p.organisation_id;
    `);
  },
};
