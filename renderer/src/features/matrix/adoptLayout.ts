import type { PartnershipFlowNode } from './PartnershipNode';

function sameNode(shown: PartnershipFlowNode, laidOut: PartnershipFlowNode): boolean {
  return (
    shown.position.x === laidOut.position.x &&
    shown.position.y === laidOut.position.y &&
    shown.data.partnership === laidOut.data.partnership &&
    shown.data.mark === laidOut.data.mark &&
    shown.draggable === laidOut.draggable &&
    shown.ariaLabel === laidOut.ariaLabel
  );
}

/**
 * The nodes to show for a new layout. A node that has not changed keeps the very object on the
 * canvas, because React Flow redraws every node whose object is new: after a drop or a saved
 * spot, only the nodes that moved are drawn again, not all 2,000. The selection lives on the
 * canvas, not in the layout, so it is carried over to the new objects.
 */
export function adoptLayout(
  shown: readonly PartnershipFlowNode[],
  layout: readonly PartnershipFlowNode[],
  selectedId: string | null,
): PartnershipFlowNode[] {
  const byId = new Map(shown.map((node) => [node.id, node]));
  return layout.map((laidOut) => {
    const selected = laidOut.id === selectedId;
    const current = byId.get(laidOut.id);
    if (current && sameNode(current, laidOut) && Boolean(current.selected) === selected) return current;
    return selected ? { ...laidOut, selected } : laidOut;
  });
}
