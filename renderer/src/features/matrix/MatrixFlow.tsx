import { ZoomFit16Regular } from '@fluentui/react-icons';
import {
  ControlButton,
  Controls,
  ReactFlow,
  ViewportPortal,
  useReactFlow,
  useStore,
  useStoreApi,
  type NodeChange,
  type XYPosition,
} from '@xyflow/react';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type MatrixGeometry, type Quadrant } from '../../../../shared/domain';
import { adoptLayout } from './adoptLayout';
import { DragGhost, useDragOverlay } from './DragOverlay';
import { DropTargetHighlight } from './DropTargetHighlight';
import { SelectedPartnership } from './matrixState';
import { MatrixBackground, TITLE_HEIGHT } from './MatrixBackground';
import { PartnershipNode, type PartnershipFlowNode } from './PartnershipNode';
import { MAX_ZOOM, lowestZoom, openingView, wholeMatrix } from './zoom';
import { CANVAS_LABELS } from './canvasLabels';

const NODE_TYPES = { partnership: PartnershipNode };
// Constants, not literals: React Flow adopts every new array or object it is handed again.
const EDGES: never[] = [];
const PRO_OPTIONS = { hideAttribution: true };
/**
 * From this many partnerships only the nodes in view are in the page: every node in the page
 * costs on each frame of a drag (React Flow's store, Chromium's layers). Smaller portfolios keep
 * every node, so each can be reached with Tab wherever the view is.
 */
export const RENDER_VISIBLE_ONLY_FROM = 500;

interface Props {
  nodes: PartnershipFlowNode[];
  geometry: MatrixGeometry;
  cellCounts: ReadonlyMap<string, number>;
  quadrantCounts: Record<Quadrant, number>;
  today: string;
  /** Bumped to put every node back where the layout has it (a cancelled or invalid move). */
  resetCount: number;
  /** A node was let go (by mouse or keyboard) at `position`. */
  onDrop: (id: number, position: { x: number; y: number }) => void;
  /** Every node in the page whatever the view, as a picture of the whole matrix needs. */
  renderAll: boolean;
}

/**
 * The canvas. It owns the nodes' positions while they move, so a move redraws only React Flow
 * and the one changed node, not the view around it; the decision on a drop stays with the view.
 */
