import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Text,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ImageRegular } from '@fluentui/react-icons';
import { ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Partnership } from '../../../../shared/api';
import {
  NODE_HEIGHT,
  NODE_WIDTH,
  cellAt,
  cellOrigin,
  changesSince,
  formatDateLong,
  layoutMatrix,
  quadrantOf,
  stateAsOf,
  matrixCounts,
  toIsoDate,
  type Cell,
} from '../../../../shared/domain';
import { saveDataUrl } from '../../api/files';
import { PageHeader } from '../../components/PageHeader';
import { DebouncedSearchBox } from '../../components/DebouncedSearchBox';
import { DateInput } from '../../components/DateInput';
import { useNotify } from '../../components/useNotify';
import { FilterBar } from '../partnerships/FilterBar';
import { NO_FILTERS, filterPartnerships, type PartnershipFilters } from '../partnerships/filters';
import { PartnershipForm } from '../partnerships/PartnershipForm';
import { useLookupLists, usePartnerships, useRegisterSearch } from '../partnerships/queries';
import { NO_DRAG_HANDLE } from './DragOverlay';
import { matrixPicture } from './exportPicture';
import { MatrixFlow } from './MatrixFlow';
import { DropTarget, SelectedPartnership } from './matrixState';
import { MatrixSidePanel } from './MatrixSidePanel';
import type { PartnershipFlowNode } from './PartnershipNode';
import { useMatrixHistory, useMatrixPositions, useSavePosition } from './queries';
import { ReclassifyDialog } from './ReclassifyDialog';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', height: '100%', boxSizing: 'border-box' },
  top: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXXL} ${tokens.spacingVerticalS}`,
  },
  toolbar: { display: 'flex', gap: tokens.spacingHorizontalL, alignItems: 'flex-end', flexWrap: 'wrap' },
  body: { display: 'grid', gridTemplateColumns: '1fr 340px', flexGrow: 1, minHeight: 0 },
  canvas: {
    position: 'relative',
    minHeight: '400px',
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

type Pending = { partnership: Partnership; target: Cell };

/** The last moment of a calendar day, in local time, as the audit log's ISO timestamps count it. */
const endOfDay = (date: string) => new Date(`${date}T23:59:59.999`).toISOString();

function MatrixCanvas() {
  const styles = useStyles();
  const notify = useNotify();
  const partnerships = usePartnerships();
  const lists = useLookupLists();
  const positions = useMatrixPositions();
  const savePosition = useSavePosition();
  const [filters, setFilters] = useState<PartnershipFilters>(NO_FILTERS);
  const { hits, search } = useRegisterSearch();
  const [pending, setPending] = useState<Pending | null>(null);
  const [opened, setOpened] = useState<Partnership | null>(null);
  const canvasRef = useRef<HTMLDivElement>(null);
  const history = useMatrixHistory();
  const [asOf, setAsOf] = useState('');
  const [since, setSince] = useState('');
  const today = toIsoDate(new Date());
  const past = asOf !== '' && asOf < today;

  const shown = useMemo(() => {
    const filtered = filterPartnerships(partnerships.data ?? [], filters, hits);
    if (!past) return filtered;
    // As it stood then: later changes undone, later partnerships left out.
    return stateAsOf(filtered, history.data ?? [], endOfDay(asOf)).map((p) => ({
      ...p,
      quadrant: quadrantOf(p.volunteerType, p.involvement),
    }));
  }, [partnerships.data, filters, hits, past, asOf, history.data]);
  const marks = useMemo(
    () => (since ? changesSince(history.data ?? [], endOfDay(since)) : new Map<number, never>()),
    [since, history.data],
  );
  const byId = useMemo(() => new Map(shown.map((p) => [p.id, p])), [shown]);
  const layout = useMemo(() => {
    const manual = new Map((positions.data ?? []).map((m) => [m.partnershipId, { dx: m.dx, dy: m.dy }]));
    return layoutMatrix(shown, manual);
  }, [shown, positions.data]);
  const counts = useMemo(() => matrixCounts(shown), [shown]);

  const layoutNodes = useMemo(
    (): PartnershipFlowNode[] =>
      layout.nodes.map((n) => ({
        id: String(n.id),
        type: 'partnership',
        position: { x: n.x, y: n.y },
        width: NODE_WIDTH,
        height: NODE_HEIGHT,
        data: { partnership: byId.get(n.id)!, mark: marks.get(n.id) },
        draggable: !past,
        dragHandle: NO_DRAG_HANDLE,
        ariaLabel: `${byId.get(n.id)!.title}, kvadrant ${String(n.quadrant)}`,
      })),
    [layout, byId, marks, past],
  );
  // Bumped to put the nodes back where the layout has them.
  const [resetCount, setResetCount] = useState(0);
  const [renderAll, setRenderAll] = useState(false);
  const resetNodes = useCallback(() => setResetCount((n) => n + 1), []);

  const saveSpot = savePosition.mutate;
  /**
   * Mouse drags (the canvas's drag overlay) and keyboard moves (its `onNodesChange`) both end
   * here. Inside the same cell the spot is remembered; into another cell it asks first; outside
   * the matrix the node goes back.
   */
  const onDrop = useCallback(
    (id: number, position: { x: number; y: number }) => {
      const partnership = byId.get(id);
      if (!partnership) return;
      const centre = { x: position.x + NODE_WIDTH / 2, y: position.y + NODE_HEIGHT / 2 };
      const target = cellAt(layout.geometry, centre);
      if (!target) {
        resetNodes();
      } else if (
        target.volunteerType === partnership.volunteerType &&
        target.involvement === partnership.involvement
      ) {
        const origin = cellOrigin(layout.geometry, target);
        saveSpot({ id: partnership.id, dx: position.x - origin.x, dy: position.y - origin.y });
      } else {
        setPending({ partnership, target });
      }
    },
    [byId, layout.geometry, resetNodes, saveSpot],
  );

  async function exportPicture(format: 'png' | 'svg') {
    const viewport = canvasRef.current?.querySelector<HTMLElement>('.react-flow__viewport');
    if (!viewport) return;
    try {
      // A big portfolio has only the nodes in view in the page; the picture needs all of them.
      flushSync(() => setRenderAll(true));
      await new Promise((drawn) => requestAnimationFrame(drawn));
      const url = await matrixPicture(viewport, layout.geometry, format);
      saveDataUrl(`Matrix ${toIsoDate(new Date())}.${format}`, url);
    } catch (error) {
      notify(`Billedet kunne ikke laves: ${error instanceof Error ? error.message : String(error)}`, 'error');
    } finally {
      setRenderAll(false);
    }
  }

  return (
    <div className={styles.page}>
      <div className={styles.top}>
        <PageHeader
          title="Matrix"
          subtitle="Samarbejderne efter frivillig type og kommunal involvering (Furesø-modellen)"
          actions={
            <Menu>
              <MenuTrigger disableButtonEnhancement>
                <Button icon={<ImageRegular />}>Gem som billede</Button>
              </MenuTrigger>
              <MenuPopover>
                <MenuList>
                  <MenuItem onClick={() => void exportPicture('png')}>PNG (til Word og PowerPoint)</MenuItem>
                  <MenuItem onClick={() => void exportPicture('svg')}>SVG (skalerbar)</MenuItem>
                </MenuList>
              </MenuPopover>
            </Menu>
          }
        />
        <div className={styles.toolbar}>
          <DebouncedSearchBox
            label="Søg i matrixen"
            placeholder="Søg i titel, partner, noter"
            onSearch={search}
            width={300}
          />
          <Field label="Vis matrixen som den så ud den">
            <DateInput value={asOf} max={today} ignoreUnreadable onChange={setAsOf} />
          </Field>
          <Field label="Markér ændringer siden">
            <DateInput value={since} max={today} ignoreUnreadable onChange={setSince} />
          </Field>
          {since && (
            <Text data-testid="changes-summary">
              Siden {formatDateLong(since)}: {[...marks.values()].filter((m) => m === 'ny').length} nye,{' '}
              {[...marks.values()].filter((m) => m === 'flyttet').length} flyttet,{' '}
              {[...marks.values()].filter((m) => m === 'afsluttet').length} afsluttet.
            </Text>
          )}
        </div>
        <FilterBar filters={filters} onChange={setFilters} lists={lists.data} />
        {past && (
          <MessageBar intent="info">
            <MessageBarBody>
              Du ser matrixen, som den så ud den {formatDateLong(asOf)}. Samarbejder kan ikke flyttes i denne
              visning; ryd datoen for at se i dag.
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      <div className={styles.body}>
        <div className={styles.canvas} ref={canvasRef}>
          {partnerships.isPending ? (
            <Spinner label="Henter samarbejder …" />
          ) : (
            <MatrixFlow
              nodes={layoutNodes}
              geometry={layout.geometry}
              cellCounts={counts.cells}
              quadrantCounts={counts.quadrants}
              today={past ? asOf : today}
              resetCount={resetCount}
              onDrop={onDrop}
              renderAll={renderAll}
            />
          )}
        </div>
        <MatrixSidePanel
          byId={byId}
          quadrantCounts={counts.quadrants}
          onOpen={setOpened}
          onMove={(partnership, target) => setPending({ partnership, target })}
        />
      </div>
      {pending && (
        <ReclassifyDialog
          partnership={pending.partnership}
          target={pending.target}
          onCancel={() => {
            // The node goes back where it was.
            resetNodes();
            setPending(null);
          }}
          onDone={(saved) => {
            setPending(null);
            notify(`«${saved.title}» er flyttet til kvadrant ${String(saved.quadrant)}`);
          }}
        />
      )}
      {opened && (
        <PartnershipForm
          key={opened.id}
          editing={opened}
          onClose={() => setOpened(null)}
          onSaved={(saved) => {
            setOpened(null);
            notify(`«${saved.title}» er gemt`);
          }}
        />
      )}
    </div>
  );
}

export function MatrixView() {
  return (
    <ReactFlowProvider>
      <SelectedPartnership.Provider>
        <DropTarget.Provider>
          <MatrixCanvas />
        </DropTarget.Provider>
      </SelectedPartnership.Provider>
    </ReactFlowProvider>
  );
}
