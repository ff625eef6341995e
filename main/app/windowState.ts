/** A rectangle on the desktop, in Electron's screen coordinates. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What is saved when the window closes. */
export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

/** Where the window opens: a position only when the saved one is still on a screen. */
export interface RestoredWindow {
  bounds: Partial<Pick<Rect, 'x' | 'y'>> & Pick<Rect, 'width' | 'height'>;
  maximized: boolean;
}

export interface WindowSizes {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
}

const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** The saved state if it is well-formed, else null (a hand-edited or half-written file). */
export function parseWindowState(value: unknown): WindowState | null {
  if (typeof value !== 'object' || value === null) return null;
  const { bounds, maximized } = value as Partial<Record<keyof WindowState, unknown>>;
  if (typeof bounds !== 'object' || bounds === null) return null;
  const { x, y, width, height } = bounds as Partial<Record<keyof Rect, unknown>>;
  if (![x, y, width, height].every(isFiniteNumber)) return null;
  return {
    bounds: { x: x as number, y: y as number, width: width as number, height: height as number },
    maximized: maximized === true,
  };
}

function overlapArea(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high);

/**
 * Where to open the window, given what was saved and the screens' work areas now. A window
 * left on a screen that has since been unplugged (a docking station at the town hall, a
 * projector) opens centred on the main screen instead of out of sight; one that is partly off
 * its screen is pulled fully onto it; no window is larger than its screen or smaller than the
 * minimum.
 */
export function restoreWindowState(
  saved: unknown,
  workAreas: readonly Rect[],
  sizes: WindowSizes,
): RestoredWindow {
  const state = parseWindowState(saved);
  const primary = workAreas[0];
  const fit = (width: number, height: number, area: Rect | undefined) => ({
    width: Math.round(clamp(width, sizes.minWidth, Math.max(sizes.minWidth, area?.width ?? width))),
    height: Math.round(clamp(height, sizes.minHeight, Math.max(sizes.minHeight, area?.height ?? height))),
  });
  if (!state) return { bounds: fit(sizes.width, sizes.height, primary), maximized: false };

  const screen = [...workAreas]
    .map((area) => ({ area, overlap: overlapArea(state.bounds, area) }))
    .sort((a, b) => b.overlap - a.overlap)[0];
  if (!screen || screen.overlap === 0) {
    return { bounds: fit(state.bounds.width, state.bounds.height, primary), maximized: state.maximized };
  }
  const { area } = screen;
  const size = fit(state.bounds.width, state.bounds.height, area);
  return {
    bounds: {
      x: Math.round(clamp(state.bounds.x, area.x, area.x + area.width - size.width)),
      y: Math.round(clamp(state.bounds.y, area.y, area.y + area.height - size.height)),
      ...size,
    },
    maximized: state.maximized,
  };
}
