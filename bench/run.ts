/**
 * `npm run bench`: speed budgets as ratios against a baseline measured in the same run, so a
 * busy or slow machine moves both sides alike. Exits 1 when a budget is broken.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend } from '../main/backend/createBackend';
import { seedPartnerships } from './seed';
import { matrixBudgets } from './matrix';
import { measure, type Budget } from './measure';

const SIZES = [10_000];

async function main(): Promise<number> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-bench-'));
  const budgets: Budget[] = [];
  try {
    for (const size of SIZES) {
      const file = path.join(folder, `bench-${String(size)}.sqlite`);
      const backend = createBackend(file);
      const raw = seedPartnerships(file, size);
      // Baseline: the bare SELECT of the same rows with no joins, mapping or validation.
      const baseline = measure(() => raw.all());
      const listed = await measure.async(() => backend.router.handle('partnerships.list', {}));
      budgets.push({
        name: `partnerships.list via router, ${String(size)} rows`,
        ratio: listed.median / baseline.median,
        limit: 5,
      });
      raw.close();
      backend.close();
    }
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
  budgets.push(...(await matrixBudgets()));
  let failed = 0;
  for (const b of budgets) {
    const ok = b.ratio <= b.limit;
    if (!ok) failed++;
    console.log(
      `${ok ? 'ok  ' : 'FAIL'} ${b.name}: ${b.ratio.toFixed(1)}× baseline (budget ${String(b.limit)}×)`,
    );
  }
  console.log(`${String(budgets.length - failed)} passed, ${String(failed)} failed`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main();
