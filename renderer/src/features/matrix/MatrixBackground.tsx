import { tokens } from '@fluentui/react-components';
import type { CSSProperties } from 'react';
import {
  AXIS_WIDTH,
  BAND_PADDING_TOP,
  HEADER_HEIGHT,
  INVOLVEMENT_LABELS,
  LANE_HEADER,
  MATRIX_COLUMN_LABELS,
  PARTNERSHIP_STATUSES,
  STATUS_LABELS,
  VOLUNTEER_TYPE_LABELS,
  cellKey,
  formatDateLong,
  quadrantOf,
  type MatrixGeometry,
  type Quadrant,
} from '../../../../shared/domain';
import { STATUS_COLOURS } from './statusColours';

/** Height of the title and legend strip drawn above the matrix (part of the exported picture). */
export const TITLE_HEIGHT = 64;

const QUADRANT_TINTS: Record<Quadrant, string> = {
  1: 'rgba(15, 108, 189, 0.06)',
  2: 'rgba(16, 124, 16, 0.06)',
  3: 'rgba(0, 120, 138, 0.06)',
  4: 'rgba(193, 156, 0, 0.07)',
};

const box = (x: number, y: number, width: number, height: number): CSSProperties => ({
  position: 'absolute',
  left: x,
  top: y,
  width,
  height,
  boxSizing: 'border-box',
});

interface Props {
  geometry: MatrixGeometry;
  cellCounts: ReadonlyMap<string, number>;
  quadrantCounts: Record<Quadrant, number>;
  today: string;
}

const QUADRANT_SHORT_NAMES: Record<Quadrant, string> = {
  1: 'Foreninger, høj/mellem',
  2: 'Fællesskaber, høj/mellem',
  3: 'Foreninger, lav',
  4: 'Fællesskaber, lav',
};

const plural = (n: number) => (n === 1 ? '1 samarbejde' : `${String(n)} samarbejder`);

/**
 * The Furesø matrix drawn under the nodes, in flow coordinates: columns, lanes, bands, quadrant
 * tints and numbers, axis labels, and a count in every cell (an empty cell says so).
 */
