import { makeStyles, tokens } from '@fluentui/react-components';
import { useStoreApi, type XYPosition } from '@xyflow/react';
import { useCallback, useEffect, useRef, type PointerEvent as ReactPointerEvent, type Ref } from 'react';
import { NODE_HEIGHT, NODE_WIDTH, cellAt, cellKey, type MatrixGeometry } from '../../../../shared/domain';
import { edgePan } from './edgePan';
import { DropTarget } from './matrixState';
import type { PartnershipFlowNode } from './PartnershipNode';

/**
 * Every node's `dragHandle`: a selector no element matches, so React Flow never starts its own
 * mouse drag (which moves the node in its store, over all 2,000 nodes, on every mouse move), yet
 * still counts the nodes as draggable: arrow keys move a selected node, and pressing a node does
 * not pan the canvas.
 */
export const NO_DRAG_HANDLE = '.samspil-no-drag-handle';

/** How far, in screen pixels, the pointer must move before a press on a node becomes a drag. */
const DRAG_THRESHOLD = 4;

/** A press that has become a drag. */
interface Drag {
  /** The canvas's place on screen. */
  box: DOMRect;
  /** Where on the node, in flow units from its top-left, the pointer holds it. */
  grip: XYPosition;
  placement: KeyframeEffect;
  motion: Animation;
  /** The zoom the copy is drawn at. */
  zoom: number;
  /** Where the pointer is, on screen. */
  pointer: XYPosition;
  /** The frame that pans the canvas while the pointer is near its edge, if one is asked for. */
  panFrame: number | null;
  /** Stops following the canvas's zoom and pan. */
  unsubscribe: () => void;
}

const useStyles = makeStyles({
  // Above the whole canvas, outside React Flow's viewport, on its own compositor layer that stays
  // in the page between drags: moving it then only shifts that layer, and neither showing it nor
  // moving it makes Chromium paint the 2,000 nodes again.
  ghost: {
    position: 'absolute',
    left: '0',
    top: '0',
    zIndex: 10,
    pointerEvents: 'none',
    visibility: 'hidden',
    willChange: 'transform',
  },
  // Scaled here rather than in the layer's transform, so its text is drawn sharp at the zoom.
  card: {
    width: `${NODE_WIDTH}px`,
    height: `${NODE_HEIGHT}px`,
    transformOrigin: '0 0',
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow28,
  },
});

/** The copy of the dragged node that follows the pointer. Empty and hidden between drags. */
export function DragGhost({ ref }: { ref: Ref<HTMLDivElement> }) {
  const styles = useStyles();
  return (
    <div ref={ref} className={styles.ghost} aria-hidden="true" data-testid="drag-ghost">
      <div className={styles.card} />
    </div>
  );
}

/**
 * Mouse drags of the canvas's nodes. The picked-up node stays where it is in React Flow's store
 * while a copy of it (`DragGhost`) follows the pointer, held by a standing animation: a mouse
 * move costs no React render and no store update. The cell under the copy's centre is shared
 * (`DropTarget`) when it changes; `onDrop` gets the copy's top-left in flow coordinates when it is
 * let go. Near the canvas's edge the canvas pans, so a cell out of view can be reached. Escape
 * cancels the drag. A press that does not move is left to React Flow, as a click.
 */
