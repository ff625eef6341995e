import { getViewportForBounds, type Rect, type Viewport } from '@xyflow/react';
import type { MatrixGeometry } from '../../../../shared/domain';
import { TITLE_HEIGHT } from './MatrixBackground';

/** How far out the matrix opens at most: nodes are still shapes in their colours there. */
const READABLE_ZOOM = 0.15;

export const MAX_ZOOM = 2;

/** The room left around the matrix when it is fitted, as React Flow's padding (a share of the canvas). */
const FIT_PADDING = 0.03;

/** The whole matrix, empty cells and titles included: what "fit" shows, not just the nodes. */
const matrixBounds = (geometry: MatrixGeometry): Rect => ({
  x: 0,
  y: -TITLE_HEIGHT,
  width: geometry.width,
  height: geometry.height + TITLE_HEIGHT,
});

/** The view that shows the whole matrix in a canvas of this size. */
export const wholeMatrix = (geometry: MatrixGeometry, canvasWidth: number, canvasHeight: number): Viewport =>
  getViewportForBounds(matrixBounds(geometry), canvasWidth, canvasHeight, 0, MAX_ZOOM, FIT_PADDING);

/**
 * The lowest zoom for a canvas of this size: the whole matrix can always be seen at once, however
 * tall a big portfolio's fullest cell has grown (a fixed floor of 0.15 once left 700 partnerships
 * taller than a laptop's window), and small portfolios can still be zoomed out to 0.15.
 */
export function lowestZoom(geometry: MatrixGeometry, canvasWidth: number, canvasHeight: number): number {
  if (canvasWidth <= 0 || canvasHeight <= 0) return READABLE_ZOOM;
  return Math.min(READABLE_ZOOM, wholeMatrix(geometry, canvasWidth, canvasHeight).zoom);
}

/**
 * The view the matrix opens in: all of it when it can be read that way; otherwise its top (titles
 * and the high-involvement band) at the zoom where nodes are still shapes, centred across, to be
 * scrolled down or zoomed out from. All of a big portfolio's nodes in the page at once also makes
 * every drag slower (see bench/README.md), a cost the consultant then chooses by zooming out.
 */
export function openingView(geometry: MatrixGeometry, canvasWidth: number, canvasHeight: number): Viewport {
  const whole = wholeMatrix(geometry, canvasWidth, canvasHeight);
  if (whole.zoom >= READABLE_ZOOM) return whole;
  const bounds = matrixBounds(geometry);
  return {
    zoom: READABLE_ZOOM,
    x: (canvasWidth - bounds.width * READABLE_ZOOM) / 2 - bounds.x * READABLE_ZOOM,
    y: canvasHeight * FIT_PADDING - bounds.y * READABLE_ZOOM,
  };
}
