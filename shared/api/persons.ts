import { z } from 'zod';
import { PARTNERSHIP_STATUSES } from '../domain/values';
import { AUDIT_ACTIONS, LEGAL_BASES } from '../domain/persons/values';
import { id, optionalDate, requiredText, text } from './fields';
import { fileSchema } from './transfer';

/*
 * Persons and data protection (issue 10). A person is the one row behind a partnership's contact
 * person and a følgegruppe member; these methods keep its legal basis, art. 14 information and
 * retention, answer a request for access, erase, merge duplicates, and show the audit log.
 */

export const personProtectionFieldsSchema = z
  .object({
    legalBasis: z
      .enum(LEGAL_BASES, { error: () => `Ukendt retsgrundlag. Tilladte værdier: ${LEGAL_BASES.join(', ')}.` })
      .nullable()
      .default(null),
    consentDate: optionalDate,
    informed: z.boolean().default(false),
    informedDate: optionalDate,
    /** A retention date chosen by hand; null uses the default from Indstillinger. */
    retentionDate: optionalDate,
  })
  .strict()
  .refine((f) => f.legalBasis !== 'samtykke' || f.consentDate !== null, {
    path: ['consentDate'],
    message: 'Skriv hvornår personen gav samtykke.',
  })
  .refine((f) => f.informed || f.informedDate === null, {
    path: ['informedDate'],
    message: 'En dato for oplysning kræver, at personen er oplyst. Sæt flueben eller fjern datoen.',
  });
export type PersonProtectionFields = z.output<typeof personProtectionFieldsSchema>;
export type PersonProtectionFieldsInput = z.input<typeof personProtectionFieldsSchema>;
export type { LegalBasis } from '../domain/persons/values';

export const personLinkSchema = z.object({
  partnershipId: id,
  title: z.string(),
  partner: z.string(),
  role: z.enum(['partner', 'kommune']),
  status: z.enum(PARTNERSHIP_STATUSES),
});

export const personSchema = z.object({
  id,
  name: z.string(),
  email: z.string(),
  phone: z.string(),
  side: z.enum(['partner', 'kommune']),
  organisation: z.string().nullable(),
  partnerships: z.array(personLinkSchema),
  /** Other records that point at the person, e.g. "Medlemskab af følgegruppen". */
  otherRoles: z.array(z.string()),
  legalBasis: z.enum(LEGAL_BASES).nullable(),
  consentDate: z.string().nullable(),
  informed: z.boolean(),
  informedDate: z.string().nullable(),
  /** Chosen by hand, or null. */
  retentionDate: z.string().nullable(),
  /** From the rule in Indstillinger; null while a partnership or membership runs. */
  defaultRetentionDate: z.string().nullable(),
  /** The chosen date, or the default. */
  keepUntil: z.string().nullable(),
  /** Past its retention date: listed under "Til sletning". */
  due: z.boolean(),
});
export type Person = z.output<typeof personSchema>;

export const updatePersonSchema = z.object({ id, fields: personProtectionFieldsSchema }).strict();

export const mergePersonsSchema = z
  .object({ keepId: id, removeId: id })
  .strict()
  .refine((m) => m.keepId !== m.removeId, {
    path: ['removeId'],
    message: 'Vælg to forskellige personer.',
  });

const reason = requiredText(2000, 'Skriv kort hvorfor, fx «Anmodning om sletning 3.11.2026».');

export const erasePersonSchema = z.object({ id, reason }).strict();

export const personExportSchema = z.object({ json: fileSchema, word: fileSchema });

export const duePartnershipSchema = z.object({
  id,
  title: z.string(),
  partner: z.string(),
  endedOn: z.string(),
  keepUntil: z.string(),
});
export type DuePartnership = z.output<typeof duePartnershipSchema>;

export const retentionDueSchema = z.object({
  persons: z.array(personSchema),
  partnerships: z.array(duePartnershipSchema),
});
export type RetentionDue = z.output<typeof retentionDueSchema>;

export const applyRetentionSchema = z
  .object({
    personIds: z.array(id).max(100_000).default([]),
    partnershipIds: z.array(id).max(100_000).default([]),
    reason,
  })
  .strict()
  .refine((r) => r.personIds.length + r.partnershipIds.length > 0, {
    path: ['personIds'],
    message: 'Vælg mindst én person eller ét samarbejde.',
  });

export const auditFilterSchema = z
  .object({
    personId: id.optional(),
    entity: text(50).optional(),
    entityId: id.optional(),
    actor: text(200).optional(),
    from: optionalDate,
    to: optionalDate,
  })
  .strict();
export type AuditFilter = z.output<typeof auditFilterSchema>;
export type AuditFilterInput = z.input<typeof auditFilterSchema>;

export const auditEntrySchema = z.object({
  id,
  at: z.string(),
  actor: z.string(),
  entity: z.string(),
  entityId: z.number().int(),
  action: z.enum(AUDIT_ACTIONS),
  field: z.string().nullable(),
  oldValue: z.string().nullable(),
  newValue: z.string().nullable(),
  reason: z.string().nullable(),
});
export type AuditLogEntry = z.output<typeof auditEntrySchema>;

export const auditListSchema = z.object({
  entries: z.array(auditEntrySchema),
  /** Every user account in the log, for the filter. */
  actors: z.array(z.string()),
  /** More entries matched than are shown; narrow the filter or export. */
  truncated: z.boolean(),
});
export type AuditList = z.output<typeof auditListSchema>;
