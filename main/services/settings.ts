import { type Settings, settingsSchema } from '../../shared/api';
import { DEFAULT_CLAUSES, DEFAULT_RENEWAL_WINDOW_DAYS } from '../../shared/domain';
import type { Repositories } from '../db/repositories';

const DEFAULTS: Settings = {
  renewalWindowDays: DEFAULT_RENEWAL_WINDOW_DAYS,
  municipalityName: '',
  municipalityAddress: '',
  documentFooter: '',
  clauses: DEFAULT_CLAUSES,
};

const KEYS = Object.keys(DEFAULTS) as (keyof Settings)[];

export function createSettingsService(repos: Repositories) {
  return {
    /** Stored values over the defaults, key by key; a stored value that no longer validates falls back. */
    get(): Settings {
      const settings: Record<string, unknown> = {};
      for (const key of KEYS) {
        const stored = repos.settings.get(key);
        const field = settingsSchema.shape[key];
        const merged =
          key === 'clauses' && stored && typeof stored === 'object'
            ? { ...DEFAULTS.clauses, ...stored }
            : stored;
        settings[key] =
          merged !== undefined && field.safeParse(merged).success ? field.parse(merged) : DEFAULTS[key];
      }
      return settings as Settings;
    },
    update(patch: Partial<Settings>): Settings {
      repos.transaction(() => {
        for (const [key, value] of Object.entries(patch)) repos.settings.set(key, value);
      });
      return this.get();
    },
  };
}
export type SettingsService = ReturnType<typeof createSettingsService>;
