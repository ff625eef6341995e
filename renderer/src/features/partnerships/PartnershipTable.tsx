import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import {
  ArrowSortDown16Regular,
  ArrowSortUp16Regular,
  Delete20Regular,
  Edit20Regular,
} from '@fluentui/react-icons';
import { memo, useMemo } from 'react';
import type { Partnership } from '../../../../shared/api';
import {
  INVOLVEMENT_LABELS,
  STATUS_LABELS,
  VOLUNTEER_TYPE_LABELS,
  formatPeriod,
} from '../../../../shared/domain';
import { usePageStyles } from '../../components/pageStyles';
import { QuadrantBadge } from '../../components/QuadrantBadge';
import { COLUMNS, GRID_TEMPLATE, TRACKS_MIN_WIDTH, type SortDirection, type SortKey } from './columns';
import { FlagIcons } from './FlagIcons';
import { slotOf, useRowWindow } from './rowWindow';

const ROW_HEIGHT = 44;
const COLUMN_GAP = tokens.spacingHorizontalS;
const ROW_PADDING = tokens.spacingHorizontalM;
/** Every column at its narrowest, with the gaps between them and the row's padding around. */
const ROW_MIN_WIDTH = `calc(${String(TRACKS_MIN_WIDTH)}px + ${String(COLUMNS.length)} * ${COLUMN_GAP} + 2 * ${ROW_PADDING})`;

