import { describe, expect, it } from 'vitest';
import type { Partnership } from '../../../../shared/api';
import { adoptLayout } from './adoptLayout';
import type { PartnershipFlowNode } from './PartnershipNode';

const partnership = (id: number) => ({ id, title: `Samarbejde ${String(id)}` }) as Partnership;
const PARTNERSHIPS = [partnership(1), partnership(2), partnership(3)];

function laidOut(id: number, x = id * 100, y = 0): PartnershipFlowNode {
  return {
    id: String(id),
    type: 'partnership',
    position: { x, y },
    data: { partnership: PARTNERSHIPS[id - 1]! },
    draggable: true,
    ariaLabel: `Samarbejde ${String(id)}`,
  };
}

describe('adoptLayout', () => {
  it('keeps the very objects of nodes that did not change, so React Flow does not redraw them', () => {
    const shown = [laidOut(1), laidOut(2), laidOut(3)];
    const next = adoptLayout(shown, [laidOut(1), laidOut(2, 250, 40), laidOut(3)], null);
    expect(next[0]).toBe(shown[0]);
    expect(next[1]).not.toBe(shown[1]);
    expect(next[1]!.position).toEqual({ x: 250, y: 40 });
    expect(next[2]).toBe(shown[2]);
  });

  it('puts a node that was dragged away back where the layout has it', () => {
    const dragged = { ...laidOut(2), position: { x: 999, y: 999 } };
    const next = adoptLayout([laidOut(1), dragged], [laidOut(1), laidOut(2)], null);
    expect(next[1]!.position).toEqual({ x: 200, y: 0 });
  });

  it('carries the selection over to a new object and clears it from the old one', () => {
    const shown = [{ ...laidOut(1), selected: true }, laidOut(2)];
    const next = adoptLayout(shown, [laidOut(1), laidOut(2)], '2');
    expect(next[0]!.selected).toBeFalsy();
    expect(next[1]!.selected).toBe(true);
    // The selected node that did not change stays the same object the next time.
    expect(adoptLayout(next, [laidOut(1), laidOut(2)], '2')[1]).toBe(next[1]);
  });

  it('takes new data, marks and added or removed partnerships from the layout', () => {
    const shown = [laidOut(1), laidOut(2)];
    const marked = { ...laidOut(1), data: { partnership: PARTNERSHIPS[0]!, mark: 'ny' as const } };
    const next = adoptLayout(shown, [marked, laidOut(3)], null);
    expect(next.map((n) => n.id)).toEqual(['1', '3']);
    expect(next[0]!.data.mark).toBe('ny');
  });
});
