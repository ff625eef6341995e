import { z } from 'zod';
import { FLAG_CODES } from '../domain/flags';
import { INVOLVEMENT_CRITERION_CODES, overrideNeedsReason } from '../domain/involvement';
import {
  AGREEMENT_KINDS,
  FUNDING_SOURCES,
  INVOLVEMENT_LEVELS,
  PARTNERSHIP_STATUSES,
  VOLUNTEER_TYPES,
} from '../domain/values';
import {
  allowedValues,
  emailText,
  id,
  optionalAmount,
  optionalDate,
  phoneText,
  requiredText,
  text,
} from './fields';

export const contactSchema = z
  .object({
    name: requiredText(200, 'Skriv kontaktpersonens navn, eller fjern kontaktpersonen.'),
    email: emailText.default(''),
    phone: phoneText.default(''),
  })
  .strict();
export type Contact = z.output<typeof contactSchema>;

/** Extra columns from an import, kept as they were so nothing is lost. */
export const extraFieldsSchema = z
  .record(z.string().max(200), z.string().max(5000))
  .refine((r) => Object.keys(r).length <= 100, 'Højst 100 ekstra felter.')
  .default({});

const enumOf = <T extends readonly [string, ...string[]]>(values: T, what: string, missing?: string) =>
  z.enum(values, {
    error: (issue) =>
      issue.input === undefined && missing
        ? missing
        : `Ukendt ${what}. Tilladte værdier: ${allowedValues(values)}.`,
  });

/**
 * Runs a cross-field check even when other fields are wrong (so a form shows every problem at
 * once), but only on an object whose own fields for the check passed.
 */
function whenValid(...fields: string[]) {
  return ({ value, issues }: { value: unknown; issues: readonly { path?: PropertyKey[] }[] }) =>
    typeof value === 'object' &&
    value !== null &&
    !issues.some((issue) => !issue.path || issue.path.length === 0 || fields.includes(String(issue.path[0])));
}

export const partnershipFieldsSchema = z
  .object({
    title: requiredText(200, 'Skriv en titel på samarbejdet.'),
    partner: requiredText(200, 'Skriv navnet på partneren (forening, fællesskab eller person).'),
    volunteerType: enumOf(VOLUNTEER_TYPES, 'frivillig type', 'Vælg en frivillig type.'),
    involvement: enumOf(INVOLVEMENT_LEVELS, 'involvering', 'Vælg kommunens involvering.'),
    involvementCriteria: z
      .array(enumOf(INVOLVEMENT_CRITERION_CODES, 'kriterium'))
      .max(INVOLVEMENT_CRITERION_CODES.length)
      .default([]),
    involvementReason: text(2000).default(''),
    unitId: id.nullable().default(null),
    welfareAreaId: id.nullable().default(null),
    status: enumOf(PARTNERSHIP_STATUSES, 'status').default('aktiv'),
    agreementKind: enumOf(AGREEMENT_KINDS, 'aftaletype').default('ingen'),
    startDate: optionalDate,
    endDate: optionalDate,
    renewalDate: optionalDate,
    targetGroup: text(2000).default(''),
    purpose: text(5000).default(''),
    activities: text(5000).default(''),
    amount: optionalAmount(1_000_000_000, 'Beløbet skal være et tal mellem 0 og 1.000.000.000 kr.'),
    fundingSource: enumOf(FUNDING_SOURCES, 'finansiering').nullable().default(null),
    staffHoursPerMonth: optionalAmount(10_000, 'Timetallet skal være et tal mellem 0 og 10.000.'),
    expectedEvaluation: text(2000).default(''),
    strategyGoalIds: z.array(id).max(100).default([]),
    localArea: text(200).default(''),
    childrenUnder15: z.boolean().default(false),
    fixedAttachment: z.boolean().default(true),
    childCertificateDate: optionalDate,
    criminalRecordCheck: z.boolean().default(false),
    municipalObligations: text(5000).default(''),
    partnerObligations: text(5000).default(''),
    partnerContact: contactSchema.nullable().default(null),
    municipalContact: contactSchema.nullable().default(null),
    notes: text(20000).default(''),
    extraFields: extraFieldsSchema,
  })
  .strict()
  .refine((p) => !p.startDate || !p.endDate || p.endDate >= p.startDate, {
    path: ['endDate'],
    message: 'Slutdatoen ligger før startdatoen. Ret en af dem.',
    // Check the period even when other fields are wrong, so the form shows every problem at once.
    when: whenValid('startDate', 'endDate'),
  })
  .refine(
    (p) => !overrideNeedsReason(p.involvementCriteria, p.involvement) || p.involvementReason.length > 0,
    {
      path: ['involvementReason'],
      message: 'Du har valgt et andet niveau end tjeklisten foreslår. Skriv kort hvorfor.',
      when: whenValid('involvement', 'involvementCriteria', 'involvementReason'),
    },
  );