export const MatrixFlow = memo(function MatrixFlow({
  nodes: layoutNodes,
  geometry,
  cellCounts,
  quadrantCounts,
  today,
  resetCount,
  onDrop,
  renderAll,
}: Props) {
  const setSelected = SelectedPartnership.useSetter();
  // The canvas shows its own selection; only a new layout needs it carried over. A ref, not the
  // shared state, so that selecting does not hand all 2,000 nodes to React Flow again.
  const selectedId = useRef<string | null>(null);
  const select = useCallback(
    (id: string | null) => {
      selectedId.current = id;
      setSelected(id === null ? null : Number(id));
    },
    [setSelected],
  );
  // React Flow keeps the nodes itself (uncontrolled): a keyboard move, a drop or a selection then
  // updates its store and the nodes it changes, without a React render of the canvas and its props.
  const { setNodes, updateNode, setViewport } = useReactFlow<PartnershipFlowNode>();
  const store = useStoreApi<PartnershipFlowNode>();
  const [initialNodes] = useState(layoutNodes);
  useEffect(
    () => setNodes((shown) => adoptLayout(shown, layoutNodes, selectedId.current)),
    [setNodes, layoutNodes, resetCount],
  );

  // Keyboard moves end here, as a position change that is no longer dragging (React Flow's own
  // mouse drag, which would too, never starts: see `NO_DRAG_HANDLE`).
  const onNodesChange = useCallback(
    (changes: NodeChange<PartnershipFlowNode>[]) => {
      for (const change of changes) {
        if (change.type === 'select' && change.selected) select(change.id);
        if (change.type === 'position' && change.dragging === false && change.position) {
          onDrop(Number(change.id), change.position);
        }
      }
    },
    [select, onDrop],
  );
  // A mouse drag moves only a copy of the node; the node itself lands where it was let go, as a
  // keyboard move leaves it, while the view decides. It is selected then, not when picked up: the
  // side panel does not change during the drag and shows the dropped partnership afterwards.
  const onMouseDrop = useCallback(
    (id: string, position: XYPosition) => {
      updateNode(id, { position });
      store.getState().addSelectedNodes([id]);
      onDrop(Number(id), position);
    },
    [updateNode, store, onDrop],
  );
  const { ghostRef, onPointerDown } = useDragOverlay(geometry, onMouseDrop);
  // Stable handlers: React Flow hands onNodeClick to every node, so a new function per render
  // would redraw all 2,000 nodes whenever the canvas is drawn again.
  const onNodeClick = useCallback((_event: unknown, node: PartnershipFlowNode) => select(node.id), [select]);
  const onPaneClick = useCallback(() => select(null), [select]);
  // The lowest zoom follows the canvas's size, so the whole matrix can always be seen at once.
  const minZoom = useStore((s) => lowestZoom(geometry, s.width, s.height));
  const fitMatrix = useCallback(() => {
    const { width, height } = store.getState();
    void setViewport(wholeMatrix(geometry, width, height));
  }, [setViewport, store, geometry]);
  // The opening view needs the canvas's size: a canvas not yet laid out when React Flow is ready
  // gets it once it has one, instead of a view computed for nothing.
  const hasSize = useStore((s) => s.width > 0 && s.height > 0);
  const ready = useRef(false);
  const opened = useRef(false);
  const open = useCallback(() => {
    const { width, height } = store.getState();
    if (!ready.current || opened.current || width === 0 || height === 0) return;
    opened.current = true;
    void setViewport(openingView(geometry, width, height));
  }, [geometry, store, setViewport]);
  const onInit = useCallback(() => {
    ready.current = true;
    open();
  }, [open]);
  useEffect(() => {
    if (hasSize) open();
  }, [hasSize, open]);
  const translateExtent = useMemo(
    (): [[number, number], [number, number]] => [
      [-200, -TITLE_HEIGHT - 200],
      [geometry.width + 200, geometry.height + 200],
    ],
    [geometry],
  );
  // Same element while the data stays, so moving a node does not redraw the background.
  const decorations = useMemo(
    () => (
      <>
        <ViewportPortal>
          <MatrixBackground
            geometry={geometry}
            cellCounts={cellCounts}
            quadrantCounts={quadrantCounts}
            today={today}
          />
          <DropTargetHighlight geometry={geometry} />
        </ViewportPortal>
        {/* React Flow's own fit shows the nodes; this one the whole matrix, as when it opens. */}
        <Controls showInteractive={false} showFitView={false} position="bottom-left">
          <ControlButton onClick={fitMatrix} title="Vis hele matrixen" aria-label="Vis hele matrixen">
            <ZoomFit16Regular />
          </ControlButton>
        </Controls>
        <DragGhost ref={ghostRef} />
      </>
    ),
    [geometry, cellCounts, quadrantCounts, today, ghostRef, fitMatrix],
  );

  return (
    <ReactFlow<PartnershipFlowNode>
      defaultNodes={initialNodes}
      defaultEdges={EDGES}
      nodeTypes={NODE_TYPES}
      onNodesChange={onNodesChange}
      onNodeClick={onNodeClick}
      onPointerDown={onPointerDown}
      onPaneClick={onPaneClick}
      onInit={onInit}
      minZoom={minZoom}
      maxZoom={MAX_ZOOM}
      nodesConnectable={false}
      onlyRenderVisibleElements={!renderAll && layoutNodes.length >= RENDER_VISIBLE_ONLY_FROM}
      zoomOnDoubleClick={false}
      // A partnership leaves the matrix only by being deleted in the register, never by a key here.
      deleteKeyCode={null}
      ariaLabelConfig={CANVAS_LABELS}
      translateExtent={translateExtent}
      proOptions={PRO_OPTIONS}
      aria-label="Matrix over samarbejder"
    >
      {decorations}
    </ReactFlow>
  );
});
