import { z } from 'zod';
import { INVOLVEMENT_LEVELS, VOLUNTEER_TYPES } from '../domain/values';
import { id, requiredText } from './fields';

export const matrixPositionSchema = z.object({ partnershipId: id, dx: z.number(), dy: z.number() });

export const savePositionSchema = z
  .object({
    id,
    dx: z.number().min(-10_000).max(10_000),
    dy: z.number().min(-10_000).max(10_000),
  })
  .strict();

export const reclassifySchema = z
  .object({
    id,
    volunteerType: z.enum(VOLUNTEER_TYPES),
    involvement: z.enum(INVOLVEMENT_LEVELS),
    reason: requiredText(2000, 'Skriv kort, hvorfor samarbejdet flyttes. Begrundelsen gemmes i historikken.'),
  })
  .strict();

export const recordedChangeSchema = z.object({
  entityId: z.number().int(),
  at: z.string(),
  action: z.enum(['create', 'update', 'delete']),
  field: z.string().nullable(),
  oldValue: z.string().nullable(),
  newValue: z.string().nullable(),
});
