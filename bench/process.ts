import { median } from './measure';
import { metric, type Metric } from './metrics';
import { runChild } from './children/run';

/** Opening the register in fresh processes: startup time and resident memory, medians of `rounds`. */
export async function startupMetrics(file: string, rounds: number): Promise<Metric[]> {
  const runs: { startupMs: number; rssMb: number }[] = [];
  for (let i = 0; i < rounds; i++) runs.push(await runChild('startup.ts', file));
  return [
    metric('startup.services.ms', median(runs.map((r) => r.startupMs)), 'ms'),
    metric('main.rss.mb', median(runs.map((r) => r.rssMb)), 'MB'),
  ];
}

/** 500 agreements in a row in a fresh process: seconds and the process's peak memory. */
export async function bulkAgreementMetrics(file: string): Promise<Metric[]> {
  const run = await runChild<{ seconds: number; peakRssMb: number }>('bulkAgreements.ts', file);
  return [
    metric('agreements.bulk500.s', run.seconds, 's'),
    metric('agreements.bulk500.peak_rss_mb', run.peakRssMb, 'MB'),
  ];
}
