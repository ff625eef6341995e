import { DamagedDatabaseError } from '../db/open';
import { DatabaseFromFutureError } from '../db/migrations';

/** What the app says when the register cannot be opened at start, decided without Electron. */
export type StartupProblem =
  | { kind: 'offer-restore'; backup: string; title: string; message: string; detail: string }
  | { kind: 'cannot-open'; title: string; detail: string };

/**
 * A damaged register with a good backup gets the offer to restore it (the damaged file is kept);
 * a register from a newer Samspil is refused with both version numbers and never touched; any
 * other failure is explained as it is. `findBackup` is asked only for a damaged register.
 */
export function startupProblem(
  error: unknown,
  databasePath: string,
  findBackup: () => string | null,
): StartupProblem {
  const reason = error instanceof Error ? error.message : String(error);
  if (error instanceof DatabaseFromFutureError) {
    return {
      kind: 'cannot-open',
      title: 'Registret er fra en nyere version af Samspil',
      detail: `${reason}\n\nDatafil: ${databasePath}`,
    };
  }
  if (error instanceof DamagedDatabaseError) {
    const backup = findBackup();
    if (backup) {
      return {
        kind: 'offer-restore',
        backup,
        title: 'Registret er beskadiget',
        message: 'Samspil kan ikke åbne registret, fordi filen er beskadiget.',
        detail: `${reason}\n\nDen nyeste brugbare sikkerhedskopi er ${backup}. Den beskadigede fil gemmes ved siden af, så intet går tabt.`,
      };
    }
    return {
      kind: 'cannot-open',
      title: 'Registret er beskadiget',
      detail: `${reason}\n\nDer er ingen brugbar sikkerhedskopi at gendanne. Filen er ikke ændret.\n\nDatafil: ${databasePath}`,
    };
  }
  return {
    kind: 'cannot-open',
    title: 'Samspil kan ikke åbne registret',
    detail: `${reason}\n\nDatafil: ${databasePath}`,
  };
}