export type PartnershipFields = z.output<typeof partnershipFieldsSchema>;
export type PartnershipFieldsInput = z.input<typeof partnershipFieldsSchema>;

const quadrantSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

export const partnershipSchema = z.object({
  id,
  title: z.string(),
  partnerId: id,
  partner: z.string(),
  volunteerType: z.enum(VOLUNTEER_TYPES),
  involvement: z.enum(INVOLVEMENT_LEVELS),
  involvementCriteria: z.array(z.enum(INVOLVEMENT_CRITERION_CODES)),
  involvementReason: z.string(),
  quadrant: quadrantSchema,
  unitId: id.nullable(),
  unitName: z.string().nullable(),
  welfareAreaId: id.nullable(),
  welfareAreaName: z.string().nullable(),
  status: z.enum(PARTNERSHIP_STATUSES),
  agreementKind: z.enum(AGREEMENT_KINDS),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  renewalDate: z.string().nullable(),
  targetGroup: z.string(),
  purpose: z.string(),
  activities: z.string(),
  amount: z.number().nullable(),
  fundingSource: z.enum(FUNDING_SOURCES).nullable(),
  staffHoursPerMonth: z.number().nullable(),
  expectedEvaluation: z.string(),
  strategyGoalIds: z.array(id),
  localArea: z.string(),
  childrenUnder15: z.boolean(),
  fixedAttachment: z.boolean(),
  childCertificateDate: z.string().nullable(),
  criminalRecordCheck: z.boolean(),
  municipalObligations: z.string(),
  partnerObligations: z.string(),
  partnerContact: contactSchema.nullable(),
  municipalContact: contactSchema.nullable(),
  notes: z.string(),
  extraFields: z.record(z.string(), z.string()),
  flags: z.array(z.enum(FLAG_CODES)),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Partnership = z.output<typeof partnershipSchema>;

export const byIdSchema = z.object({ id }).strict();

export const updatePartnershipSchema = z
  .object({
    id,
    fields: partnershipFieldsSchema,
    /** Why the change was made; written to the history with every changed field. */
    reason: text(2000).default(''),
  })
  .strict();

export const historyEntrySchema = z.object({
  at: z.string(),
  actor: z.string(),
  action: z.enum(['create', 'update', 'delete']),
  field: z.string().nullable(),
  oldValue: z.string().nullable(),
  newValue: z.string().nullable(),
  reason: z.string().nullable(),
});
export type HistoryEntry = z.output<typeof historyEntrySchema>;

export const searchSchema = z.object({ query: z.string().max(200) }).strict();

export { quadrantSchema };

/** The editable fields of a stored partnership: what to send back to update it unchanged. */
export function fieldsOfPartnership(p: Partnership): PartnershipFields {
  const fields = {} as Record<string, unknown>;
  for (const key of Object.keys(partnershipFieldsSchema.shape)) fields[key] = p[key as keyof Partnership];
  return fields as PartnershipFields;
}
