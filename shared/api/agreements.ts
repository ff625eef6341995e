import { z } from 'zod';
import { id } from './fields';

export const agreementCheckSchema = z.object({
  shape: z.enum(['kort', 'fuld', 'partnerskab']),
  documentTitle: z.string(),
  fileName: z.string(),
  missing: z.array(z.string()),
});

export const generatedAgreementSchema = agreementCheckSchema.extend({ contentBase64: z.string() });
export type GeneratedAgreement = z.output<typeof generatedAgreementSchema>;

export const documentRecordSchema = z.object({
  kind: z.string(),
  fileName: z.string(),
  sha256: z.string(),
  createdAt: z.string(),
  actor: z.string(),
});

export const agreementInputSchema = z.object({ id }).strict();
