import type { Database } from 'better-sqlite3';
import type { Contact, Partnership, PartnershipFields } from '../../../shared/api';
import { quadrantOf } from '../../../shared/domain';
import { danishSortKey } from '../../../shared/domain/danishSortKey';
import { SEARCH_COLUMNS, searchRowsSql } from '../searchIndex';

export interface PartnershipRow {
  id: number;
  title: string;
  partner_id: number;
  partner: string;
  volunteer_type: Partnership['volunteerType'];
  involvement: Partnership['involvement'];
  involvement_criteria: string;
  involvement_reason: string;
  unit_id: number | null;
  unit_name: string | null;
  welfare_area_id: number | null;
  welfare_area_name: string | null;
  status: Partnership['status'];
  agreement_kind: Partnership['agreementKind'];
  start_date: string | null;
  end_date: string | null;
  renewal_date: string | null;
  target_group: string;
  purpose: string;
  activities: string;
  amount_oere: number | null;
  funding_source: Partnership['fundingSource'];
  staff_hours_per_month: number | null;
  expected_evaluation: string;
  local_area: string;
  children_under_15: 0 | 1;
  fixed_attachment: 0 | 1;
  child_certificate_date: string | null;
  criminal_record_check: 0 | 1;
  municipal_obligations: string;
  partner_obligations: string;
  pc_name: string | null;
  pc_email: string | null;
  pc_phone: string | null;
  mc_name: string | null;
  mc_email: string | null;
  mc_phone: string | null;
  notes: string;
  extra_fields: string;
  created_at: string;
  updated_at: string;
}

export const SELECT = `
  SELECT p.id, p.title, o.id AS partner_id, o.name AS partner, p.volunteer_type, p.involvement,
         p.involvement_criteria, p.involvement_reason, p.unit_id, u.name AS unit_name,
         p.welfare_area_id, w.name AS welfare_area_name, p.status, p.agreement_kind,
         p.start_date, p.end_date, p.renewal_date, p.target_group, p.purpose, p.activities,
         p.amount_oere, p.funding_source, p.staff_hours_per_month, p.expected_evaluation, p.local_area,
         p.children_under_15, p.fixed_attachment, p.child_certificate_date,
         p.criminal_record_check, p.municipal_obligations, p.partner_obligations,
         pc.name AS pc_name, pc.email AS pc_email, pc.phone AS pc_phone,
         mc.name AS mc_name, mc.email AS mc_email, mc.phone AS mc_phone,
         p.notes, p.extra_fields, p.created_at, p.updated_at
  FROM partnerships p
  JOIN organisations o ON o.id = p.organisation_id
  LEFT JOIN units u ON u.id = p.unit_id
  LEFT JOIN welfare_areas w ON w.id = p.welfare_area_id
  LEFT JOIN contact_persons pc ON pc.id = p.partner_contact_id
  LEFT JOIN contact_persons mc ON mc.id = p.municipal_contact_id`;

function contactOf(name: string | null, email: string | null, phone: string | null): Contact | null {
  return name === null ? null : { name, email: email ?? '', phone: phone ?? '' };
}

/** A stored partnership without its computed flags (they depend on today's date and settings). */
export type StoredPartnership = Omit<Partnership, 'flags'>;

