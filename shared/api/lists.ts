import { z } from 'zod';
import { LOOKUP_LISTS } from '../domain/values';
import { id, requiredText } from './fields';

export const lookupItemSchema = z.object({ id, name: z.string(), usage: z.number().int() });
export type LookupItem = z.output<typeof lookupItemSchema>;

export const lookupListsSchema = z.object({
  units: z.array(lookupItemSchema),
  welfareAreas: z.array(lookupItemSchema),
  strategyGoals: z.array(lookupItemSchema),
});
export type LookupLists = z.output<typeof lookupListsSchema>;

const list = z.enum(LOOKUP_LISTS, {
  error: () => `Ukendt liste. Tilladte lister: ${LOOKUP_LISTS.join(', ')}.`,
});
const itemName = requiredText(200, 'Skriv et navn.');

export const addLookupItemSchema = z.object({ list, name: itemName }).strict();
export const renameLookupItemSchema = z.object({ list, id, name: itemName }).strict();
export const removeLookupItemSchema = z.object({ list, id }).strict();

export const settingsSchema = z
  .object({
    renewalWindowDays: z
      .number({ error: 'Skriv et antal dage.' })
      .int('Skriv et helt antal dage.')
      .min(1, 'Vælg mindst 1 dag.')
      .max(730, 'Vælg højst 730 dage.'),
  })
  .strict();
export type Settings = z.output<typeof settingsSchema>;
