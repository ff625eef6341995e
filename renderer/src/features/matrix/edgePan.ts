/** How near the canvas's edge, in screen pixels, a dragged node starts to pan the canvas. */
export const EDGE_ZONE = 40;
/** Screen pixels the canvas pans per frame with the pointer at (or past) its very edge. */
export const EDGE_PAN_SPEED = 15;

/** How far into the zone `value` is on one axis of a box `size` long: -1 … 1, 0 outside it. */
function depth(value: number, size: number): number {
  if (value < EDGE_ZONE) return Math.min(EDGE_ZONE - value, EDGE_ZONE) / EDGE_ZONE;
  if (value > size - EDGE_ZONE) return -Math.min(value - (size - EDGE_ZONE), EDGE_ZONE) / EDGE_ZONE;
  return 0;
}

/**
 * Our own copy of the rule of React Flow's drag (`calcAutoPan` in @xyflow/system, which is not a
 * dependency of ours). The pan per frame while a node is dragged with the pointer at `pointer` (relative to the
 * canvas's top-left) in a canvas of `size`: towards the edge the pointer is near, faster the
 * nearer it is, as React Flow's own drag does, so a node can be taken to a cell out of view.
 * Positive x shows more of the left, positive y more of the top.
 */
export function edgePan(
  pointer: { x: number; y: number },
  size: { width: number; height: number },
): { x: number; y: number } {
  return {
    x: depth(pointer.x, size.width) * EDGE_PAN_SPEED,
    y: depth(pointer.y, size.height) * EDGE_PAN_SPEED,
  };
}
