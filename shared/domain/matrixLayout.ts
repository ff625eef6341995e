import { compareDanish } from './format';
import { quadrantOf, type Quadrant } from './quadrant';
import { INVOLVEMENT_LEVELS, VOLUNTEER_TYPES, type Involvement, type VolunteerType } from './values';

/**
 * The geometry of the Furesø matrix on the canvas: four lanes (volunteer types, two per column)
 * and three bands (høj, mellem, lav from the top). Pure and deterministic, so the same register
 * always draws the same picture.
 */

export const NODE_WIDTH = 200;
export const NODE_HEIGHT = 64;
export const GAP = 12;
export const NODES_PER_ROW = 2;
export const LANE_HEADER = 40;
export const BAND_PADDING_TOP = 28;
export const LANE_WIDTH = NODES_PER_ROW * NODE_WIDTH + (NODES_PER_ROW + 1) * GAP;
/** Room on the left for the band labels, and on top for the column and lane headings. */
export const AXIS_WIDTH = 110;
export const HEADER_HEIGHT = 36 + LANE_HEADER;

export const BAND_ORDER: readonly Involvement[] = [...INVOLVEMENT_LEVELS].reverse();

export interface Cell {
  volunteerType: VolunteerType;
  involvement: Involvement;
}

export interface Lane {
  volunteerType: VolunteerType;
  x: number;
  width: number;
}

export interface Band {
  involvement: Involvement;
  y: number;
  height: number;
}

export interface MatrixGeometry {
  lanes: Lane[];
  bands: Band[];
  width: number;
  height: number;
}

export interface Placeable {
  id: number;
  title: string;
  volunteerType: VolunteerType;
  involvement: Involvement;
}

/** A manual position, relative to the top-left corner of the partnership's own cell. */
export interface ManualOffset {
  dx: number;
  dy: number;
}

export interface PlacedNode {
  id: number;
  x: number;
  y: number;
  quadrant: Quadrant;
}

export const cellKey = (c: Cell) => `${c.volunteerType}/${c.involvement}`;

function rowsFor(count: number): number {
  return Math.max(1, Math.ceil(count / NODES_PER_ROW));
}

/** Band heights grow with the fullest cell in the band; lanes have a fixed width. */
export function matrixGeometry(items: readonly Placeable[]): MatrixGeometry {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(cellKey(item), (counts.get(cellKey(item)) ?? 0) + 1);
  const lanes = VOLUNTEER_TYPES.map((volunteerType, i) => ({
    volunteerType,
    x: AXIS_WIDTH + i * LANE_WIDTH,
    width: LANE_WIDTH,
  }));
  let y = HEADER_HEIGHT;
  const bands = BAND_ORDER.map((involvement) => {
    const fullest = Math.max(
      0,
      ...VOLUNTEER_TYPES.map((t) => counts.get(cellKey({ volunteerType: t, involvement })) ?? 0),
    );
    const height = BAND_PADDING_TOP + rowsFor(fullest) * (NODE_HEIGHT + GAP) + GAP;
    const band = { involvement, y, height };
    y += height;
    return band;
  });
  return { lanes, bands, width: AXIS_WIDTH + lanes.length * LANE_WIDTH, height: y };
}

export function cellOrigin(
  geometry: MatrixGeometry,
  cell: Cell,
): { x: number; y: number; width: number; height: number } {
  const lane = geometry.lanes.find((l) => l.volunteerType === cell.volunteerType)!;
  const band = geometry.bands.find((b) => b.involvement === cell.involvement)!;
  return { x: lane.x, y: band.y, width: lane.width, height: band.height };
}

/** The cell under a point (a dropped node's centre), or null outside the matrix. */
export function cellAt(geometry: MatrixGeometry, point: { x: number; y: number }): Cell | null {
  const lane = geometry.lanes.find((l) => point.x >= l.x && point.x < l.x + l.width);
  const band = geometry.bands.find((b) => point.y >= b.y && point.y < b.y + b.height);
  return lane && band ? { volunteerType: lane.volunteerType, involvement: band.involvement } : null;
}

