import fs from 'node:fs';
import path from 'node:path';

export class FileExistsError extends Error {
  constructor(readonly file: string) {
    super(`Filen ${file} findes allerede. Vælg et andet navn, eller brug --force for at overskrive den.`);
    this.name = 'FileExistsError';
  }
}

/**
 * Writes via a temp file in the same folder and a rename, so a crash never leaves a half-written
 * document at `file`. Refuses to replace an existing file unless `overwrite` is given.
 */
export function writeFileAtomic(file: string, content: Uint8Array, overwrite = false): void {
  if (!overwrite && fs.existsSync(file)) throw new FileExistsError(file);
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${String(process.pid)}.tmp`);
  try {
    fs.writeFileSync(temp, content, { flush: true });
    fs.renameSync(temp, file);
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

/** `name.csv`, or `name (2).csv`, ... : the first name not taken in its folder. */
export function freeFileName(file: string): string {
  const { dir, name, ext } = path.parse(file);
  let candidate = file;
  for (let n = 2; fs.existsSync(candidate); n++) candidate = path.join(dir, `${name} (${String(n)})${ext}`);
  return candidate;
}
