import { describe, expect, it } from 'vitest';
import { EDGE_PAN_SPEED, EDGE_ZONE, edgePan } from './edgePan';

const size = { width: 1000, height: 600 };

describe('edgePan', () => {
  it('does not pan while the pointer is away from the edges', () => {
    expect(edgePan({ x: 500, y: 300 }, size)).toEqual({ x: 0, y: 0 });
    expect(edgePan({ x: EDGE_ZONE, y: size.height - EDGE_ZONE }, size)).toEqual({ x: 0, y: 0 });
  });

  it('pans towards the edge the pointer is near, faster the nearer it is', () => {
    const near = edgePan({ x: EDGE_ZONE / 2, y: 300 }, size);
    const edge = edgePan({ x: 0, y: 300 }, size);
    expect(near.x).toBeGreaterThan(0);
    expect(edge.x).toBe(EDGE_PAN_SPEED);
    expect(near.x).toBeLessThan(edge.x);
    expect(edgePan({ x: 500, y: size.height }, size)).toEqual({ x: 0, y: -EDGE_PAN_SPEED });
    expect(edgePan({ x: size.width - 1, y: 1 }, size).x).toBeLessThan(0);
    expect(edgePan({ x: size.width - 1, y: 1 }, size).y).toBeGreaterThan(0);
  });

  it('pans no faster with the pointer outside the canvas', () => {
    expect(edgePan({ x: -300, y: 900 }, size)).toEqual({ x: EDGE_PAN_SPEED, y: -EDGE_PAN_SPEED });
  });
});
