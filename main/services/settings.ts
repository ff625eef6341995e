import { type Settings, settingsSchema } from '../../shared/api';
import { DEFAULT_RENEWAL_WINDOW_DAYS } from '../../shared/domain';
import type { Repositories } from '../db/repositories';

const DEFAULTS: Settings = { renewalWindowDays: DEFAULT_RENEWAL_WINDOW_DAYS };

export function createSettingsService(repos: Repositories) {
  return {
    /** Stored values over the defaults; a stored value that no longer validates falls back. */
    get(): Settings {
      const stored = {
        renewalWindowDays: repos.settings.get('renewalWindowDays') ?? DEFAULTS.renewalWindowDays,
      };
      const parsed = settingsSchema.safeParse(stored);
      return parsed.success ? parsed.data : DEFAULTS;
    },
    update(settings: Settings): Settings {
      repos.transaction(() => {
        for (const [key, value] of Object.entries(settings)) repos.settings.set(key, value);
      });
      return settings;
    },
  };
}
export type SettingsService = ReturnType<typeof createSettingsService>;
