import { z } from 'zod';
import { LOOKUP_LISTS } from '../domain/values';
import { id, requiredText, text } from './fields';
import { CLAUSE_KEYS, type ClauseKey } from '../domain/agreement/clauses';

export const lookupItemSchema = z.object({ id, name: z.string(), usage: z.number().int() });
export type LookupItem = z.output<typeof lookupItemSchema>;

export const lookupListsSchema = z.object({
  units: z.array(lookupItemSchema),
  welfareAreas: z.array(lookupItemSchema),
  strategyGoals: z.array(lookupItemSchema),
  segments: z.array(lookupItemSchema),
});
export type LookupLists = z.output<typeof lookupListsSchema>;

const list = z.enum(LOOKUP_LISTS, {
  error: () => `Ukendt liste. Tilladte lister: ${LOOKUP_LISTS.join(', ')}.`,
});
const itemName = requiredText(200, 'Skriv et navn.');

export const addLookupItemSchema = z.object({ list, name: itemName }).strict();
export const renameLookupItemSchema = z.object({ list, id, name: itemName }).strict();
export const removeLookupItemSchema = z.object({ list, id }).strict();

const clauseText = text(5000).refine((v) => v.length > 0, 'Standardteksten må ikke være tom.');

export const settingsSchema = z
  .object({
    renewalWindowDays: z
      .number({ error: 'Skriv et antal dage.' })
      .int('Skriv et helt antal dage.')
      .min(1, 'Vælg mindst 1 dag.')
      .max(730, 'Vælg højst 730 dage.'),
    /** Data protection: years personal data is kept after a partnership ends, and after an individual volunteer's term. */
    retentionYearsAfterEnd: z
      .number({ error: 'Skriv et antal år.' })
      .int('Skriv et helt antal år.')
      .min(1, 'Vælg mindst 1 år.')
      .max(50, 'Vælg højst 50 år.'),
    retentionYearsAfterVolunteerTerm: z
      .number({ error: 'Skriv et antal år.' })
      .int('Skriv et helt antal år.')
      .min(1, 'Vælg mindst 1 år.')
      .max(50, 'Vælg højst 50 år.'),
    /** Whether an access export names the user accounts in its log, or only says "a member of staff". */
    accessExportShowsUsers: z.boolean(),
    municipalityName: text(200),
    municipalityAddress: text(500),
    documentFooter: text(500),
    clauses: z.object(
      Object.fromEntries(CLAUSE_KEYS.map((key) => [key, clauseText])) as Record<ClauseKey, typeof clauseText>,
    ),
  })
  .strict();
export type Settings = z.output<typeof settingsSchema>;

/** Only the settings being changed; the rest keep their values. */
export const settingsPatchSchema = settingsSchema.partial().strict();
