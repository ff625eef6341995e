import fs from 'node:fs';
import path from 'node:path';
import { ApiFailure } from '../../shared/api';
import { isoWeekKey, toIsoDate } from '../../shared/domain';
import { checkDatabaseFile, defaultBackupFolder } from '../db/backup';
import type { Repositories } from '../db/repositories';
import type { Ports } from './ports';

export const BACKUP_KINDS = ['manuel', 'daglig', 'foer-migrering', 'foer-gendannelse'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

const NAME = /^samspil-(\d{4}-\d{2}-\d{2})-(\d{6})-([a-z-]+)\.sqlite$/;
export const KEEP_DAILY = 14;
export const KEEP_WEEKLY = 8;

export interface BackupFile {
  fileName: string;
  kind: BackupKind;
  date: string;
  size: number;
}

/** `samspil-2026-11-24-153012-daglig.sqlite`: sorts by time, says what it is. */
export function backupFileName(now: Date, kind: BackupKind): string {
  const time = now.toTimeString().slice(0, 8).replace(/:/g, '');
  return `samspil-${toIsoDate(now)}-${time}-${kind}.sqlite`;
}

/**
 * Which daily backups to delete: the newest one of each of the last 14 days with a backup stays,
 * and before that the newest one of each of 8 weeks. Other kinds are never pruned.
 */
export function backupsToPrune(files: readonly BackupFile[]): string[] {
  const daily = files.filter((f) => f.kind === 'daglig').sort((a, b) => (a.fileName < b.fileName ? 1 : -1));
  const keep = new Set<string>();
  const days = new Set<string>();
  const weeks = new Set<string>();
  for (const file of daily) {
    if (days.size < KEEP_DAILY && !days.has(file.date)) {
      days.add(file.date);
      keep.add(file.fileName);
    } else if (!days.has(file.date) && weeks.size < KEEP_WEEKLY && !weeks.has(isoWeekKey(file.date))) {
      weeks.add(isoWeekKey(file.date));
      keep.add(file.fileName);
    }
  }
  return daily.filter((f) => !keep.has(f.fileName)).map((f) => f.fileName);
}

export function createBackupService(repos: Repositories, ports: Ports) {
  function folder(): string {
    const chosen = repos.settings.get('backupFolder');
    return typeof chosen === 'string' && chosen ? chosen : defaultBackupFolder(repos.databasePath());
  }

  function list(): BackupFile[] {
    let names: string[];
    try {
      names = fs.readdirSync(folder());
    } catch {
      return [];
    }
    return names
      .map((fileName) => ({ fileName, match: NAME.exec(fileName) }))
      .filter((f) => f.match && (BACKUP_KINDS as readonly string[]).includes(f.match[3]!))
      .map(({ fileName, match }) => ({
        fileName,
        kind: match![3] as BackupKind,
        date: match![1]!,
        size: fs.statSync(path.join(folder(), fileName)).size,
      }))
      .sort((a, b) => (a.fileName < b.fileName ? 1 : -1));
  }

  function create(kind: BackupKind): BackupFile {
    const fileName = backupFileName(ports.now(), kind);
    repos.maintenance.backupTo(path.join(folder(), fileName));
    for (const old of backupsToPrune(list())) fs.rmSync(path.join(folder(), old), { force: true });
    return list().find((f) => f.fileName === fileName)!;
  }

  /** Restores any register file, after checking it and backing up the current one. */
  function restoreFile(file: string): { restored: string; safetyCopy: string } {
    const health = checkDatabaseFile(file);
    if (health.state !== 'ok')
      throw new ApiFailure('validation', `Sikkerhedskopien kan ikke bruges: ${health.message}`);
    const safety = create('foer-gendannelse');
    ports.replaceRegister(file);
    return { restored: path.basename(file), safetyCopy: safety.fileName };
  }

  return {
    folder,
    list,
    create: () => create('manuel'),
    /** At start: one automatic backup a day. */
    dailyIfDue(): BackupFile | null {
      const today = toIsoDate(ports.now());
      return list().some((f) => f.kind === 'daglig' && f.date === today) ? null : create('daglig');
    },
    setFolder(chosen: string): { folder: string } {
      try {
        fs.mkdirSync(chosen, { recursive: true });
        fs.accessSync(chosen, fs.constants.W_OK);
      } catch {
        throw new ApiFailure(
          'validation',
          `Mappen ${chosen} kan ikke bruges til sikkerhedskopier. Vælg en mappe, du kan skrive i.`,
          [{ path: 'folder', message: 'Mappen findes ikke eller kan ikke skrives i.' }],
        );
      }
      repos.settings.set('backupFolder', chosen);
      return { folder: chosen };
    },
    /** A checked copy of the register at a place of the user's choosing (CLI `backup --out`). */
    copyTo(target: string): void {
      repos.maintenance.backupTo(target);
    },
    /** Restores a backup from the folder: the current register is backed up first. */
    restore(fileName: string): { restored: string; safetyCopy: string } {
      const backup = list().find((f) => f.fileName === fileName);
      if (!backup) throw new ApiFailure('not_found', 'Sikkerhedskopien findes ikke længere i mappen.');
      return restoreFile(path.join(folder(), backup.fileName));
    },
    restoreFile,
  };
}
export type BackupService = ReturnType<typeof createBackupService>;
