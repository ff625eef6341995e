export interface Timing {
  median: number;
}

export interface Budget {
  name: string;
  ratio: number;
  limit: number;
}

const RUNS = 15;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median wall time of `work` over several runs, after one warm-up run. */
export function measure(work: () => unknown): Timing {
  work();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return { median: median(times) };
}

measure.async = async (work: () => Promise<unknown>): Promise<Timing> => {
  await work();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return { median: median(times) };
};