export function useDragOverlay(geometry: MatrixGeometry, onDrop: (id: string, position: XYPosition) => void) {
  const store = useStoreApi<PartnershipFlowNode>();
  const setDropTarget = DropTarget.useSetter();
  const ghostRef = useRef<HTMLDivElement>(null);
  // Read when a node is let go, not when it was picked up: the data may be fetched again during
  // a drag (the previous drop's save), and the drop must be judged on what is shown now.
  const latest = useRef({ geometry, onDrop });
  latest.current = { geometry, onDrop };
  // The press or drag under way, ended (without a drop) by a new press or when the canvas goes.
  const cancelCurrent = useRef<(() => void) | null>(null);
  useEffect(() => () => cancelCurrent.current?.(), []);

  const onPointerDown = useCallback(
    (down: ReactPointerEvent<HTMLDivElement>) => {
      // A press while another is under way (its release was lost, e.g. to another window) ends it.
      cancelCurrent.current?.();
      if (down.button !== 0 || !down.isPrimary) return;
      const nodeElement = (down.target as Element).closest<HTMLElement>('.react-flow__node');
      const id = nodeElement?.dataset.id;
      const node = id === undefined ? undefined : store.getState().nodeLookup.get(id);
      const ghost = ghostRef.current;
      const card = ghost?.firstElementChild as HTMLElement | null | undefined;
      const look = nodeElement?.firstElementChild;
      if (id === undefined || !node || node.draggable === false || !ghost || !card || !look) return;
      const canvas = down.currentTarget;
      const { pointerId, clientX: startX, clientY: startY } = down;
      let position = node.internals.positionAbsolute;
      let targetKey: string | null = null;
      let drag: Drag | null = null;

      const begin = (): Drag => {
        const box = canvas.getBoundingClientRect();
        const [x, y, zoom] = store.getState().transform;
        // The node's own element, copied: it looks exactly like the node (selected, ended,
        // marked) without a React render. Without its data attributes, so that nothing looking
        // for nodes, flags or partnerships in the page finds the copy too.
        const copy = look.cloneNode(true) as HTMLElement;
        for (const element of [copy, ...copy.querySelectorAll('*')])
          for (const name of element.getAttributeNames())
            if (name.startsWith('data-')) element.removeAttribute(name);
        card.replaceChildren(copy);
        // Later moves and the click after the release go to the canvas itself, not to the
        // nodes or the pane under the pointer.
        canvas.setPointerCapture(pointerId);
        window.addEventListener('keydown', onKeyDown, true);
        ghost.style.visibility = 'visible';
        // Moved by a standing animation that holds it where it is told, not by its style:
        // Chromium moves a layer without sorting the page's paint into layers again (5–10 ms with
        // 2,000 nodes) only while a compositor animation runs on its transform.
        const placement = new KeyframeEffect(ghost, null, { duration: 1000, iterations: Infinity });
        const motion = new Animation(placement);
        motion.play();
        // A zoom (the wheel) or a pan during the drag moves the canvas under the copy: the copy
        // then follows, so it always shows where the node would land.
        let transform = store.getState().transform;
        const unsubscribe = store.subscribe((state) => {
          if (state.transform === transform || !drag) return;
          transform = state.transform;
          follow(drag, drag.pointer.x, drag.pointer.y);
        });
        drag = {
          box,
          grip: {
            x: (startX - box.left - x) / zoom - position.x,
            y: (startY - box.top - y) / zoom - position.y,
          },
          placement,
          motion,
          zoom: 0,
          pointer: { x: startX, y: startY },
          panFrame: null,
          unsubscribe,
        };
        return drag;
      };

      // Panning, a frame at a time, while the pointer stays near the edge; the copy stays under
      // the pointer, so the node it stands for moves over the canvas as the canvas moves under it.
      const keepPanning = (current: Drag) => {
        if (current.panFrame === null) current.panFrame = requestAnimationFrame(() => pan(current));
      };
      const pan = (current: Drag) => {
        current.panFrame = null;
        const { x, y } = current.pointer;
        const delta = edgePan({ x: x - current.box.left, y: y - current.box.top }, current.box);
        if (delta.x === 0 && delta.y === 0) return;
        void store
          .getState()
          .panBy(delta)
          .then((moved) => {
            // The copy has already followed the pan (see the subscription in `begin`).
            if (drag === current && moved) keepPanning(current);
          });
      };

      const follow = (current: Drag, clientX: number, clientY: number) => {
        current.pointer = { x: clientX, y: clientY };
        const [x, y, zoom] = store.getState().transform;
        position = {
          x: (clientX - current.box.left - x) / zoom - current.grip.x,
          y: (clientY - current.box.top - y) / zoom - current.grip.y,
        };
        const at = {
          transform: `translate(${String(position.x * zoom + x)}px, ${String(position.y * zoom + y)}px)`,
        };
        // Both ends: with one keyframe the copy would glide in from the canvas's corner.
        current.placement.setKeyframes([at, at]);
        if (zoom !== current.zoom) {
          current.zoom = zoom;
          card.style.transform = `scale(${String(zoom)})`;
        }
        // Only a change of cell is passed on: the highlight then redraws once per cell, not per move.
        const cell = cellAt(latest.current.geometry, {
          x: position.x + NODE_WIDTH / 2,
          y: position.y + NODE_HEIGHT / 2,
        });
        const key = cell && cellKey(cell);
        if (key === targetKey) return;
        targetKey = key;
        setDropTarget(cell);
      };

      const end = (drop: boolean) => {
        window.removeEventListener('pointermove', onPointerMove);
        window.removeEventListener('pointerup', onPointerUp);
        window.removeEventListener('pointercancel', onPointerCancel);
        window.removeEventListener('keydown', onKeyDown, true);
        window.removeEventListener('blur', onBlur);
        canvas.removeEventListener('lostpointercapture', onPointerCancel);
        cancelCurrent.current = null;
        if (!drag) return;
        if (drag.panFrame !== null) cancelAnimationFrame(drag.panFrame);
        drag.unsubscribe();
        drag.motion.cancel();
        // Over: a pan still on its way stops when it sees this.
        drag = null;
        ghost.style.visibility = '';
        card.replaceChildren();
        setDropTarget(null);
        if (drop) latest.current.onDrop(id, position);
      };

      function onPointerMove(move: PointerEvent) {
        if (move.pointerId !== pointerId) return;
        // The button is up, yet no release came (it went to another window): nothing is held.
        if ((move.buttons & 1) === 0) return end(false);
        if (!drag && Math.hypot(move.clientX - startX, move.clientY - startY) < DRAG_THRESHOLD) return;
        const current = drag ?? begin();
        follow(current, move.clientX, move.clientY);
        keepPanning(current);
      }
      function onPointerUp(up: PointerEvent) {
        if (up.pointerId === pointerId) end(true);
      }
      function onPointerCancel(cancel: PointerEvent) {
        if (cancel.pointerId === pointerId) end(false);
      }
      function onBlur() {
        end(false);
      }
      function onKeyDown(key: KeyboardEvent) {
        if (key.key !== 'Escape') return;
        // Taken here, so the node under the pointer does not also take it as "unselect".
        key.preventDefault();
        key.stopPropagation();
        end(false);
      }
      window.addEventListener('pointermove', onPointerMove);
      window.addEventListener('pointerup', onPointerUp);
      window.addEventListener('pointercancel', onPointerCancel);
      window.addEventListener('blur', onBlur);
      // Pointer capture is taken when the press becomes a drag; losing it otherwise ends the drag.
      canvas.addEventListener('lostpointercapture', onPointerCancel);
      cancelCurrent.current = () => end(false);
    },
    [setDropTarget, store],
  );

  return { ghostRef, onPointerDown };
}
