import { tokens } from '@fluentui/react-components';
import { useLayoutEffect, useRef, type CSSProperties } from 'react';
import { quadrantOf, type MatrixGeometry } from '../../../../shared/domain';
import { DropTarget } from './matrixState';

const MARK: CSSProperties = {
  position: 'absolute',
  boxSizing: 'border-box',
  // Over the nodes, a selected one (1000) too; the dragged node's copy is above the canvas.
  zIndex: 1500,
  pointerEvents: 'none',
  // Shown only by the drag's animations (below).
  opacity: 0,
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
};

const held = (opacity: number) => [{ opacity }, { opacity }];

/**
 * The cell a dragged node lands in if it is let go now, marked on the canvas with its quadrant.
 * Every cell has its mark in the page, over the nodes, and while a node is dragged each mark's
 * opacity is held by a standing animation whose keyframes say which one shows. Chromium then
 * shows another cell's mark in the compositor; a mark moved, redrawn or shown through its style
 * made it sort the whole canvas into layers again each time the pointer crossed into another cell
 * (30–40 ms with 2,000 nodes in view). Between drags no animation runs, so an idle canvas draws
 * no frames.
 */
export function DropTargetHighlight({ geometry }: { geometry: MatrixGeometry }) {
  const target = DropTarget.useValue();
  const shown = target && `${target.volunteerType}/${target.involvement}`;
  const marks = useRef(new Map<string, HTMLDivElement>());
  const animations = useRef<Map<string, KeyframeEffect> | null>(null);
  const dragging = target !== null;
  useLayoutEffect(() => {
    if (!dragging) return;
    const running = new Map<string, Animation>();
    for (const [cell, mark] of marks.current) {
      const animation = new Animation(
        new KeyframeEffect(mark, held(0), { duration: 1000, iterations: Infinity }),
      );
      animation.play();
      running.set(cell, animation);
    }
    animations.current = new Map([...running].map(([cell, a]) => [cell, a.effect as KeyframeEffect]));
    return () => {
      for (const animation of running.values()) animation.cancel();
      animations.current = null;
    };
  }, [dragging]);
  useLayoutEffect(() => {
    for (const [cell, effect] of animations.current ?? []) effect.setKeyframes(held(cell === shown ? 1 : 0));
  }, [shown, dragging]);

  return geometry.bands.flatMap((band) =>
    geometry.lanes.map((lane) => {
      const cell = `${lane.volunteerType}/${band.involvement}`;
      return (
        <div
          key={cell}
          ref={(mark) => {
            if (mark) marks.current.set(cell, mark);
            else marks.current.delete(cell);
          }}
          aria-hidden="true"
          // Only the shown mark is "the drop target": a hidden one never counts as one.
          data-testid={cell === shown ? 'drop-target' : undefined}
          data-cell={cell}
          style={{ ...MARK, left: lane.x, top: band.y, width: lane.width, height: band.height }}
        >
          Kvadrant {quadrantOf(lane.volunteerType, band.involvement)}
        </div>
      );
    }),
  );
}