export function MatrixBackground({ geometry, cellCounts, quadrantCounts, today }: Props) {
  const { lanes, bands, width, height } = geometry;
  const columnSplit = lanes[2]!.x;
  const rowSplit = bands[2]!.y;
  const upperBottom = rowSplit;
  const quadrants: { q: Quadrant; x: number; y: number; w: number; h: number }[] = [
    { q: 1, x: AXIS_WIDTH, y: HEADER_HEIGHT, w: columnSplit - AXIS_WIDTH, h: upperBottom - HEADER_HEIGHT },
    { q: 2, x: columnSplit, y: HEADER_HEIGHT, w: width - columnSplit, h: upperBottom - HEADER_HEIGHT },
    { q: 3, x: AXIS_WIDTH, y: rowSplit, w: columnSplit - AXIS_WIDTH, h: height - rowSplit },
    { q: 4, x: columnSplit, y: rowSplit, w: width - columnSplit, h: height - rowSplit },
  ];
  const label: CSSProperties = { fontFamily: tokens.fontFamilyBase, color: tokens.colorNeutralForeground2 };

  return (
    <div
      aria-hidden="true"
      style={{ position: 'absolute', left: 0, top: 0, zIndex: -1, pointerEvents: 'none', ...label }}
    >
      <div
        style={{
          ...box(0, -TITLE_HEIGHT, width, TITLE_HEIGHT),
          display: 'flex',
          alignItems: 'center',
          gap: 24,
        }}
      >
        <div style={{ fontSize: 20, fontWeight: 600, color: tokens.colorNeutralForeground1 }}>
          Samarbejder med frivillige · {formatDateLong(today)}
        </div>
        <div style={{ display: 'flex', gap: 14, fontSize: 12 }}>
          {PARTNERSHIP_STATUSES.map((s) => (
            <span key={s} style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
              <span
                style={{
                  width: 12,
                  height: 12,
                  borderRadius: 2,
                  background: STATUS_COLOURS[s],
                  display: 'inline-block',
                }}
              />
              {STATUS_LABELS[s]}
            </span>
          ))}
        </div>
      </div>
      <div
        style={{
          ...box(AXIS_WIDTH, 0, width - AXIS_WIDTH, height),
          background: tokens.colorNeutralBackground1,
          border: `1px solid ${tokens.colorNeutralStroke1}`,
        }}
      />
      {quadrants.map(({ q, x, y, w, h }) => (
        <div key={q} style={{ ...box(x, y, w, h), background: QUADRANT_TINTS[q] }}>
          <div
            style={{
              position: 'absolute',
              inset: 0,
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'center',
              fontSize: 140,
              fontWeight: 700,
              opacity: 0.07,
            }}
          >
            {q}
          </div>
          <div
            style={{
              position: 'absolute',
              right: 12,
              top: 6,
              fontSize: 12,
              fontWeight: 600,
              color: tokens.colorNeutralForeground1,
            }}
            data-testid="quadrant-label"
            data-quadrant={q}
            data-count={quadrantCounts[q]}
          >
            {q}. kvadrant · {QUADRANT_SHORT_NAMES[q]} · {quadrantCounts[q]}
          </div>
        </div>
      ))}
      {(['foreninger', 'faellesskaber'] as const).map((column, i) => (
        <div
          key={column}
          style={{
            ...box(
              i === 0 ? AXIS_WIDTH : columnSplit,
              0,
              i === 0 ? columnSplit - AXIS_WIDTH : width - columnSplit,
              36,
            ),
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            fontSize: 17,
            fontWeight: 600,
            color: tokens.colorNeutralForeground1,
            borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
          }}
        >
          {MATRIX_COLUMN_LABELS[column]}
        </div>
      ))}
      {lanes.map((lane, i) => (
        <div
          key={lane.volunteerType}
          style={{
            ...box(lane.x, 36, lane.width, height - 36),
            borderLeft: i === 0 ? undefined : `${i === 2 ? 3 : 1}px solid ${tokens.colorNeutralStroke1}`,
          }}
        >
          <div
            style={{
              height: LANE_HEADER,
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'center',
              fontSize: 14,
              fontWeight: 600,
            }}
          >
            {VOLUNTEER_TYPE_LABELS[lane.volunteerType]}
          </div>
        </div>
      ))}
      {bands.map((band, i) => (
        <div key={band.involvement}>
          <div
            style={{
              ...box(AXIS_WIDTH, band.y, width - AXIS_WIDTH, band.height),
              borderTop: `${i === 2 ? 3 : 1}px ${i === 1 ? 'dashed' : 'solid'} ${tokens.colorNeutralStroke1}`,
            }}
          />
          <div
            style={{
              ...box(0, band.y, AXIS_WIDTH - 8, band.height),
              display: 'flex',
              flexDirection: 'column',
              justifyContent: 'center',
              alignItems: 'flex-end',
              fontSize: 15,
              fontWeight: 600,
              color: tokens.colorNeutralForeground1,
            }}
          >
            {INVOLVEMENT_LABELS[band.involvement]}
            <span style={{ fontSize: 11, fontWeight: 400 }}>involvering</span>
          </div>
          {lanes.map((lane) => {
            const count =
              cellCounts.get(cellKey({ volunteerType: lane.volunteerType, involvement: band.involvement })) ??
              0;
            return (
              <div
                key={lane.volunteerType}
                data-testid="matrix-cell"
                data-cell={`${lane.volunteerType}/${band.involvement}`}
                data-count={count}
                data-quadrant={quadrantOf(lane.volunteerType, band.involvement)}
                style={{
                  ...box(lane.x + 12, band.y + 6, lane.width / 2 - 12, BAND_PADDING_TOP - 8),
                  fontSize: 12,
                  fontStyle: count === 0 ? 'italic' : undefined,
                  color: count === 0 ? tokens.colorNeutralForeground4 : tokens.colorNeutralForeground2,
                }}
              >
                {count === 0 ? 'Ingen samarbejder her' : plural(count)}
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
