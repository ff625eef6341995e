import { Controls, ReactFlow, ViewportPortal, applyNodeChanges, type NodeChange } from '@xyflow/react';
import { memo, useCallback, useEffect, useMemo, useState } from 'react';
import {
  NODE_HEIGHT,
  NODE_WIDTH,
  cellAt,
  quadrantOf,
  type MatrixGeometry,
  type Quadrant,
} from '../../../../shared/domain';
import { MatrixBackground, TITLE_HEIGHT } from './MatrixBackground';
import { PartnershipNode, type PartnershipFlowNode } from './PartnershipNode';

const NODE_TYPES = { partnership: PartnershipNode };
// Constants, not literals: React Flow adopts every new array or object it is handed again.
const EDGES: never[] = [];
const PRO_OPTIONS = { hideAttribution: true };

interface Props {
  nodes: PartnershipFlowNode[];
  geometry: MatrixGeometry;
  cellCounts: ReadonlyMap<string, number>;
  quadrantCounts: Record<Quadrant, number>;
  today: string;
  /** Bumped to put every node back where the layout has it (a cancelled or invalid move). */
  resetCount: number;
  onSelect: (id: number | null) => void;
  onDragQuadrant: (quadrant: Quadrant | null) => void;
  /** A node was let go (by mouse or keyboard) at `position`. */
  onDrop: (id: number, position: { x: number; y: number }) => void;
}

/**
 * The canvas. It owns the nodes' positions while they move, so a drag redraws only React Flow
 * and the one changed node, not the view around it; the decision on a drop stays with the view.
 */
export const MatrixFlow = memo(function MatrixFlow({
  nodes: layoutNodes,
  geometry,
  cellCounts,
  quadrantCounts,
  today,
  resetCount,
  onSelect,
  onDragQuadrant,
  onDrop,
}: Props) {
  const [nodes, setNodes] = useState(layoutNodes);
  useEffect(() => setNodes(layoutNodes), [layoutNodes, resetCount]);

  // Mouse drags and keyboard moves both end here, as a position change that is no longer dragging.
  const onNodesChange = useCallback(
    (changes: NodeChange<PartnershipFlowNode>[]) => {
      setNodes((current) => applyNodeChanges(changes, current));
      for (const change of changes) {
        if (change.type === 'select' && change.selected) onSelect(Number(change.id));
        if (change.type === 'position' && change.dragging === false && change.position) {
          onDrop(Number(change.id), change.position);
        }
      }
    },
    [onSelect, onDrop],
  );
  const onNodeDrag = useCallback(
    (_event: unknown, node: PartnershipFlowNode) => {
      const cell = cellAt(geometry, {
        x: node.position.x + NODE_WIDTH / 2,
        y: node.position.y + NODE_HEIGHT / 2,
      });
      onDragQuadrant(cell && quadrantOf(cell.volunteerType, cell.involvement));
    },
    [geometry, onDragQuadrant],
  );
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
        </ViewportPortal>
        <Controls showInteractive={false} position="bottom-left" />
      </>
    ),
    [geometry, cellCounts, quadrantCounts, today],
  );

  return (
    <ReactFlow<PartnershipFlowNode>
      nodes={nodes}
      edges={EDGES}
      nodeTypes={NODE_TYPES}
      onNodesChange={onNodesChange}
      onNodeClick={(_e, node) => onSelect(Number(node.id))}
      onNodeDrag={onNodeDrag}
      onNodeDragStop={() => onDragQuadrant(null)}
      onPaneClick={() => onSelect(null)}
      onInit={(flow) =>
        // Fit the whole matrix, empty cells included, not just the nodes.
        void flow.fitBounds(
          { x: 0, y: -TITLE_HEIGHT, width: geometry.width, height: geometry.height + TITLE_HEIGHT },
          { padding: 0.03 },
        )
      }
      minZoom={0.15}
      maxZoom={2}
      nodesConnectable={false}
      zoomOnDoubleClick={false}
      translateExtent={translateExtent}
      proOptions={PRO_OPTIONS}
      aria-label="Matrix over samarbejder"
    >
      {decorations}
    </ReactFlow>
  );
});
