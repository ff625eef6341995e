import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  NODE_HEIGHT,
  NODE_WIDTH,
  cellAt,
  cellOrigin,
  layoutMatrix,
  matrixCounts,
  type ManualOffset,
  type Placeable,
} from './matrixLayout';
import { quadrantOf } from './quadrant';
import { INVOLVEMENT_LEVELS, VOLUNTEER_TYPES } from './values';

const itemsArbitrary = fc
  .array(
    fc.record({
      title: fc.string({ maxLength: 8 }),
      volunteerType: fc.constantFrom(...VOLUNTEER_TYPES),
      involvement: fc.constantFrom(...INVOLVEMENT_LEVELS),
    }),
    { maxLength: 60 },
  )
  .map((items): Placeable[] => items.map((item, i) => ({ ...item, id: i + 1 })));

const manualArbitrary = (items: Placeable[]) =>
  fc
    .subarray(
      items.map((i) => i.id),
      { maxLength: Math.min(5, items.length) },
    )
    .chain((ids) =>
      fc
        .tuple(
          ...ids.map(() =>
            fc.record({ dx: fc.integer({ min: -50, max: 600 }), dy: fc.integer({ min: -50, max: 400 }) }),
          ),
        )
        .map((offsets) => new Map<number, ManualOffset>(ids.map((id, i) => [id, offsets[i]!]))),
    );

describe('layoutMatrix', () => {
  it('puts every partnership inside the cell of its classification, with no two nodes overlapping', () => {
    fc.assert(
      fc.property(
        itemsArbitrary.chain((items) => fc.tuple(fc.constant(items), manualArbitrary(items))),
        ([items, manual]) => {
          const { geometry, nodes } = layoutMatrix(items, manual);
          expect(nodes.map((n) => n.id).sort((a, b) => a - b)).toEqual(items.map((i) => i.id));
          for (const node of nodes) {
            const item = items.find((i) => i.id === node.id)!;
            const cell = cellOrigin(geometry, item);
            expect(node.x).toBeGreaterThanOrEqual(cell.x);
            expect(node.y).toBeGreaterThanOrEqual(cell.y);
            expect(node.x + NODE_WIDTH).toBeLessThanOrEqual(cell.x + cell.width);
            expect(node.y + NODE_HEIGHT).toBeLessThanOrEqual(cell.y + cell.height);
            expect(cellAt(geometry, { x: node.x + NODE_WIDTH / 2, y: node.y + NODE_HEIGHT / 2 })).toEqual({
              volunteerType: item.volunteerType,
              involvement: item.involvement,
            });
            expect(node.quadrant).toBe(quadrantOf(item.volunteerType, item.involvement));
          }
          for (const a of nodes) {
            for (const b of nodes) {
              if (a.id >= b.id) continue;
              const apart = Math.abs(a.x - b.x) >= NODE_WIDTH || Math.abs(a.y - b.y) >= NODE_HEIGHT;
              expect(apart, `nodes ${String(a.id)} and ${String(b.id)} overlap`).toBe(true);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('is stable: the same register draws the same picture, whatever the order it is read in', () => {
    fc.assert(
      fc.property(itemsArbitrary, (items) => {
        expect(layoutMatrix([...items].reverse())).toEqual(layoutMatrix(items));
      }),
    );
  });

  it('keeps a manually placed node where the user put it', () => {
    const items: Placeable[] = [
      { id: 1, title: 'A', volunteerType: 'humanitaer', involvement: 'hoej' },
      { id: 2, title: 'B', volunteerType: 'humanitaer', involvement: 'hoej' },
    ];
    const { geometry, nodes } = layoutMatrix(items, new Map([[2, { dx: 12, dy: 28 }]]));
    const cell = cellOrigin(geometry, items[1]!);
    expect(nodes.find((n) => n.id === 2)).toMatchObject({ x: cell.x + 12, y: cell.y + 28 });
    expect(nodes.find((n) => n.id === 1)).not.toMatchObject({ x: cell.x + 12, y: cell.y + 28 });
  });

  it('has a cell for every type and level even when empty, and nothing outside', () => {
    const { geometry } = layoutMatrix([]);
    expect(geometry.lanes.map((l) => l.volunteerType)).toEqual([...VOLUNTEER_TYPES]);
    expect(geometry.bands.map((b) => b.involvement)).toEqual(['hoej', 'mellem', 'lav']);
    expect(cellAt(geometry, { x: 0, y: 0 })).toBeNull();
    expect(cellAt(geometry, { x: geometry.width + 1, y: geometry.height - 1 })).toBeNull();
  });
});

describe('matrixCounts', () => {
  it('counts per cell and per quadrant, mellem in the upper quadrants', () => {
    const { cells, quadrants } = matrixCounts([
      { id: 1, title: '', volunteerType: 'humanitaer', involvement: 'mellem' },
      { id: 2, title: '', volunteerType: 'folkeoplysende', involvement: 'hoej' },
      { id: 3, title: '', volunteerType: 'enkeltperson', involvement: 'lav' },
    ]);
    expect(quadrants).toEqual({ 1: 2, 2: 0, 3: 0, 4: 1 });
    expect(cells.get('humanitaer/mellem')).toBe(1);
    expect(cells.get('faellesskab/hoej')).toBeUndefined();
  });
});
