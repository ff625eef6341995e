import { z } from 'zod';

export const backupFileSchema = z.object({
  fileName: z.string(),
  kind: z.enum(['manuel', 'daglig', 'foer-migrering', 'foer-gendannelse']),
  date: z.string(),
  size: z.number(),
});

export type BackupFile = z.output<typeof backupFileSchema>;

export const backupListSchema = z.object({ folder: z.string(), backups: z.array(backupFileSchema) });

export const restoreBackupSchema = z
  .object({ fileName: z.string().regex(/^samspil-[\w-]+\.sqlite$/, 'Vælg en sikkerhedskopi fra listen.') })
  .strict();

export const backupFolderSchema = z
  .object({ folder: z.string().trim().min(1, 'Skriv en mappe.').max(1000, 'Stien er for lang.') })
  .strict();
