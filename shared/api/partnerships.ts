import { z } from 'zod';
import { isIsoDate } from '../domain/format';
import { INVOLVEMENT_LEVELS, PARTNERSHIP_STATUSES, VOLUNTEER_TYPES } from '../domain/values';
import { VOLUNTEER_TYPE_LABELS, INVOLVEMENT_LABELS, STATUS_LABELS } from '../domain/labels';

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

function allowed(labels: Record<string, string>): string {
  return Object.keys(labels).join(', ');
}

const isoDate = z
  .string()
  .max(10, 'Datoen skal skrives som ÅÅÅÅ-MM-DD, fx 2026-03-07.')
  .refine(isIsoDate, 'Datoen findes ikke. Skriv den som ÅÅÅÅ-MM-DD, fx 2026-03-07.');

/** Empty strings from a form mean "no date". */
const optionalDate = z.union([z.literal('').transform(() => null), isoDate, z.null()]).default(null);

const requiredText = (max: number, emptyMessage: string) =>
  z
    .string()
    .trim()
    .min(1, emptyMessage)
    .max(max, `Teksten er for lang (højst ${String(max)} tegn).`);

export const partnershipFieldsSchema = z
  .object({
    title: requiredText(200, 'Skriv en titel på samarbejdet.'),
    partner: requiredText(200, 'Skriv navnet på partneren (forening, fællesskab eller person).'),
    volunteerType: z.enum(VOLUNTEER_TYPES, {
      error: (issue) =>
        issue.input === undefined
          ? 'Vælg en frivillig type.'
          : `Ukendt frivillig type. Tilladte værdier: ${allowed(VOLUNTEER_TYPE_LABELS)}.`,
    }),
    involvement: z.enum(INVOLVEMENT_LEVELS, {
      error: (issue) =>
        issue.input === undefined
          ? 'Vælg kommunens involvering.'
          : `Ukendt involvering. Tilladte værdier: ${allowed(INVOLVEMENT_LABELS)}.`,
    }),
    unitId: id.nullable().default(null),
    status: z
      .enum(PARTNERSHIP_STATUSES, {
        error: () => `Ukendt status. Tilladte værdier: ${allowed(STATUS_LABELS)}.`,
      })
      .default('aktiv'),
    startDate: optionalDate,
    endDate: optionalDate,
    notes: z.string().max(20000, 'Noten er for lang (højst 20.000 tegn).').default(''),
  })
  .strict()
  .refine((p) => !p.startDate || !p.endDate || p.endDate >= p.startDate, {
    path: ['endDate'],
    message: 'Slutdatoen ligger før startdatoen. Ret en af dem.',
    // Check the period even when other fields are wrong, so the form shows every problem at once.
    when: ({ issues }) =>
      !issues.some((issue) => issue.path?.[0] === 'startDate' || issue.path?.[0] === 'endDate'),
  });

export type PartnershipFields = z.output<typeof partnershipFieldsSchema>;
export type PartnershipFieldsInput = z.input<typeof partnershipFieldsSchema>;

export const partnershipSchema = z.object({
  id,
  title: z.string(),
  partnerId: id,
  partner: z.string(),
  volunteerType: z.enum(VOLUNTEER_TYPES),
  involvement: z.enum(INVOLVEMENT_LEVELS),
  quadrant: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  unitId: id.nullable(),
  unitName: z.string().nullable(),
  status: z.enum(PARTNERSHIP_STATUSES),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  notes: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Partnership = z.output<typeof partnershipSchema>;

export const unitSchema = z.object({ id, name: z.string() });
export type Unit = z.output<typeof unitSchema>;

export const byIdSchema = z.object({ id }).strict();

export const updatePartnershipSchema = z.object({ id, fields: partnershipFieldsSchema }).strict();
