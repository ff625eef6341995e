import { z } from 'zod';

/** Files cross the API as base64, the one encoding IPC, HTTP and JSON all carry unchanged. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export const fileSchema = z.object({
  fileName: z.string().min(1, 'Filen mangler et navn.').max(260, 'Filnavnet er for langt.'),
  contentBase64: z
    .string()
    .max(Math.ceil(MAX_FILE_BYTES / 3) * 4, 'Filen er for stor (højst 20 MB).')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Filens indhold er ikke gyldigt.'),
});
export type TransferFile = z.output<typeof fileSchema>;

export const importPreviewRowSchema = z.object({
  row: z.number().int(),
  title: z.string(),
  partner: z.string(),
  quadrant: z.number().int().nullable(),
  action: z.enum(['create', 'update', 'skip', 'reject']),
  errors: z.array(z.string()),
  /** Imported anyway, but worth a look: e.g. text that looks like a CPR number. */
  warnings: z.array(z.string()),
});
export type ImportPreviewRow = z.output<typeof importPreviewRowSchema>;

export const importPreviewSchema = z.object({
  rows: z.array(importPreviewRowSchema),
  unknownColumns: z.array(z.string()),
  newListItems: z.array(z.string()),
  counts: z.object({ create: z.number(), update: z.number(), skip: z.number(), reject: z.number() }),
});
export type ImportPreview = z.output<typeof importPreviewSchema>;

export const importCommitSchema = fileSchema.extend({
  /** Rows matching an existing partnership (title + partner) update it; otherwise they are skipped. */
  updateExisting: z.boolean().default(false),
});

export const importResultSchema = z.object({
  imported: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
  rejected: z.array(z.object({ row: z.number().int(), errors: z.array(z.string()) })),
  warnings: z.array(z.object({ row: z.number().int(), warnings: z.array(z.string()) })),
  /** The rejected rows with their reasons, as a CSV to fix and import again; null when none. */
  rejectedFile: fileSchema.nullable(),
});
export type ImportResult = z.output<typeof importResultSchema>;

export const exportSchema = z
  .object({
    format: z.enum(['xlsx', 'csv'], { error: () => 'Vælg xlsx eller csv.' }),
    ids: z.array(z.number().int().positive()).max(1_000_000).optional(),
  })
  .strict();
