import type { BrowserWindowConstructorOptions } from 'electron';
import type { RestoredWindow, WindowSizes } from './windowState';

/** The window's default and smallest size (the register's columns need 960 pixels). */
export const WINDOW_SIZES: WindowSizes = { width: 1280, height: 820, minWidth: 960, minHeight: 600 };

/**
 * The main window's options. Security-relevant settings are spelled out even where they are
 * Electron's defaults, so a future default change or a careless edit shows up in the tests.
 */
export function mainWindowOptions(
  preloadPath: string,
  bounds: RestoredWindow['bounds'] = WINDOW_SIZES,
): BrowserWindowConstructorOptions {
  return {
    width: bounds.width,
    height: bounds.height,
    ...(bounds.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : { center: true }),
    minWidth: WINDOW_SIZES.minWidth,
    minHeight: WINDOW_SIZES.minHeight,
    title: 'Samspil',
    show: false,
    backgroundColor: '#f5f5f5',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // A middle click cannot open a window either (electronegativity's AUXCLICK check).
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
      safeDialogs: true,
    },
  };
}
