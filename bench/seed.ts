import BetterSqlite3 from 'better-sqlite3';
import { AGREEMENT_KINDS, FUNDING_SOURCES, INVOLVEMENT_LEVELS, VOLUNTEER_TYPES } from '../shared/domain';
import { searchRowsSql, SEARCH_COLUMNS } from '../main/db/searchIndex';
import { danishSortKey } from '../shared/domain/danishSortKey';

const ACTIVITIES = [
  'Demenscafé',
  'Lektiehjælp',
  'Besøgsven',
  'Gåklub',
  'Sprogcafé',
  'Spisefællesskab',
  'Natteravne',
  'Fritidsjob-mentor',
  'Strikkeklub',
  'Motion for seniorer',
  'Madklub for mænd',
  'Bydelsmødre',
  'Værested',
  'Genbrugsværksted',
  'Fodboldskole',
  'Læsehund',
  'Pårørendegruppe',
  'Rollespil for unge',
  'Åben have',
  'Øvebane for cykelryttere',
];
const PLACES = [
  'Faaborg',
  'Ringe',
  'Årslev',
  'Nr. Lyndelse',
  'Kværndrup',
  'Brobyværk',
  'Ryslinge',
  'Allested-Vejle',
  'Ferritslev',
  'Aarup',
  'Østerbyen',
  'Ådalen',
];
const ORGANISATIONS = [
  'Ældre Sagen',
  'Røde Kors',
  'Dansk Folkehjælp',
  'Ungdommens Røde Kors',
  'KFUM',
  'Frivilligcenteret',
  'Idrætsforeningen',
  'Spejderne',
  'Menighedsrådet',
  'Beboerforeningen',
  'Foreningen Åben Dør',
  'Mødrehjælpen',
];
const FIRST_NAMES = [
  'Anne',
  'Bjørn',
  'Søren',
  'Mette',
  'Åse',
  'Jens',
  'Fatima',
  'Ole',
  'Karen',
  'Mads',
  'Ida',
  'Ahmed',
];
const LAST_NAMES = [
  'Jensen',
  'Nielsen',
  'Hansen',
  'Pedersen',
  'Ærø',
  'Østergaard',
  'Aagaard',
  'Larsen',
  'Madsen',
];
const NOTES = [
  'Mødes hver anden torsdag i kulturhuset.',
  'Foreningen ønsker hjælp til at finde nye frivillige.',
  'Evaluering aftalt med centerlederen efter sommerferien.',
  'Tæt dialog med plejecentrets personale om demensvenlige aktiviteter.',
  'Børneattester indhentet for alle frivillige.',
  '',
];

const MEETINGS = 200;
const AGENDA_ITEMS = 10;

/** The same pseudo-random data on every run, so rounds and machines compare. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

export interface SeedOptions {
  /** Audit entries per partnership besides its creation (a history of updates). */
  auditUpdates?: number;
}

/**
 * Fills a migrated, empty register with `count` realistic partnerships: organisations (one per
 * ten partnerships) with a contact person each, municipal contacts, strategy goals, an audit
 * history and the search index, and the følgegruppe's 200 meetings with 2,000 agenda items. One transaction and reused prepared statements, so 100,000
 * partnerships take seconds.
 */
