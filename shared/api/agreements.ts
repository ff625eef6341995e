import { z } from 'zod';
import { CLAUSE_KEYS } from '../domain/agreement/clauses';
import { id } from './fields';

/** A .docx the user chose, as bytes in base64 (20 MB is far beyond any letterhead). */
export const templateFileSchema = z
  .object({
    fileName: z.string().min(1).max(260),
    contentBase64: z
      .string()
      .min(1, 'Filen er tom. Vælg skabelonen igen.')
      .max(28_000_000, 'Skabelonen er for stor (over 20 MB). Fjern store billeder, og prøv igen.'),
  })
  .strict();
export type TemplateFile = z.output<typeof templateFileSchema>;

export const templateInfoSchema = z.object({
  fileName: z.string(),
  savedAt: z.string(),
  placeholders: z.array(
    z.object({
      name: z.string(),
      known: z.boolean(),
      split: z.boolean(),
      suggestion: z.string().nullable(),
    }),
  ),
  /** Unknown, misspelled or broken placeholders, in Danish, with what to do. */
  problems: z.array(z.string()),
});
export type TemplateInfo = z.output<typeof templateInfoSchema>;

export const snapshotChangeSchema = z.object({ field: z.string(), before: z.string(), now: z.string() });

export const agreementCheckSchema = z.object({
  shape: z.enum(['kort', 'fuld', 'partnerskab']),
  documentTitle: z.string(),
  fileName: z.string(),
  missing: z.array(z.string()),
  /** The municipality's own template, when one is chosen in Indstillinger. */
  template: templateInfoSchema.nullable(),
  /** What the template's placeholders will lack (empty without a template). */
  templateMissing: z.array(z.string()),
  /** The last export and what has changed in the record since; `changes` is null when unknown. */
  lastExport: z
    .object({
      createdAt: z.string(),
      fileName: z.string(),
      changes: z.array(snapshotChangeSchema).nullable(),
    })
    .nullable(),
});
export type AgreementCheck = z.output<typeof agreementCheckSchema>;

export const generatedAgreementSchema = z.object({
  shape: z.enum(['kort', 'fuld', 'partnerskab']),
  documentTitle: z.string(),
  fileName: z.string(),
  missing: z.array(z.string()),
  /** Problems of the template used (unknown placeholders stay in the document as they were). */
  templateProblems: z.array(z.string()),
  contentBase64: z.string(),
});
export type GeneratedAgreement = z.output<typeof generatedAgreementSchema>;

export const documentRecordSchema = z.object({
  kind: z.string(),
  fileName: z.string(),
  sha256: z.string(),
  createdAt: z.string(),
  actor: z.string(),
});

export const agreementInputSchema = z.object({ id }).strict();

export const generateAgreementSchema = z
  .object({
    id,
    /** Samspil's own agreement even when the municipality's template is chosen. */
    useTemplate: z.boolean().default(true),
    /** A template for this one export (the CLI's --template), instead of the stored one. */
    template: templateFileSchema.optional(),
  })
  .strict();

export const clauseVersionSchema = z.object({
  key: z.enum(CLAUSE_KEYS),
  text: z.string(),
  savedAt: z.string(),
});

/** The logo on the documents' letterhead: the municipality's own, or Samspil's default. */
export const documentLogoSchema = z.object({
  fileName: z.string(),
  type: z.enum(['png', 'jpg']),
  contentBase64: z.string(),
  custom: z.boolean(),
});
export type DocumentLogo = z.output<typeof documentLogoSchema>;
