import { describe, expect, it } from 'vitest';
import { parseWindowState, restoreWindowState, type Rect } from './windowState';

const SIZES = { width: 1280, height: 820, minWidth: 960, minHeight: 600 };
const LAPTOP: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const MONITOR: Rect = { x: 1920, y: 0, width: 2560, height: 1400 };

const saved = (bounds: Rect, maximized = false) => ({ bounds, maximized });

describe('restoreWindowState', () => {
  it('opens where it was closed when that is still on a screen', () => {
    const bounds = { x: 2100, y: 100, width: 1500, height: 900 };
    expect(restoreWindowState(saved(bounds, true), [LAPTOP, MONITOR], SIZES)).toEqual({
      bounds,
      maximized: true,
    });
  });

  it('opens centred on the main screen when its screen is gone (no position given)', () => {
    const onUnpluggedMonitor = saved({ x: 2100, y: 100, width: 1500, height: 900 });
    expect(restoreWindowState(onUnpluggedMonitor, [LAPTOP], SIZES)).toEqual({
      bounds: { width: 1500, height: 900 },
      maximized: false,
    });
  });

  it('pulls a window that hangs off the edge fully onto its screen', () => {
    const hanging = saved({ x: 1500, y: -200, width: 1200, height: 800 });
    expect(restoreWindowState(hanging, [LAPTOP], SIZES).bounds).toEqual({
      x: 720,
      y: 0,
      width: 1200,
      height: 800,
    });
  });

  it('is never larger than its screen nor smaller than the minimum', () => {
    const huge = saved({ x: 0, y: 0, width: 5000, height: 3000 });
    expect(restoreWindowState(huge, [LAPTOP], SIZES).bounds).toEqual(LAPTOP);
    const tiny = saved({ x: 10, y: 10, width: 100, height: 50 });
    expect(restoreWindowState(tiny, [LAPTOP], SIZES).bounds).toEqual({
      x: 10,
      y: 10,
      width: 960,
      height: 600,
    });
  });

  it.each([
    null,
    undefined,
    'x',
    {},
    { bounds: { x: 1, y: 2, width: 'wide', height: 3 } },
    { bounds: { x: NaN } },
  ])('falls back to the default size for a broken saved state %j', (broken) => {
    expect(restoreWindowState(broken, [LAPTOP], SIZES)).toEqual({
      bounds: { width: 1280, height: 820 },
      maximized: false,
    });
  });

  it('parses only well-formed states', () => {
    expect(parseWindowState(saved({ x: 1, y: 2, width: 3, height: 4 }, true))).toEqual({
      bounds: { x: 1, y: 2, width: 3, height: 4 },
      maximized: true,
    });
    expect(parseWindowState({ bounds: { x: 1, y: 2, width: 3, height: Infinity } })).toBeNull();
  });
});
