import { describe, expect, it } from 'vitest';
import type { MatrixGeometry } from '../../../../shared/domain';
import { TITLE_HEIGHT } from './MatrixBackground';
import { lowestZoom, openingView, wholeMatrix } from './zoom';

const matrix = (width: number, height: number): MatrixGeometry => ({ lanes: [], bands: [], width, height });
// A small portfolio, and a big one whose fullest cell makes the matrix ten times taller than wide.
const small = matrix(3_000, 1_500);
const tall = matrix(3_000, 30_000);
const CANVAS = [1_200, 600] as const;

/** Where the matrix, titles included, lands on the canvas in `view`. */
function onCanvas(geometry: MatrixGeometry, view: { x: number; y: number; zoom: number }) {
  return {
    left: view.x,
    top: view.y - TITLE_HEIGHT * view.zoom,
    right: view.x + geometry.width * view.zoom,
    bottom: view.y + geometry.height * view.zoom,
  };
}

describe('the matrix zoom', () => {
  it('lets a small matrix be zoomed out to 0.15, beyond its fit', () => {
    expect(wholeMatrix(small, ...CANVAS).zoom).toBeGreaterThan(0.15);
    expect(lowestZoom(small, ...CANVAS)).toBe(0.15);
  });

  it('lets a tall matrix be zoomed out until all of it is in view', () => {
    const lowest = lowestZoom(tall, ...CANVAS);
    expect(lowest).toBeLessThan(0.15);
    expect(lowest).toBe(wholeMatrix(tall, ...CANVAS).zoom);
    const box = onCanvas(tall, wholeMatrix(tall, ...CANVAS));
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(CANVAS[1]);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(CANVAS[0]);
  });

  it('keeps the rule before the canvas has a size', () => {
    expect(lowestZoom(tall, 0, 0)).toBe(0.15);
  });

  it('opens a small matrix whole, and a tall one at its top, centred across, at 0.15', () => {
    expect(openingView(small, ...CANVAS)).toEqual(wholeMatrix(small, ...CANVAS));
    const view = openingView(tall, ...CANVAS);
    expect(view.zoom).toBe(0.15);
    const box = onCanvas(tall, view);
    expect(box.top).toBeGreaterThan(0);
    expect(box.top).toBeLessThan(CANVAS[1] * 0.05);
    expect(box.bottom).toBeGreaterThan(CANVAS[1]);
    expect(box.left + box.right).toBeCloseTo(CANVAS[0]);
  });
});
