import type { MenuItemConstructorOptions } from 'electron';

/** What the menu's own items do; the shell supplies them (Electron's shell, dialogs). */
export interface MenuActions {
  openDataFolder(): void;
  openLogFolder(): void;
  showAbout(): void;
}

export interface MenuContext {
  /** macOS puts the app's own menu first; Windows and Linux do not have one. */
  isMac: boolean;
  /** Developer tools are for development builds only. */
  isPackaged: boolean;
}

/**
 * The Danish application menu: Filer, Rediger, Vis, Hjælp, with the shortcuts every Office user
 * knows. Labels are set explicitly because Electron's role labels follow the OS language, and a
 * Danish app on an English Windows would otherwise show "Undo" and "Paste".
 */
export function applicationMenu(actions: MenuActions, context: MenuContext): MenuItemConstructorOptions[] {
  const file: MenuItemConstructorOptions = {
    label: 'Filer',
    submenu: [
      { label: 'Åbn mappen med registret', click: () => actions.openDataFolder() },
      { type: 'separator' },
      context.isMac
        ? { label: 'Luk vindue', role: 'close', accelerator: 'CmdOrCtrl+W' }
        : { label: 'Afslut', role: 'quit', accelerator: 'Ctrl+Q' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Rediger',
    submenu: [
      { label: 'Fortryd', role: 'undo', accelerator: 'CmdOrCtrl+Z' },
      { label: 'Annuller fortryd', role: 'redo', accelerator: context.isMac ? 'Shift+Cmd+Z' : 'Ctrl+Y' },
      { type: 'separator' },
      { label: 'Klip', role: 'cut', accelerator: 'CmdOrCtrl+X' },
      { label: 'Kopiér', role: 'copy', accelerator: 'CmdOrCtrl+C' },
      { label: 'Sæt ind', role: 'paste', accelerator: 'CmdOrCtrl+V' },
      { label: 'Markér alt', role: 'selectAll', accelerator: 'CmdOrCtrl+A' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'Vis',
    submenu: [
      { label: 'Genindlæs', role: 'reload', accelerator: 'CmdOrCtrl+R' },
      { type: 'separator' },
      { label: 'Normal størrelse', role: 'resetZoom', accelerator: 'CmdOrCtrl+0' },
      { label: 'Zoom ind', role: 'zoomIn', accelerator: 'CmdOrCtrl+Plus' },
      { label: 'Zoom ud', role: 'zoomOut', accelerator: 'CmdOrCtrl+-' },
      { type: 'separator' },
      { label: 'Fuld skærm', role: 'togglefullscreen', accelerator: context.isMac ? 'Ctrl+Cmd+F' : 'F11' },
      ...(context.isPackaged
        ? []
        : [
            { label: 'Udviklerværktøjer', role: 'toggleDevTools', accelerator: 'CmdOrCtrl+Shift+I' } as const,
          ]),
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: 'Hjælp',
    role: 'help',
    submenu: [
      { label: 'Åbn logmappen', click: () => actions.openLogFolder() },
      { type: 'separator' },
      { label: 'Om Samspil', click: () => actions.showAbout() },
    ],
  };
  return [...(context.isMac ? [{ label: 'Samspil', role: 'appMenu' } as const] : []), file, edit, view, help];
}
