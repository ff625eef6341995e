import type { AriaLabelConfig } from '@xyflow/react';

const DIRECTIONS: Record<string, string> = { up: 'op', down: 'ned', left: 'til venstre', right: 'til højre' };

/**
 * React Flow's texts for screen readers and its zoom buttons, in Danish and in the matrix's terms.
 * The canvas's own coordinates mean nothing to a consultant, so a keyboard move says only where
 * the partnership went; a move into another cell then asks for the reason aloud anyway.
 */
export const CANVAS_LABELS: Partial<AriaLabelConfig> = {
  'node.a11yDescription.default': 'Tryk Enter eller mellemrum for at vælge samarbejdet.',
  'node.a11yDescription.keyboardDisabled':
    'Tryk Enter eller mellemrum for at vælge samarbejdet, og flyt det derefter med piletasterne ' +
    '(hold Skift nede for større skridt) til en anden celle for at omklassificere det.',
  'node.a11yDescription.ariaLiveMessage': ({ direction }) =>
    `Samarbejdet er flyttet ${DIRECTIONS[direction] ?? direction}.`,
  'controls.ariaLabel': 'Zoom',
  'controls.zoomIn.ariaLabel': 'Zoom ind',
  'controls.zoomOut.ariaLabel': 'Zoom ud',
};
