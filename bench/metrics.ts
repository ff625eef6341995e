/** One result of `npm run bench`; names stay fixed so results compare over time. */
export interface Metric {
  name: string;
  value: number;
  unit: string;
  /** The largest acceptable value, or null when the metric is only reported. */
  goal: number | null;
  ok: boolean;
}

export function metric(name: string, value: number, unit: string, goal: number | null = null): Metric {
  const rounded = Number(value.toPrecision(3));
  return { name, value: rounded, unit, goal, ok: goal === null || rounded <= goal };
}

/** The metrics as a plain-text table for people. */
export function table(metrics: readonly Metric[]): string {
  const rows = metrics.map((m) => [
    m.ok ? 'ok' : 'FAIL',
    m.name,
    `${String(m.value)} ${m.unit}`,
    m.goal === null ? '(reported)' : `≤ ${String(m.goal)}`,
  ]);
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ')).join('\n');
}
