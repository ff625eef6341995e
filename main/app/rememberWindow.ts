import fs from 'node:fs';
import path from 'node:path';
import { app, screen, type BrowserWindow } from 'electron';
import log from 'electron-log/main';
import { writeFileAtomic } from '../files/writeFileAtomic';
import { WINDOW_SIZES } from './windowOptions';
import { restoreWindowState, type RestoredWindow, type WindowState } from './windowState';

const stateFile = () => path.join(app.getPath('userData'), 'vindue.json');

/** Where the window opens: where it was closed, if that is still on one of today's screens. */
export function restoredWindow(): RestoredWindow {
  let saved: unknown = null;
  try {
    saved = JSON.parse(fs.readFileSync(stateFile(), 'utf8'));
  } catch {
    // First start, or an unreadable file: the default size, centred.
  }
  const primary = screen.getPrimaryDisplay();
  const displays = [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)];
  return restoreWindowState(
    saved,
    displays.map((d) => d.workArea),
    WINDOW_SIZES,
  );
}

/** Saves the window's place and size (its un-maximised bounds) each time it closes. */
export function rememberWindow(window: BrowserWindow): void {
  window.on('close', () => {
    const state: WindowState = { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
    try {
      writeFileAtomic(stateFile(), Buffer.from(JSON.stringify(state)), true);
    } catch (error) {
      log.warn('Could not save the window state', error);
    }
  });
}
