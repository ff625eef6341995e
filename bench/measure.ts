export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)] ?? 0;
}

/** CPU milliseconds this process has used (all its threads, garbage collection included). */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * CPU milliseconds per call of `work`, over a batch long enough (≥ `minMs`) to even out the clock
 * and garbage collection. CPU
 * time, not wall time: on a shared machine, waiting for a core is not the work's cost.
 */
async function timePerCall(work: () => unknown, minMs: number): Promise<number> {
  let calls = 0;
  const start = cpuMs();
  let elapsed = 0;
  do {
    // Synchronous work is not awaited: an await would add its own cost to sub-millisecond calls.
    const result = work();
    if (result instanceof Promise) await result;
    calls++;
    elapsed = cpuMs() - start;
  } while (elapsed < minMs);
  return elapsed / calls;
}

export interface Comparison {
  baselineMs: number;
  subjectMs: number;
  /** The median of the per-round ratios subject / baseline. */
  ratio: number;
}

/**
 * Times `subject` against `baseline` in alternating rounds after a warm-up, so a noisy machine
 * slows both alike; the ratio is the median of each round's ratio.
 */
export async function compare(
  baseline: () => unknown,
  subject: () => unknown,
  rounds: number,
  minMs = 100,
): Promise<Comparison> {
  await timePerCall(baseline, minMs);
  await timePerCall(subject, minMs);
  const base: number[] = [];
  const subj: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < rounds; round++) {
    // Alternate who goes first, so neither always runs on a warmer cache.
    const first = round % 2 === 0;
    const b0 = first ? await timePerCall(baseline, minMs) : 0;
    const s = await timePerCall(subject, minMs);
    const b = first ? b0 : await timePerCall(baseline, minMs);
    base.push(b);
    subj.push(s);
    ratios.push(s / b);
  }
  return { baselineMs: median(base), subjectMs: median(subj), ratio: median(ratios) };
}

/** Each call's own time in ms, after `warmUp` untimed calls. */
export async function samples(work: () => unknown, count: number, warmUp = 3): Promise<number[]> {
  for (let i = 0; i < warmUp; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return times;
}