export function toPartnership(row: PartnershipRow, goalIds: number[]): StoredPartnership {
  return {
    id: row.id,
    title: row.title,
    partnerId: row.partner_id,
    partner: row.partner,
    volunteerType: row.volunteer_type,
    involvement: row.involvement,
    involvementCriteria: JSON.parse(row.involvement_criteria) as Partnership['involvementCriteria'],
    involvementReason: row.involvement_reason,
    quadrant: quadrantOf(row.volunteer_type, row.involvement),
    unitId: row.unit_id,
    unitName: row.unit_name,
    welfareAreaId: row.welfare_area_id,
    welfareAreaName: row.welfare_area_name,
    status: row.status,
    agreementKind: row.agreement_kind,
    startDate: row.start_date,
    endDate: row.end_date,
    renewalDate: row.renewal_date,
    targetGroup: row.target_group,
    purpose: row.purpose,
    activities: row.activities,
    amount: row.amount_oere === null ? null : row.amount_oere / 100,
    fundingSource: row.funding_source,
    staffHoursPerMonth: row.staff_hours_per_month,
    expectedEvaluation: row.expected_evaluation,
    strategyGoalIds: goalIds,
    localArea: row.local_area,
    childrenUnder15: row.children_under_15 === 1,
    fixedAttachment: row.fixed_attachment === 1,
    childCertificateDate: row.child_certificate_date,
    criminalRecordCheck: row.criminal_record_check === 1,
    municipalObligations: row.municipal_obligations,
    partnerObligations: row.partner_obligations,
    partnerContact: contactOf(row.pc_name, row.pc_email, row.pc_phone),
    municipalContact: contactOf(row.mc_name, row.mc_email, row.mc_phone),
    notes: row.notes,
    extraFields: JSON.parse(row.extra_fields) as Record<string, string>,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The stored columns of a partnership, once partner and contacts have been resolved to rows. */
export type PartnershipRecord = Omit<PartnershipFields, 'partner' | 'partnerContact' | 'municipalContact'> & {
  organisationId: number;
  partnerContactId: number | null;
  municipalContactId: number | null;
};

function columnsOf(record: PartnershipRecord) {
  return {
    title: record.title,
    // The register pages in Danish title order through an index on this key (see registerPage.ts).
    titleKey: danishSortKey(record.title),
    organisationId: record.organisationId,
    volunteerType: record.volunteerType,
    involvement: record.involvement,
    involvementCriteria: JSON.stringify(record.involvementCriteria),
    involvementReason: record.involvementReason,
    unitId: record.unitId,
    welfareAreaId: record.welfareAreaId,
    status: record.status,
    agreementKind: record.agreementKind,
    startDate: record.startDate,
    endDate: record.endDate,
    renewalDate: record.renewalDate,
    targetGroup: record.targetGroup,
    purpose: record.purpose,
    activities: record.activities,
    // Money is stored in øre: whole numbers add up exactly.
    amountOere: record.amount === null ? null : Math.round(record.amount * 100),
    fundingSource: record.fundingSource,
    staffHoursPerMonth: record.staffHoursPerMonth,
    expectedEvaluation: record.expectedEvaluation,
    localArea: record.localArea,
    childrenUnder15: record.childrenUnder15 ? 1 : 0,
    fixedAttachment: record.fixedAttachment ? 1 : 0,
    childCertificateDate: record.childCertificateDate,
    criminalRecordCheck: record.criminalRecordCheck ? 1 : 0,
    municipalObligations: record.municipalObligations,
    partnerObligations: record.partnerObligations,
    partnerContactId: record.partnerContactId,
    municipalContactId: record.municipalContactId,
    notes: record.notes,
    extraFields: JSON.stringify(record.extraFields),
  };
}

/** Column ↔ named parameter of `columnsOf`, the one list both INSERT and UPDATE are built from. */
const COLUMNS: readonly (readonly [column: string, parameter: keyof ReturnType<typeof columnsOf>])[] = [
  ['title', 'title'],
  ['title_key', 'titleKey'],
  ['organisation_id', 'organisationId'],
  ['volunteer_type', 'volunteerType'],
  ['involvement', 'involvement'],
  ['involvement_criteria', 'involvementCriteria'],
  ['involvement_reason', 'involvementReason'],
  ['unit_id', 'unitId'],
  ['welfare_area_id', 'welfareAreaId'],
  ['status', 'status'],
  ['agreement_kind', 'agreementKind'],
  ['start_date', 'startDate'],
  ['end_date', 'endDate'],
  ['renewal_date', 'renewalDate'],
  ['target_group', 'targetGroup'],
  ['purpose', 'purpose'],
  ['activities', 'activities'],
  ['amount_oere', 'amountOere'],
  ['funding_source', 'fundingSource'],
  ['staff_hours_per_month', 'staffHoursPerMonth'],
  ['expected_evaluation', 'expectedEvaluation'],
  ['local_area', 'localArea'],
  ['children_under_15', 'childrenUnder15'],
  ['fixed_attachment', 'fixedAttachment'],
  ['child_certificate_date', 'childCertificateDate'],
  ['criminal_record_check', 'criminalRecordCheck'],
  ['municipal_obligations', 'municipalObligations'],
  ['partner_obligations', 'partnerObligations'],
  ['partner_contact_id', 'partnerContactId'],
  ['municipal_contact_id', 'municipalContactId'],
  ['notes', 'notes'],
  ['extra_fields', 'extraFields'],
];

const INSERT_SQL = `INSERT INTO partnerships (${COLUMNS.map(([c]) => c).join(', ')}, created_at, updated_at)
  VALUES (${COLUMNS.map(([, p]) => `@${p}`).join(', ')}, @now, @now)`;
const UPDATE_SQL = `UPDATE partnerships SET ${COLUMNS.map(([c, p]) => `${c} = @${p}`).join(', ')}, updated_at = @now
  WHERE id = @id`;

/**
 * Turns what the user typed into an FTS5 query for the trigram index (see `../searchIndex.ts`), all
 * words required. A word of three or more letters is found anywhere inside a word ("café" finds
 * "Lektiecafé"); two letters find the words they begin (the trigram " xy"); one letter finds the
 * words it begins through the index's terms " x…", which `wordStarts` lists. Null when nothing
 * can match: no word typed, or a letter no indexed word begins with. A word is a run of letters and
 * digits: any other character typed parts words, as the index's word breaks do.
 */
export function ftsQuery(
  query: string,
  wordStarts: (letter: string) => readonly string[] = () => [],
): string | null {
  const words =
    query
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  const terms: string[] = [];
  for (const word of words) {
    const letters = [...word].length;
    if (letters >= 3) terms.push(`"${word}"`);
    else if (letters === 2) terms.push(`" ${word}"`);
    else {
      const starts = wordStarts(word);
      if (starts.length === 0) return null;
      terms.push(`(${starts.map((term) => `"${term.replaceAll('"', '""')}"`).join(' OR ')})`);
    }
  }
  // Explicit AND: FTS5 joins a group in brackets to its neighbours only with an operator.
  return terms.join(' AND ');
}

/** The first code point after `letter`'s, as a string: the end of the range of terms " letter…". */
function nextLetter(letter: string): string {
  return String.fromCodePoint(letter.codePointAt(0)! + 1);
}

export function createPartnershipRepository(db: Database) {
  const selectAll = db.prepare<[], PartnershipRow>(`${SELECT} ORDER BY p.id`);
  const selectOne = db.prepare<[number], PartnershipRow>(`${SELECT} WHERE p.id = ?`);
  const allGoals = db.prepare<[], { partnership_id: number; strategy_goal_id: number }>(
    'SELECT partnership_id, strategy_goal_id FROM partnership_strategy_goals ORDER BY strategy_goal_id',
  );
  const goalsOf = db.prepare<[number], { strategy_goal_id: number }>(
    'SELECT strategy_goal_id FROM partnership_strategy_goals WHERE partnership_id = ? ORDER BY strategy_goal_id',
  );
  const clearGoals = db.prepare('DELETE FROM partnership_strategy_goals WHERE partnership_id = ?');
  const addGoal = db.prepare(
    'INSERT INTO partnership_strategy_goals (partnership_id, strategy_goal_id) VALUES (?, ?)',
  );
  const insert = db.prepare(INSERT_SQL);
  const update = db.prepare(UPDATE_SQL);
  const contactIds = db.prepare<[number], { partner: number | null; municipal: number | null }>(
    'SELECT partner_contact_id AS partner, municipal_contact_id AS municipal FROM partnerships WHERE id = ?',
  );
  const remove = db.prepare('DELETE FROM partnerships WHERE id = ?');
  const byTitleAndPartner = db.prepare<[string, number], { id: number }>(
    'SELECT id FROM partnerships WHERE title = ? COLLATE NOCASE AND organisation_id = ?',
  );
  const ftsDelete = db.prepare('DELETE FROM partnerships_fts WHERE rowid = ?');
  // Read, then insert plain values: an INSERT … SELECT opens a statement journal, and FTS5 writes
  // its pending terms to disk at every statement savepoint, so indexing row by row that way made
  // a new index segment for every partnership of an import.
  const ftsRow = db.prepare<[number], unknown[]>(searchRowsSql('WHERE p.id = ?')).raw();
  const ftsInsert = db.prepare(`INSERT INTO partnerships_fts (${SEARCH_COLUMNS}) VALUES (?, ?, ?, ?, ?)`);
  const ftsInsertAll = db.prepare(`INSERT INTO partnerships_fts (${SEARCH_COLUMNS}) ${searchRowsSql('')}`);
  const ftsDeleteAll = db.prepare("INSERT INTO partnerships_fts (partnerships_fts) VALUES ('delete-all')");
  const ftsOptimize = db.prepare("INSERT INTO partnerships_fts (partnerships_fts) VALUES ('optimize')");
  const ftsWordStarts = db
    .prepare<[string, string], string>('SELECT term FROM partnerships_fts_vocab WHERE term >= ? AND term < ?')
    .pluck();
  const ftsSearch = db.prepare<[string], { id: number }>(
    'SELECT rowid AS id FROM partnerships_fts WHERE partnerships_fts MATCH ? ORDER BY rank LIMIT 10000',
  );
  const wordStarts = (letter: string): string[] => ftsWordStarts.all(` ${letter}`, ` ${nextLetter(letter)}`);

  function index(id: number): void {
    const row = ftsRow.get(id);
    if (row) ftsInsert.run(row);
  }

  function setGoals(id: number, goalIds: readonly number[]): void {
    clearGoals.run(id);
    for (const goalId of new Set(goalIds)) addGoal.run(id, goalId);
  }

  function reindex(id: number): void {
    ftsDelete.run(id);
    index(id);
  }

  return {
    list(): StoredPartnership[] {
      const goals = new Map<number, number[]>();
      for (const link of allGoals.all()) {
        const list = goals.get(link.partnership_id) ?? [];
        list.push(link.strategy_goal_id);
        goals.set(link.partnership_id, list);
      }
      return selectAll.all().map((row) => toPartnership(row, goals.get(row.id) ?? []));
    },
    get(id: number): StoredPartnership | undefined {
      const row = selectOne.get(id);
      return (
        row &&
        toPartnership(
          row,
          goalsOf.all(id).map((g) => g.strategy_goal_id),
        )
      );
    },
    contactIdsOf(id: number): { partner: number | null; municipal: number | null } {
      return contactIds.get(id) ?? { partner: null, municipal: null };
    },
    findByTitleAndPartner(title: string, organisationId: number): number | undefined {
      return byTitleAndPartner.get(title, organisationId)?.id;
    },
    insert(record: PartnershipRecord, now: string): number {
      const id = Number(insert.run({ ...columnsOf(record), now }).lastInsertRowid);
      // A new row has no goals or search entry to clear first (imports add thousands at a time).
      for (const goalId of new Set(record.strategyGoalIds)) addGoal.run(id, goalId);
      index(id);
      return id;
    },
    update(id: number, record: PartnershipRecord, now: string): boolean {
      const changed = update.run({ ...columnsOf(record), id, now }).changes === 1;
      setGoals(id, record.strategyGoalIds);
      reindex(id);
      return changed;
    },
    delete(id: number): boolean {
      ftsDelete.run(id);
      return remove.run(id).changes === 1;
    },
    /**
     * Indexes every partnership afresh and merges the index into one segment, so no word that was
     * replaced (an erased name) survives in an old segment of the index.
     */
    rebuildSearchIndex(): void {
      ftsDeleteAll.run();
      ftsInsertAll.run();
      ftsOptimize.run();
    },
    /** Ids matching the search, best first; every word must match (see `ftsQuery`). */
    search(query: string): number[] {
      const match = ftsQuery(query, wordStarts);
      return match === null ? [] : ftsSearch.all(match).map((r) => r.id);
    },
  };
}
export type PartnershipRepository = ReturnType<typeof createPartnershipRepository>;