function overlaps(a: { x: number; y: number }, b: { x: number; y: number }): boolean {
  return Math.abs(a.x - b.x) < NODE_WIDTH + GAP / 2 && Math.abs(a.y - b.y) < NODE_HEIGHT + GAP / 2;
}

function clampInto(cell: { x: number; y: number; width: number; height: number }, offset: ManualOffset) {
  return {
    x: cell.x + Math.min(Math.max(offset.dx, GAP), cell.width - NODE_WIDTH - GAP),
    y: cell.y + Math.min(Math.max(offset.dy, BAND_PADDING_TOP), cell.height - NODE_HEIGHT - GAP),
  };
}

/**
 * Places every partnership in the cell of its classification. Cells fill in a grid ordered by
 * title; a node the user moved keeps its spot, and the grid flows around it.
 */
export function layoutMatrix(
  items: readonly Placeable[],
  manual: ReadonlyMap<number, ManualOffset> = new Map(),
): {
  geometry: MatrixGeometry;
  nodes: PlacedNode[];
} {
  const byCell = new Map<string, Placeable[]>();
  for (const item of items) {
    const cellItems = byCell.get(cellKey(item));
    if (cellItems) cellItems.push(item);
    else byCell.set(cellKey(item), [item]);
  }
  // A manually placed node can block up to four grid slots (it may straddle two rows and two
  // columns); reserve that much room so the grid can always flow around it inside the cell.
  const padded = [...items, ...fillers(byCell, manual)];
  const geometry = matrixGeometry(padded);
  const nodes: PlacedNode[] = [];
  for (const [, cellItems] of byCell) {
    const first = cellItems[0]!;
    const cell = cellOrigin(geometry, first);
    const quadrant = quadrantOf(first.volunteerType, first.involvement);
    const taken: { x: number; y: number }[] = [];
    const auto: Placeable[] = [];
    for (const item of [...cellItems].sort((a, b) => a.id - b.id)) {
      const offset = manual.get(item.id);
      const spot = offset && clampInto(cell, offset);
      // A node dropped onto another manually placed one goes back into the grid.
      if (!spot || taken.some((t) => overlaps(t, spot))) {
        auto.push(item);
        continue;
      }
      taken.push(spot);
      nodes.push({ id: item.id, ...spot, quadrant });
    }
    let slot = 0;
    const sorted = auto.sort((a, b) => compareDanish(a.title, b.title) || a.id - b.id);
    for (const item of sorted) {
      let spot;
      do {
        spot = {
          x: cell.x + GAP + (slot % NODES_PER_ROW) * (NODE_WIDTH + GAP),
          y: cell.y + BAND_PADDING_TOP + Math.floor(slot / NODES_PER_ROW) * (NODE_HEIGHT + GAP),
        };
        slot++;
      } while (taken.some((t) => overlaps(t, spot!)));
      nodes.push({ id: item.id, ...spot, quadrant });
    }
  }
  return { geometry, nodes: nodes.sort((a, b) => a.id - b.id) };
}

/** Invisible extra items that make bands tall enough for the slots manual nodes push aside. */
function fillers(byCell: Map<string, Placeable[]>, manual: ReadonlyMap<number, ManualOffset>): Placeable[] {
  const extra: Placeable[] = [];
  for (const cellItems of byCell.values()) {
    const { volunteerType, involvement } = cellItems[0]!;
    const blocked = cellItems.filter((i) => manual.has(i.id)).length * 4;
    for (let i = 0; i < blocked; i++) extra.push({ id: -1, title: '', volunteerType, involvement });
  }
  return extra;
}

/** How many partnerships sit in each cell and each quadrant. */
export function matrixCounts(items: readonly Placeable[]) {
  const cells = new Map<string, number>();
  const quadrants: Record<Quadrant, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
  for (const item of items) {
    cells.set(cellKey(item), (cells.get(cellKey(item)) ?? 0) + 1);
    quadrants[quadrantOf(item.volunteerType, item.involvement)]++;
  }
  return { cells, quadrants };
}
