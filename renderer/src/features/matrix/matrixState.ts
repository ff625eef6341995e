import type { Cell } from '../../../../shared/domain';
import { createSharedState } from '../../components/sharedState';

/*
 * Held here rather than in the matrix view, so that only the few components that read them
 * redraw when they change, not the page with its filters.
 */

/** The partnership chosen on the canvas. */
export const SelectedPartnership = createSharedState<number | null>(null);

/** The cell under a node while it is dragged: where it lands if it is let go now. */
export const DropTarget = createSharedState<Cell | null>(null);
