import { z } from 'zod';
import { isValidCvr } from '../domain/cvr';
import { VOLUNTEER_TYPES } from '../domain/values';
import { allowedValues, emailText, id, phoneText, requiredText, text } from './fields';

export const organisationFieldsSchema = z
  .object({
    name: requiredText(200, 'Skriv organisationens navn.'),
    volunteerType: z
      .enum(VOLUNTEER_TYPES, {
        error: () => `Ukendt frivillig type. Tilladte værdier: ${allowedValues(VOLUNTEER_TYPES)}.`,
      })
      .nullable()
      .default(null),
    address: text(500).default(''),
    cvr: text(20)
      .transform((v) => v.replace(/\s/g, ''))
      .refine(
        (v) => v === '' || isValidCvr(v),
        'CVR-nummeret er ikke gyldigt. Det er 8 cifre; tjek at der ikke er en tastefejl.',
      )
      .default(''),
    website: text(300).default(''),
    email: emailText.default(''),
    phone: phoneText.default(''),
    volunteerCentreMember: z.boolean().default(false),
    notes: text(20000).default(''),
  })
  .strict();
export type OrganisationFields = z.output<typeof organisationFieldsSchema>;
export type OrganisationFieldsInput = z.input<typeof organisationFieldsSchema>;

export const organisationSchema = z.object({
  id,
  name: z.string(),
  volunteerType: z.enum(VOLUNTEER_TYPES).nullable(),
  address: z.string(),
  cvr: z.string(),
  website: z.string(),
  email: z.string(),
  phone: z.string(),
  volunteerCentreMember: z.boolean(),
  notes: z.string(),
  partnershipCount: z.number().int(),
});
export type Organisation = z.output<typeof organisationSchema>;

export const updateOrganisationSchema = z.object({ id, fields: organisationFieldsSchema }).strict();