const useStyles = makeStyles({
  // One scroller both ways: the header scrolls sideways with the rows and stays on top of them, and
  // the actions stay at its right edge (a scroller inside another would hold them back).
  table: { overflow: 'auto', flexGrow: 1, minHeight: '240px' },
  content: { minWidth: ROW_MIN_WIDTH },
  row: {
    display: 'grid',
    gridTemplateColumns: GRID_TEMPLATE,
    alignItems: 'center',
    columnGap: COLUMN_GAP,
    padding: `0 ${ROW_PADDING}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: {
    minHeight: '40px',
    fontWeight: tokens.fontWeightSemibold,
    position: 'sticky',
    top: 0,
    zIndex: 2,
  },
  headerButton: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXXS,
    border: 'none',
    background: 'none',
    font: 'inherit',
    padding: `${tokens.spacingVerticalXS} 0`,
    cursor: 'pointer',
    color: tokens.colorNeutralForeground1,
    textAlign: 'left',
    ':focus-visible': {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      borderRadius: tokens.borderRadiusSmall,
    },
  },
  body: { position: 'relative' },
  bodyRow: {
    position: 'absolute',
    left: 0,
    right: 0,
    height: `${ROW_HEIGHT}px`,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  cell: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  title: { fontWeight: tokens.fontWeightSemibold },
  period: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  actions: { display: 'flex', justifyContent: 'center', alignSelf: 'stretch', alignItems: 'center' },
  // The row's colour, hovered too (pageStyles' own follows Fluent's table rows).
  rowColour: { backgroundColor: 'inherit' },
  // A plain button styled like Fluent's small subtle icon button: rows are redrawn on every
  // search, and a Fluent Button per action costs more than the rest of the row.
  action: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    width: '24px',
    height: '24px',
    padding: 0,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    background: 'none',
    color: tokens.colorNeutralForeground2,
    cursor: 'pointer',
    ':hover': {
      backgroundColor: tokens.colorSubtleBackgroundHover,
      color: tokens.colorNeutralForeground2BrandHover,
    },
    ':active': { backgroundColor: tokens.colorSubtleBackgroundPressed },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
});

// Made once: React skips an element it has drawn before, so a new search does not draw the
// action icons of every row again.
const EDIT_ICON = <Edit20Regular />;
const DELETE_ICON = <Delete20Regular />;

interface RowClasses {
  row: string;
  title: string;
  cell: string;
  period: string;
  actions: string;
  action: string;
}

interface RowProps {
  p: Partnership;
  index: number;
  classes: RowClasses;
  onOpen(p: Partnership): void;
  onDelete(p: Partnership): void;
}

// The class names come from the table: Griffel's hook walks all of its rules on every call, and
// rows are redrawn on every search.
const RegisterRow = memo(function RegisterRow({ p, index, classes, onOpen, onDelete }: RowProps) {
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      className={classes.row}
      style={{ transform: `translateY(${String(index * ROW_HEIGHT)}px)` }}
      data-testid="partnership-row"
      data-partnership-id={p.id}
      onDoubleClick={() => onOpen(p)}
    >
      <div role="cell" className={classes.title} title={p.title}>
        {p.title}
      </div>
      <div role="cell" className={classes.cell} title={p.partner}>
        {p.partner}
      </div>
      <div role="cell" className={classes.cell}>
        {VOLUNTEER_TYPE_LABELS[p.volunteerType]}
      </div>
      <div role="cell">{INVOLVEMENT_LABELS[p.involvement]}</div>
      <div role="cell">
        <QuadrantBadge quadrant={p.quadrant} />
      </div>
      <div role="cell" className={classes.cell} title={p.unitName ?? ''}>
        {p.unitName ?? '–'}
      </div>
      <div role="cell">{STATUS_LABELS[p.status]}</div>
      <div role="cell" className={classes.cell}>
        <span className={classes.period}>{formatPeriod(p.startDate, p.endDate) || '–'}</span>
      </div>
      <div role="cell">
        <FlagIcons flags={p.flags} />
      </div>
      <div role="cell" className={classes.actions}>
        <button
          type="button"
          className={classes.action}
          aria-label={`Rediger ${p.title}`}
          onClick={() => onOpen(p)}
        >
          {EDIT_ICON}
        </button>
        <button
          type="button"
          className={classes.action}
          aria-label={`Slet ${p.title}`}
          onClick={() => onDelete(p)}
        >
          {DELETE_ICON}
        </button>
      </div>
    </div>
  );
});

interface Props {
  rows: readonly Partnership[];
  /** What the rows are (search, filters, order): when it changes, the list starts from its top. */
  list: unknown;
  sort: { key: SortKey; direction: SortDirection };
  onSort(key: SortKey): void;
  onOpen(p: Partnership): void;
  onDelete(p: Partnership): void;
}

/**
 * The register as a virtualised table: only the rows in view are in the DOM, so 10,000
 * partnerships scroll as smoothly as ten. ARIA table roles keep it a table for screen readers.
 * Memoised, and its rows too: a search that keeps a row on screen does not draw it again.
 */
export const PartnershipTable = memo(function PartnershipTable({
  rows,
  list,
  sort,
  onSort,
  onOpen,
  onDelete,
}: Props) {
  const styles = useStyles();
  const page = usePageStyles();
  const actions = mergeClasses(page.stickyActions, styles.actions, styles.rowColour);
  const classes = useMemo<RowClasses>(
    () => ({
      row: mergeClasses(styles.row, styles.bodyRow),
      title: mergeClasses(styles.cell, styles.title),
      cell: styles.cell,
      period: styles.period,
      actions,
      action: styles.action,
    }),
    [styles, actions],
  );
  // Two rows beyond each edge: enough for smooth scrolling, and each search redraws fewer rows.
  // The header scrolls with the rows, so the window takes its height for one more row: harmless.
  const { scrollRef, start, end, slots, base } = useRowWindow<HTMLDivElement>(
    rows.length,
    ROW_HEIGHT,
    2,
    list,
  );

  return (
    <div
      ref={scrollRef}
      className={styles.table}
      role="table"
      aria-label="Samarbejder"
      aria-rowcount={rows.length + 1}
      data-testid="register-scroll"
    >
      <div className={styles.content}>
        <div className={mergeClasses(styles.row, styles.header)} role="row" aria-rowindex={1}>
          {COLUMNS.map((c) => (
            <div
              key={c.key}
              role="columnheader"
              aria-sort={sort.key === c.key ? sort.direction : 'none'}
              className={styles.cell}
            >
              <button type="button" className={styles.headerButton} onClick={() => onSort(c.key)}>
                {c.label}
                {sort.key === c.key &&
                  (sort.direction === 'ascending' ? <ArrowSortUp16Regular /> : <ArrowSortDown16Regular />)}
              </button>
            </div>
          ))}
          <div role="columnheader" className={actions}>
            <span className="visually-hidden">Handlinger</span>
          </div>
        </div>
        <div className={styles.body} style={{ height: rows.length * ROW_HEIGHT }} role="rowgroup">
          {rows.slice(start, end).map((p, i) => (
            // Keyed by slot: a new search or a scroll updates the rows in the page rather than
            // building new ones.
            <RegisterRow
              key={slotOf(start + i, base, slots)}
              p={p}
              index={start + i}
              classes={classes}
              onOpen={onOpen}
              onDelete={onDelete}
            />
          ))}
        </div>
      </div>
    </div>
  );
});
