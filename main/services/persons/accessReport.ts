import type { Person } from '../../../shared/api';
import {
  AUDIT_ACTION_LABELS,
  LEGAL_BASIS_LABELS,
  PARTNERSHIP_FIELD_LABELS,
  STATUS_LABELS,
  formatDateShort,
  formatPeriod,
  mentionPattern,
  mentionsPerson,
  storedMentionsPerson,
  recordLabel,
  storedFieldLabel,
  type PersonAccessReport,
} from '../../../shared/domain';
import type { Repositories } from '../../db/repositories';
import { personTerms } from './erasure';

const ROLE_LABELS = { partner: 'Kontaktperson hos partneren', kommune: 'Kommunal kontaktperson' } as const;

/**
 * Everything about one person (GDPR art. 15): the person, their partnerships, every record that
 * points at them, every stored text that names them, and every audit-log entry about them (by
 * their id, any id merged into them, or naming them in a logged value).
 */
export function buildAccessReport(
  repos: Repositories,
  person: Person,
  generatedAt: string,
  /** Off when the municipality's practice is to show no employee names: the log then says who only as "a member of staff". */
  showUsers: boolean,
): PersonAccessReport {
  const pattern = mentionPattern(personTerms(repos, person.id));
  const ids = new Set(repos.auditTrail.personIds(person.id));
  const named = (text: string | null) => text !== null && mentionsPerson(text, pattern);
  const stored = repos.persons.get(person.id)!;
  return {
    title: `Indsigt: oplysninger om ${person.name}`,
    generatedAt,
    person: {
      id: person.id,
      name: person.name,
      email: person.email,
      phone: person.phone,
      role: ROLE_LABELS[person.side],
      organisation: person.organisation,
      legalBasis: person.legalBasis ? LEGAL_BASIS_LABELS[person.legalBasis] : 'Ikke angivet',
      consentDate: person.consentDate,
      informed: person.informed
        ? `Ja${person.informedDate ? `, ${formatDateShort(person.informedDate)}` : ''}`
        : 'Nej',
      keepUntil: person.keepUntil
        ? formatDateShort(person.keepUntil)
        : 'Så længe samarbejdet eller medlemskabet varer',
      createdAt: stored.createdAt,
      updatedAt: stored.updatedAt,
    },
    partnerships: person.partnerships.map((p) => {
      const full = repos.partnerships.get(p.partnershipId);
      return {
        id: p.partnershipId,
        title: p.title,
        partner: p.partner,
        role: ROLE_LABELS[p.role],
        status: STATUS_LABELS[p.status],
        period: full ? formatPeriod(full.startDate, full.endDate) : '',
      };
    }),
    linkedRecords: repos.persons
      .referencesTo(person.id)
      .filter((r) => r.table !== 'partnerships')
      .map((r) => ({
        kind: recordLabel(r.table),
        table: r.table,
        field: storedFieldLabel(r.column, PARTNERSHIP_FIELD_LABELS),
        record: r.row,
      })),
    mentions: repos.personalData
      .findTexts((text) => storedMentionsPerson(text, pattern))
      .map((m) => ({
        kind: recordLabel(m.table),
        recordId: m.rowid,
        field: storedFieldLabel(m.column, PARTNERSHIP_FIELD_LABELS),
        text: m.text,
      })),
    auditLog: repos.auditTrail
      .query({})
      .filter(
        (e) =>
          (e.entity === 'person' && ids.has(e.entityId)) ||
          named(e.oldValue) ||
          named(e.newValue) ||
          named(e.reason),
      )
      .map((e) => ({
        at: e.at,
        actor: showUsers ? e.actor : 'En medarbejder i kommunen',
        action: AUDIT_ACTION_LABELS[e.action],
        record: `${recordLabel(e.entity)} ${String(e.entityId)}`,
        field: e.field && storedFieldLabel(e.field, PARTNERSHIP_FIELD_LABELS),
        oldValue: e.oldValue,
        newValue: e.newValue,
        reason: e.reason,
      })),
  };
}
