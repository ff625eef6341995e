import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { applicationMenu, type MenuActions } from './menu';

const actions = (): MenuActions => ({ openDataFolder: vi.fn(), openLogFolder: vi.fn(), showAbout: vi.fn() });
const WINDOWS = { isMac: false, isPackaged: true };

const items = (menu: MenuItemConstructorOptions[], label: string) =>
  (menu.find((m) => m.label === label)?.submenu ?? []) as MenuItemConstructorOptions[];
const item = (menu: MenuItemConstructorOptions[], top: string, label: string) => {
  const found = items(menu, top).find((m) => m.label === label);
  if (!found) throw new Error(`${top} › ${label} is missing`);
  return found;
};
const click = (entry: MenuItemConstructorOptions) => (entry.click as unknown as () => void | undefined)();

describe('the application menu', () => {
  it('has the Danish menus Filer, Rediger, Vis and Hjælp, in that order', () => {
    expect(applicationMenu(actions(), WINDOWS).map((m) => m.label)).toEqual([
      'Filer',
      'Rediger',
      'Vis',
      'Hjælp',
    ]);
  });

  it('uses the usual shortcuts, with Danish labels', () => {
    const menu = applicationMenu(actions(), WINDOWS);
    const shortcuts = Object.fromEntries(
      ['Rediger', 'Vis', 'Filer'].flatMap((top) =>
        items(menu, top)
          .filter((m) => m.label)
          .map((m) => [m.label, m.accelerator]),
      ),
    );
    expect(shortcuts).toMatchObject({
      Afslut: 'Ctrl+Q',
      Fortryd: 'CmdOrCtrl+Z',
      'Annuller fortryd': 'Ctrl+Y',
      Klip: 'CmdOrCtrl+X',
      Kopiér: 'CmdOrCtrl+C',
      'Sæt ind': 'CmdOrCtrl+V',
      'Markér alt': 'CmdOrCtrl+A',
      'Zoom ind': 'CmdOrCtrl+Plus',
      'Zoom ud': 'CmdOrCtrl+-',
      'Fuld skærm': 'F11',
    });
    expect(item(menu, 'Rediger', 'Sæt ind').role).toBe('paste');
  });

  it('opens the log folder, the data folder and the about box through the given actions', () => {
    const wired = actions();
    const menu = applicationMenu(wired, WINDOWS);
    click(item(menu, 'Hjælp', 'Åbn logmappen'));
    expect(wired.openLogFolder).toHaveBeenCalledOnce();
    click(item(menu, 'Filer', 'Åbn mappen med registret'));
    expect(wired.openDataFolder).toHaveBeenCalledOnce();
    click(item(menu, 'Hjælp', 'Om Samspil'));
    expect(wired.showAbout).toHaveBeenCalledOnce();
  });

  it('offers the developer tools only in a development build', () => {
    const labels = (isPackaged: boolean) =>
      items(applicationMenu(actions(), { isMac: false, isPackaged }), 'Vis').map((m) => m.label);
    expect(labels(true)).not.toContain('Udviklerværktøjer');
    expect(labels(false)).toContain('Udviklerværktøjer');
  });

  it("puts macOS's app menu first and closes the window with Cmd+W there", () => {
    const menu = applicationMenu(actions(), { isMac: true, isPackaged: true });
    expect(menu.map((m) => m.label)).toEqual(['Samspil', 'Filer', 'Rediger', 'Vis', 'Hjælp']);
    expect(item(menu, 'Filer', 'Luk vindue').accelerator).toBe('CmdOrCtrl+W');
  });
});
