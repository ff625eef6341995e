import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

/** Lints `code` as if it lived at `file`, with the project's real configuration. */
async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'samspil/layer-boundaries')
    .map((m) => m.message);
}

describe('layer boundaries (DESIGN.md)', () => {
  it.each([
    [
      'shared/domain/x.ts',
      "import { openDatabase } from '../../main/db/open';",
      'shared/ may not import from main/db/',
    ],
    ['shared/domain/x.ts', "import fs from 'node:fs';", 'shared/ is pure TypeScript'],
    ['shared/api/x.ts', "import { useState } from 'react';", 'shared/ is pure TypeScript'],
    [
      'renderer/src/x.ts',
      "import { createRouter } from '../../main/ipc/router';",
      'renderer/ may not import from main/',
    ],
    ['renderer/src/x.ts', "import path from 'node:path';", 'renderer/ runs in the browser'],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';", '"electron" may only be imported'],
    [
      'main/services/x.ts',
      "import { app } from 'electron';",
      '"electron" may only be imported in main/app/ and main/preload/',
    ],
    [
      'main/services/x.ts',
      "import Database from 'better-sqlite3';",
      '"better-sqlite3" may only be imported in main/db/',
    ],
    ['main/ipc/x.ts', "import { Document } from 'docx';", '"docx" may only be imported in main/documents/'],
    [
      'main/db/x.ts',
      "export * from '../../renderer/src/api/client';",
      'main/db/ may not import from renderer/',
    ],
    ['main/preload/x.ts', "const m = import('../db/open');", 'main/preload/ may not import from main/db/'],
    [
      'main/db/x.ts',
      "import { useTempFolder } from '../testing/tempFolder';",
      'main/db/ may not import from main/testing/',
    ],
  ])('forbids in %s: %s', async (file, code, message) => {
    expect(await boundaryErrors(file, code)).toEqual([expect.stringContaining(message)]);
  });

  it.each([
    ['shared/api/x.ts', "import { z } from 'zod'; import { quadrantOf } from '../domain/quadrant';"],
    ['renderer/src/x.ts', "import { quadrantOf } from '../../shared/domain';"],
    ['main/app/x.ts', "import { app } from 'electron'; import { openDatabase } from '../db/open';"],
    ['main/preload/x.ts', "import { contextBridge } from 'electron';"],
    ['main/db/x.ts', "import Database from 'better-sqlite3';"],
    ['main/documents/x.ts', "import { Document } from 'docx';"],
    ['shared/domain/x.test.ts', "import { it } from 'vitest';"],
    ['main/db/x.test.ts', "import { useTempFolder } from '../testing/tempFolder';"],
    ['renderer/vite.config.ts', "import path from 'node:path';"],
  ])('allows in %s: %s', async (file, code) => {
    expect(await boundaryErrors(file, code)).toEqual([]);
  });
});
