import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

/** A fresh folder per test, removed afterwards: tests use real SQLite files, never :memory:. */
export function useTempFolder(): () => string {
  const created: string[] = [];
  afterEach(() => {
    for (const folder of created.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
  });
  return () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-test-'));
    created.push(folder);
    return folder;
  };
}
