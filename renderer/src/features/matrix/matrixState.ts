import type { Quadrant } from '../../../../shared/domain';
import { createSharedState } from '../../components/sharedState';

/*
 * Both change in the middle of a drag (a node is picked up and selected; it crosses into another
 * cell). Held here rather than in the matrix view, only the side panel and the canvas redraw, not
 * the page with its filters, so picking up a node or crossing a cell does not stutter.
 */

/** The partnership chosen on the canvas. */
export const SelectedPartnership = createSharedState<number | null>(null);

/** The quadrant under a node while it is dragged. */
export const DragQuadrant = createSharedState<Quadrant | null>(null);
