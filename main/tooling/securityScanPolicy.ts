// Which electronegativity findings fail `npm run security:scan`: every HIGH one that the
// allow-list (main/security/electronegativity-allowlist.json) does not explain.

export const FAILING_SEVERITY = 'HIGH';

export interface Finding {
  id: string;
  file: string;
  severity: string;
}

export interface AllowListEntry {
  check: string;
  file: string;
  reason: string;
}

/**
 * Checks the allow-list itself: every entry names a check and a file and gives a written reason.
 * Returns what is wrong with it.
 */
export function allowListProblems(allowList: unknown): string[] {
  if (!Array.isArray(allowList)) return ['tilladelseslisten skal være en liste'];
  return allowList.flatMap((raw: unknown, index) => {
    const entry = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<string, unknown>>;
    const ok =
      typeof entry.check === 'string' &&
      typeof entry.file === 'string' &&
      typeof entry.reason === 'string' &&
      entry.reason.trim().length >= 20;
    return ok ? [] : [`post ${String(index + 1)} mangler check, file eller en begrundelse (mindst 20 tegn)`];
  });
}

const explains = (entry: AllowListEntry, finding: Finding) =>
  entry.check === finding.id && entry.file === finding.file;

/**
 * Sorts findings ({ id, file, severity }) into the ones that fail the scan (HIGH and not
 * explained), the explained ones, and allow-list entries that no longer match anything (so
 * the list never keeps an explanation for a finding that is gone).
 */
export function judgeFindings<F extends Finding>(
  findings: readonly F[],
  allowList: readonly AllowListEntry[],
) {
  const explained = findings.filter((f) => allowList.some((entry) => explains(entry, f)));
  return {
    failing: findings.filter((f) => f.severity === FAILING_SEVERITY && !explained.includes(f)),
    explained,
    stale: allowList.filter((entry) => !findings.some((f) => explains(entry, f))),
  };
}
