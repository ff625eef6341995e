import type { Database, Statement } from 'better-sqlite3';
import type { LegalBasis, PersonProtectionFields } from '../../../shared/api';
import type { PartnershipStatus, VolunteerType } from '../../../shared/domain';

export interface PersonRow {
  id: number;
  side: 'partner' | 'kommune';
  organisationId: number | null;
  organisation: string | null;
  name: string;
  email: string;
  phone: string;
  legalBasis: LegalBasis | null;
  consentDate: string | null;
  informed: boolean;
  informedDate: string | null;
  retentionDate: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A partnership a person is contact for, with what the retention rule needs. */
export interface PartnershipLink {
  personId: number;
  partnershipId: number;
  role: 'partner' | 'kommune';
  title: string;
  partner: string;
  status: PartnershipStatus;
  volunteerType: VolunteerType;
  startDate: string | null;
  endDate: string | null;
  updatedAt: string;
}

type RawPersonRow = Omit<PersonRow, 'informed'> & { informed: 0 | 1 };

const SELECT = `
  SELECT c.id, c.side, c.organisation_id AS organisationId, o.name AS organisation, c.name, c.email, c.phone,
         c.legal_basis AS legalBasis, c.consent_date AS consentDate, c.informed,
         c.informed_date AS informedDate, c.retention_date AS retentionDate,
         c.created_at AS createdAt, c.updated_at AS updatedAt
  FROM contact_persons c LEFT JOIN organisations o ON o.id = c.organisation_id
  WHERE c.anonymised_at IS NULL`;

const LINKS = `
  SELECT c.id AS personId, p.id AS partnershipId, CASE WHEN p.partner_contact_id = c.id THEN 'partner' ELSE 'kommune' END AS role,
         p.title, o.name AS partner, p.status, p.volunteer_type AS volunteerType,
         p.start_date AS startDate, p.end_date AS endDate, p.updated_at AS updatedAt
  FROM contact_persons c
  JOIN partnerships p ON p.partner_contact_id = c.id OR p.municipal_contact_id = c.id
  JOIN organisations o ON o.id = p.organisation_id`;

const toPerson = (row: RawPersonRow): PersonRow => ({ ...row, informed: row.informed === 1 });

/** Every column that points at a person: partnerships' contacts today, the følgegruppe's references as they come. */
function personReferences(db: Database): { table: string; column: string }[] {
  const tables = db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all();
  return tables.flatMap(({ name }) =>
    db
      .prepare<[], { table: string; from: string }>(
        `SELECT "table", "from" FROM pragma_foreign_key_list('${name}')`,
      )
      .all()
      .filter((fk) => fk.table === 'contact_persons')
      .map((fk) => ({ table: name, column: fk.from })),
  );
}

export function createPersonRepository(db: Database) {
  // The schema is fixed while the repository lives (migrations run before, a restore makes a new one).
  let references: { table: string; column: string }[] | null = null;
  const referencing = () => (references ??= personReferences(db));
  const rowsPointingAt = new Map<string, Statement<[number], Record<string, unknown>>>();
  const all = db.prepare<[], RawPersonRow>(`${SELECT} ORDER BY c.name COLLATE NOCASE, c.id`);
  const one = db.prepare<[number], RawPersonRow>(`${SELECT} AND c.id = ?`);
  const links = db.prepare<[], PartnershipLink>(`${LINKS} WHERE c.anonymised_at IS NULL ORDER BY p.id`);
  const linksOf = db.prepare<[number], PartnershipLink>(`${LINKS} WHERE c.id = ? ORDER BY p.id`);
  const updateProtection = db.prepare(`UPDATE contact_persons SET legal_basis = @legalBasis,
    consent_date = @consentDate, informed = @informed, informed_date = @informedDate,
    retention_date = @retentionDate, updated_at = @now WHERE id = @id`);
  const fillBlanks = db.prepare(`UPDATE contact_persons SET
      email = CASE WHEN email = '' THEN @email ELSE email END,
      phone = CASE WHEN phone = '' THEN @phone ELSE phone END,
      legal_basis = coalesce(legal_basis, @legalBasis),
      consent_date = coalesce(consent_date, @consentDate),
      informed = max(informed, @informed),
      informed_date = coalesce(informed_date, @informedDate),
      retention_date = coalesce(retention_date, @retentionDate),
      updated_at = @now
    WHERE id = @id`);
  const remove = db.prepare('DELETE FROM contact_persons WHERE id = ?');
  const anonymise = db.prepare(`UPDATE contact_persons SET name = '[anonymiseret]', email = '', phone = '',
    legal_basis = NULL, consent_date = NULL, informed = 0, informed_date = NULL, retention_date = NULL,
    anonymised_at = @now, updated_at = @now WHERE id = @id`);

  return {
    list: (): PersonRow[] => all.all().map(toPerson),
    get(id: number): PersonRow | undefined {
      const row = one.get(id);
      return row && toPerson(row);
    },
    partnershipLinks: (): PartnershipLink[] => links.all(),
    partnershipLinksOf: (id: number): PartnershipLink[] => linksOf.all(id),
    updateProtection(id: number, fields: PersonProtectionFields, now: string): void {
      updateProtection.run({ ...fields, informed: fields.informed ? 1 : 0, id, now });
    },
    /** Every row elsewhere that points at the person (memberships, attendance, …), for the access export. */
    referencesTo(id: number): { table: string; column: string; row: Record<string, unknown> }[] {
      return referencing().flatMap(({ table, column }) => {
        const key = `${table}.${column}`;
        let select = rowsPointingAt.get(key);
        if (!select) {
          select = db.prepare<[number], Record<string, unknown>>(
            `SELECT * FROM "${table}" WHERE "${column}" = ?`,
          );
          rowsPointingAt.set(key, select);
        }
        return select.all(id).map((row) => ({ table, column, row }));
      });
    },
    /**
     * Moves every link of `removeId` to `keepId` (a link the kept person already has stays single),
     * fills the kept person's blanks from the other, and removes the duplicate row.
     */
    merge(keepId: number, removeId: number, now: string): void {
      const removed = one.get(removeId)!;
      for (const { table, column } of referencing()) {
        db.prepare(`UPDATE OR IGNORE "${table}" SET "${column}" = ? WHERE "${column}" = ?`).run(
          keepId,
          removeId,
        );
        db.prepare(`DELETE FROM "${table}" WHERE "${column}" = ?`).run(removeId);
      }
      fillBlanks.run({ ...removed, id: keepId, now });
      remove.run(removeId);
    },
    /** Keeps the row, so minutes and partnerships keep their structure, without anything that identifies the person. */
    anonymise(id: number, now: string): void {
      anonymise.run({ id, now });
    },
  };
}
export type PersonRepository = ReturnType<typeof createPersonRepository>;
