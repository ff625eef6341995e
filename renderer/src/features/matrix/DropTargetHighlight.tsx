import { tokens } from '@fluentui/react-components';
import { quadrantOf, type MatrixGeometry } from '../../../../shared/domain';
import { DropTarget } from './matrixState';

/**
 * The cell a dragged node lands in if it is let go now, marked on the canvas with its quadrant.
 * It lies over the nodes on its own compositor layer: anything drawn
 * under or among the 2,000 nodes makes Chromium paint them all again when it changes. It stays
 * in the page, hidden between drags, so a drag adds no layer.
 */
export function DropTargetHighlight({ geometry }: { geometry: MatrixGeometry }) {
  const target = DropTarget.useValue();
  const lane = target && geometry.lanes.find((l) => l.volunteerType === target.volunteerType);
  const band = target && geometry.bands.find((b) => b.involvement === target.involvement);
  return (
    <div
      aria-hidden="true"
      data-testid="drop-target"
      data-cell={target ? `${target.volunteerType}/${target.involvement}` : undefined}
      style={{
        visibility: lane && band ? 'visible' : 'hidden',
        willChange: 'transform',
        position: 'absolute',
        left: lane?.x,
        top: band?.y,
        width: lane?.width,
        height: band?.height,
        boxSizing: 'border-box',
        // Over the nodes, a selected one (1000) too; the dragged node's copy is above the canvas.
        zIndex: 1500,
        pointerEvents: 'none',
        border: `6px solid ${tokens.colorBrandStroke1}`,
        background: 'rgba(15, 108, 189, 0.06)',
        display: 'flex',
        // At the top right of the cell, across from its count.
        alignItems: 'flex-start',
        justifyContent: 'flex-end',
        padding: '0 12px',
        fontFamily: tokens.fontFamilyBase,
        fontSize: 40,
        fontWeight: 700,
        color: tokens.colorBrandForeground1,
      }}
    >
      {target && `Kvadrant ${String(quadrantOf(target.volunteerType, target.involvement))}`}
    </div>
  );
}
