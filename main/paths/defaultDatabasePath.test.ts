import { describe, expect, it } from 'vitest';
import { defaultDatabasePath } from './defaultDatabasePath';

describe('defaultDatabasePath', () => {
  it("matches Electron's userData folder for Samspil on each platform", () => {
    expect(defaultDatabasePath('linux', {}, '/home/konsulent')).toBe(
      '/home/konsulent/.config/Samspil/samspil.sqlite',
    );
    expect(defaultDatabasePath('linux', { XDG_CONFIG_HOME: '/data/cfg' }, '/home/k')).toBe(
      '/data/cfg/Samspil/samspil.sqlite',
    );
    expect(defaultDatabasePath('darwin', {}, '/Users/k')).toBe(
      '/Users/k/Library/Application Support/Samspil/samspil.sqlite',
    );
    expect(defaultDatabasePath('win32', { APPDATA: 'C:\\Users\\k\\AppData\\Roaming' }, 'C:\\Users\\k')).toBe(
      'C:\\Users\\k\\AppData\\Roaming\\Samspil\\samspil.sqlite',
    );
  });
});
