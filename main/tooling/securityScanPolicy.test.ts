import { describe, expect, it } from 'vitest';
import { allowListProblems, judgeFindings } from './securityScanPolicy';

const high = { id: 'CONTEXT_ISOLATION_JS_CHECK', file: 'main/app/index.ts', severity: 'HIGH' };
const medium = { id: 'CSP_GLOBAL_CHECK', file: 'N/A', severity: 'MEDIUM' };
const reason = 'The options come from windowOptions.ts, where contextIsolation is true and tested.';

describe('the security scan policy', () => {
  it('fails on a high-severity finding that nobody explained', () => {
    expect(judgeFindings([high, medium], []).failing).toEqual([high]);
  });

  it('passes a high-severity finding the allow-list explains, and lets medium ones through', () => {
    const entry = { check: high.id, file: high.file, reason };
    expect(judgeFindings([high, medium], [entry])).toEqual({ failing: [], explained: [high], stale: [] });
  });

  it('does not let an explanation for one file cover another', () => {
    const entry = { check: high.id, file: 'main/app/other.ts', reason };
    expect(judgeFindings([high], [entry])).toMatchObject({ failing: [high], stale: [entry] });
  });

  it('requires a written reason for every entry', () => {
    expect(allowListProblems([{ check: high.id, file: high.file, reason }])).toEqual([]);
    expect(allowListProblems([{ check: high.id, file: high.file, reason: 'ok' }])).toHaveLength(1);
    expect(allowListProblems([{ check: high.id, reason }])).toHaveLength(1);
    expect(allowListProblems({})).toHaveLength(1);
  });
});
