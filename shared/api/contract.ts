import { z } from 'zod';
import {
  byIdSchema,
  partnershipFieldsSchema,
  partnershipSchema,
  unitSchema,
  updatePartnershipSchema,
} from './partnerships';

const noInput = z.object({}).strict().optional();

/**
 * Every method the renderer, browser mode and the CLI may call. The router refuses names that
 * are not here and validates both directions against these schemas.
 */
export const contract = {
  'app.info': {
    input: noInput,
    output: z.object({ version: z.string(), schemaVersion: z.number().int(), databasePath: z.string() }),
  },
  'units.list': { input: noInput, output: z.array(unitSchema) },
  'partnerships.list': { input: noInput, output: z.array(partnershipSchema) },
  'partnerships.get': { input: byIdSchema, output: partnershipSchema },
  'partnerships.create': { input: partnershipFieldsSchema, output: partnershipSchema },
  'partnerships.update': { input: updatePartnershipSchema, output: partnershipSchema },
  'partnerships.delete': { input: byIdSchema, output: z.object({ id: z.number().int() }) },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
