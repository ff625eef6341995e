/**
 * `npm run bench [-- --quick] [-- --json]`: the performance suite of issue 9. Every goal is a
 * ratio against a baseline measured in the same run, a count, or main-thread work per frame;
 * see bench/README.md for each metric. Exits 1 when a goal is missed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../main/db/open';
import { agreementMetric } from './agreements';
import { launchChromium } from './browser';
import { importMetric } from './importXlsx';
import { matrixMetrics } from './matrix';
import { table, type Metric } from './metrics';
import { bulkAgreementMetrics, startupMetrics } from './process';
import { registerMetrics, scalingMetric } from './register';
import { registerViewMetrics } from './registerView';
import { seedRegister } from './seed';

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const json = args.has('--json');
const ROUNDS = quick ? 5 : 9;

/** Progress goes to stderr, so `--json` leaves stdout to the result. */
const say = (text: string) => process.stderr.write(`bench: ${text}\n`);

function register(folder: string, count: number): string {
  const file = path.join(folder, `register-${String(count)}.sqlite`);
  const start = performance.now();
  openDatabase(file).close();
  seedRegister(file, count);
  say(
    `${count.toLocaleString('da-DK')} partnerships generated in ${String(Math.round(performance.now() - start))} ms`,
  );
  return file;
}

async function main(): Promise<number> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-bench-'));
  const metrics: Metric[] = [];
  const add = (found: Metric | Metric[]) => {
    for (const m of [found].flat()) {
      metrics.push(m);
      say(`${m.name} = ${String(m.value)} ${m.unit}`);
    }
  };
  try {
    // The Word agreement first, while the heap is small: the import's garbage would tax it.
    say('Word agreement …');
    add(await agreementMetric(folder, ROUNDS * 2));
    const small = register(folder, 10_000);
    say('register list and search …');
    add((await registerMetrics(small, ROUNDS)).metrics);
    if (!quick) {
      const large = register(folder, 100_000);
      add(await scalingMetric(small, large, ROUNDS));
    }
    say('XLSX import …');
    add(await importMetric(small, folder, quick ? 2 : 3));
    say('startup …');
    add(await startupMetrics(small, quick ? 3 : 5));
    say('500 agreements …');
    add(await bulkAgreementMetrics(small));
    const matrixFile = register(folder, 2_000);
    const browser = await launchChromium();
    try {
      say('register view in Chromium …');
      add(await registerViewMetrics(browser, small));
      say('matrix in Chromium …');
      add(await matrixMetrics(browser, matrixFile));
    } finally {
      await browser.close();
    }
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
  process.stdout.write(json ? `${JSON.stringify({ metrics }, null, 2)}\n` : `${table(metrics)}\n`);
  return metrics.every((m) => m.ok) ? 0 : 1;
}

process.exitCode = await main();
