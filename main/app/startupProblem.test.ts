import { describe, expect, it, vi } from 'vitest';
import { DatabaseFromFutureError } from '../db/migrations';
import { DamagedDatabaseError } from '../db/open';
import { startupProblem } from './startupProblem';

const FILE = '/home/konsulent/.config/Samspil/samspil.sqlite';
const BACKUP = '/home/konsulent/.config/Samspil/Sikkerhedskopier/samspil-2026-11-24-daglig.sqlite';

describe('startupProblem', () => {
  it('offers the newest good backup for a damaged register', () => {
    const problem = startupProblem(
      new DamagedDatabaseError(FILE, 'database disk image is malformed'),
      FILE,
      () => BACKUP,
    );
    expect(problem).toMatchObject({
      kind: 'offer-restore',
      backup: BACKUP,
      title: 'Registret er beskadiget',
    });
    expect(problem.detail).toContain('database disk image is malformed');
    expect(problem.detail).toContain('Den beskadigede fil gemmes ved siden af');
  });

  it('says so plainly when a damaged register has no good backup', () => {
    const problem = startupProblem(
      new DamagedDatabaseError(FILE, 'file is not a database'),
      FILE,
      () => null,
    );
    expect(problem).toMatchObject({ kind: 'cannot-open', title: 'Registret er beskadiget' });
    expect(problem.detail).toContain('Der er ingen brugbar sikkerhedskopi');
  });

  it('refuses a register from a newer Samspil with both version numbers, and offers no restore', () => {
    const findBackup = vi.fn(() => BACKUP);
    const problem = startupProblem(new DatabaseFromFutureError(12, 9), FILE, findBackup);
    expect(problem).toMatchObject({
      kind: 'cannot-open',
      title: 'Registret er fra en nyere version af Samspil',
    });
    expect(problem.detail).toContain('skemaversion 12');
    expect(problem.detail).toContain('skemaversion 9');
    expect(findBackup).not.toHaveBeenCalled();
  });

  it('explains any other failure with the file it concerns', () => {
    const problem = startupProblem(new Error('EACCES: permission denied'), FILE, () => BACKUP);
    expect(problem).toEqual({
      kind: 'cannot-open',
      title: 'Samspil kan ikke åbne registret',
      detail: `EACCES: permission denied\n\nDatafil: ${FILE}`,
    });
  });
});