export function seedRegister(file: string, count: number, options: SeedOptions = {}): void {
  const db = new BetterSqlite3(file);
  const next = random(count);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!;
  const now = '2026-11-24T12:00:00.000Z';
  const updates = options.auditUpdates ?? 2;
  db.transaction(() => {
    const organisation = db.prepare(
      'INSERT INTO organisations (name, volunteer_type, created_at, updated_at) VALUES (?, ?, ?, ?)',
    );
    const contact = db.prepare(`INSERT INTO contact_persons (side, organisation_id, name, email, phone,
      created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`);
    const person = () => `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`;
    const organisations = Math.max(10, Math.round(count / 10));
    const partnerContacts: number[] = [];
    for (let i = 0; i < organisations; i++) {
      const name = `${ORGANISATIONS[i % ORGANISATIONS.length]!} ${PLACES[Math.floor(i / ORGANISATIONS.length) % PLACES.length]!} ${String(i)}`;
      const id = Number(organisation.run(name, pick(VOLUNTEER_TYPES), now, now).lastInsertRowid);
      partnerContacts.push(
        Number(
          contact.run('partner', id, person(), 'kontakt@example.dk', '12345678', now, now).lastInsertRowid,
        ),
      );
    }
    const municipalContacts = Array.from({ length: 25 }, (_, i) =>
      Number(
        contact.run('kommune', null, `${person()} ${String(i)}`, 'k@kommune.dk', '', now, now)
          .lastInsertRowid,
      ),
    );
    const partnership = db.prepare(`INSERT INTO partnerships (title, title_key, organisation_id,
      volunteer_type, involvement, unit_id, welfare_area_id, status, agreement_kind, start_date, end_date,
      target_group, purpose, activities, amount_oere, funding_source, children_under_15,
      child_certificate_date, partner_contact_id, municipal_contact_id, notes, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const goal = db.prepare(
      'INSERT OR IGNORE INTO partnership_strategy_goals (partnership_id, strategy_goal_id) VALUES (?, ?)',
    );
    const audit = db.prepare(`INSERT INTO audit_log (at, actor, entity, entity_id, action, field, old_value,
      new_value, reason) VALUES (?, 'konsulent', 'partnership', ?, ?, ?, ?, ?, ?)`);
    // Mostly active, as in a real register; a fifth have ended.
    const statuses: readonly string[] = [
      'aktiv',
      'aktiv',
      'aktiv',
      'aktiv',
      'aktiv',
      'aktiv',
      'i_dialog',
      'ide',
      'paa_pause',
      'afsluttet',
    ];
    for (let i = 0; i < count; i++) {
      const title = `${pick(ACTIVITIES)} i ${pick(PLACES)} ${String(i + 1)}`;
      const organisationIndex = Math.floor(next() * organisations);
      const start = `20${String(20 + Math.floor(next() * 7))}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-01`;
      const children = next() < 0.3;
      const id = Number(
        partnership.run(
          title,
          danishSortKey(title),
          organisationIndex + 1,
          pick(VOLUNTEER_TYPES),
          pick(INVOLVEMENT_LEVELS),
          1 + Math.floor(next() * 4),
          1 + Math.floor(next() * 9),
          pick(statuses),
          pick(AGREEMENT_KINDS),
          start,
          `${String(Number(start.slice(0, 4)) + 1 + Math.floor(next() * 3))}${start.slice(4)}`,
          'Borgere i lokalområdet',
          `${pick(ACTIVITIES)} for borgere i ${pick(PLACES)}.`,
          'Ugentlige aktiviteter med frivillige.',
          next() < 0.5 ? Math.floor(next() * 5_000_000) : null,
          next() < 0.5 ? pick(FUNDING_SOURCES) : null,
          children ? 1 : 0,
          children && next() < 0.8 ? '2026-01-15' : null,
          partnerContacts[organisationIndex]!,
          pick(municipalContacts),
          pick(NOTES),
          now,
          now,
        ).lastInsertRowid,
      );
      goal.run(id, 1 + Math.floor(next() * 5));
      if (next() < 0.4) goal.run(id, 1 + Math.floor(next() * 5));
      audit.run(now, id, 'create', null, null, null, null);
      for (let u = 0; u < updates; u++) {
        audit.run(now, id, 'update', 'status', 'i_dialog', 'aktiv', 'Aftalen er underskrevet');
      }
    }
    // The følgegruppe: 200 meetings (about four a year since 1976) with ten agenda items each.
    const meeting = db.prepare(`INSERT INTO followup_meetings (date, start_time, end_time, place, created_at,
      updated_at) VALUES (?, '16:00', '18:00', ?, ?, ?)`);
    const item = db.prepare(`INSERT INTO followup_agenda_items (meeting_id, position, title, kind, presenter,
      background, notes, conclusion) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    for (let m = 0; m < MEETINGS; m++) {
      const date = `${String(1976 + Math.floor(m / 4))}-${String(1 + (m % 4) * 3).padStart(2, '0')}-15`;
      const id = Number(meeting.run(date, `Rådhuset, ${pick(PLACES)}`, now, now).lastInsertRowid);
      for (let position = 1; position <= AGENDA_ITEMS; position++) {
        item.run(
          id,
          position,
          `${pick(ACTIVITIES)} i ${pick(PLACES)}`,
          pick(['O', 'D', 'B']),
          person(),
          pick(NOTES),
          pick(NOTES),
          'Følgegruppen tog orienteringen til efterretning.',
        );
      }
    }
    db.exec(`INSERT INTO partnerships_fts (${SEARCH_COLUMNS}) ${searchRowsSql('')}`);
  })();
  db.close();
}
