import { type Settings, settingsSchema } from '../../shared/api';
import {
  CLAUSE_KEYS,
  DEFAULT_CLAUSES,
  DEFAULT_RENEWAL_WINDOW_DAYS,
  DEFAULT_RETENTION_RULE,
  type ClauseVersion,
} from '../../shared/domain';
import type { Repositories } from '../db/repositories';

const DEFAULTS: Settings = {
  renewalWindowDays: DEFAULT_RENEWAL_WINDOW_DAYS,
  retentionYearsAfterEnd: DEFAULT_RETENTION_RULE.yearsAfterEnd,
  retentionYearsAfterVolunteerTerm: DEFAULT_RETENTION_RULE.yearsAfterVolunteerTerm,
  accessExportShowsUsers: true,
  municipalityName: '',
  municipalityAddress: '',
  documentFooter: '',
  clauses: DEFAULT_CLAUSES,
};

const KEYS = Object.keys(DEFAULTS) as (keyof Settings)[];

/** Where every saved wording of the standard clauses is kept, so an old agreement's text can be found. */
export const CLAUSE_VERSIONS_KEY = 'clauseVersions';

export function clauseVersionsOf(repos: Repositories): ClauseVersion[] {
  const stored = repos.settings.get(CLAUSE_VERSIONS_KEY);
  return Array.isArray(stored) ? (stored as ClauseVersion[]) : [];
}

export function createSettingsService(repos: Repositories, now: () => Date = () => new Date()) {
  /** One stored value over its default; a stored value that no longer validates falls back. */
  function valueOf<K extends keyof Settings>(key: K): Settings[K] {
    const stored = repos.settings.get(key);
    const field = settingsSchema.shape[key];
    const merged =
      key === 'clauses' && stored && typeof stored === 'object' ? { ...DEFAULTS.clauses, ...stored } : stored;
    const parsed = merged === undefined ? null : field.safeParse(merged);
    return parsed?.success ? (parsed.data as Settings[K]) : DEFAULTS[key];
  }

  return {
    /** Stored values over the defaults, key by key. */
    get(): Settings {
      const settings: Record<string, unknown> = {};
      for (const key of KEYS) settings[key] = valueOf(key);
      return settings as Settings;
    },
    /** Just the renewal window: every register read needs it, and reading all settings per row adds up. */
    renewalWindowDays: (): number => valueOf('renewalWindowDays'),
    update(patch: Partial<Settings>): Settings {
      const before = this.get().clauses;
      repos.transaction(() => {
        const changed = CLAUSE_KEYS.filter((key) => patch.clauses && patch.clauses[key] !== before[key]);
        if (changed.length > 0)
          repos.settings.set(CLAUSE_VERSIONS_KEY, [
            ...clauseVersionsOf(repos),
            ...changed.map((key) => ({ key, text: patch.clauses![key], savedAt: now().toISOString() })),
          ]);
        for (const [key, value] of Object.entries(patch)) repos.settings.set(key, value);
      });
      return this.get();
    },
  };
}
export type SettingsService = ReturnType<typeof createSettingsService>;
