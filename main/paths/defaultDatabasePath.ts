import os from 'node:os';
import path from 'node:path';

export const APP_FOLDER_NAME = 'Samspil';
export const DATABASE_FILE_NAME = 'samspil.sqlite';

/**
 * The register's default location: the same folder Electron's `app.getPath('userData')` gives
 * for a product named Samspil, so the desktop app, browser mode and the CLI share one file.
 */
export function defaultDataFolder(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  if (platform === 'win32')
    return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), APP_FOLDER_NAME);
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', APP_FOLDER_NAME);
  return path.posix.join(env.XDG_CONFIG_HOME || path.posix.join(home, '.config'), APP_FOLDER_NAME);
}

export function defaultDatabasePath(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  const folder = defaultDataFolder(platform, env, home);
  return platform === 'win32'
    ? path.win32.join(folder, DATABASE_FILE_NAME)
    : path.posix.join(folder, DATABASE_FILE_NAME);
}
