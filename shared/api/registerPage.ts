import { z } from 'zod';
import { AGREEMENT_KINDS, INVOLVEMENT_LEVELS, PARTNERSHIP_STATUSES, VOLUNTEER_TYPES } from '../domain/values';
import { id } from './fields';
import { partnershipSchema } from './partnerships';

/** Where the previous page ended; pass it back as `after` for the next page. */
const pageCursorSchema = z.object({ key: z.string().max(2000), id }).strict();

/** One page of the register in Danish title order, narrowed by the filters SQL can use. */
export const registerPageInputSchema = z
  .object({
    filter: z
      .object({
        volunteerType: z.enum(VOLUNTEER_TYPES).optional(),
        involvement: z.enum(INVOLVEMENT_LEVELS).optional(),
        unitId: id.optional(),
        status: z.enum(PARTNERSHIP_STATUSES).optional(),
        agreementKind: z.enum(AGREEMENT_KINDS).optional(),
      })
      .strict()
      .default({}),
    after: pageCursorSchema.nullable().default(null),
    limit: z.number().int().min(1).max(500).default(100),
    direction: z.enum(['ascending', 'descending']).default('ascending'),
  })
  .strict();
export type RegisterPageInput = z.output<typeof registerPageInputSchema>;

export const registerPageSchema = z.object({
  rows: z.array(partnershipSchema),
  next: pageCursorSchema.nullable(),
});
