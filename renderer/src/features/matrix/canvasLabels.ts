import type { AriaLabelConfig } from '@xyflow/react';

const DIRECTIONS: Record<string, string> = { up: 'op', down: 'ned', left: 'til venstre', right: 'til højre' };

/**
 * React Flow's texts for screen readers and its zoom buttons, in Danish and in the matrix's terms.
 * The canvas's own coordinates mean nothing to a consultant, so a keyboard move says only where
 * the partnership went; a move into another cell then asks for the reason aloud anyway.
 */
export const CANVAS_LABELS: Partial<AriaLabelConfig> = {
  // React Flow's names are the wrong way round: «keyboardDisabled» is the help it gives when the
  // keyboard can move nodes, as here; «default» only when it cannot.
  'node.a11yDescription.keyboardDisabled':
    'Tryk Enter eller mellemrum for at vælge samarbejdet. Flyt det derefter med piletasterne (hold ' +
    'Skift nede for større skridt) til en anden celle for at omklassificere det, eller vælg den nye ' +
    'celle i sidepanelet.',
  'node.a11yDescription.ariaLiveMessage': ({ direction }) =>
    `Samarbejdet er flyttet ${DIRECTIONS[direction] ?? direction}.`,
  'controls.ariaLabel': 'Zoom og visning',
  'controls.zoomIn.ariaLabel': 'Zoom ind',
  'controls.zoomOut.ariaLabel': 'Zoom ud',
};
