import { Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Add24Regular, ArrowUpload24Regular } from '@fluentui/react-icons';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Partnership } from '../../../../shared/api';
import { formatNumber } from '../../../../shared/domain';
import { PageHeader } from '../../components/PageHeader';
import { ProblemBar } from '../../components/ProblemBar';
import { DebouncedSearchBox } from '../../components/DebouncedSearchBox';
import { usePageStyles } from '../../components/pageStyles';
import { useNotify } from '../../components/useNotify';
import { sortPartnerships, type SortDirection, type SortKey } from './columns';
import { ExportMenu } from '../transfer/ExportMenu';
import { ImportDialog } from '../transfer/ImportDialog';
import { DeletePartnershipDialog } from './DeletePartnershipDialog';
import { FilterBar } from './FilterBar';
import {
  activeFilterCount,
  filterPartnerships,
  filtersFromHash,
  onlyHits,
  type PartnershipFilters,
} from './filters';
import { PartnershipForm } from './PartnershipForm';
import { PartnershipTable } from './PartnershipTable';
import { useLoadDemo, useLookupLists, usePartnerships, useRegisterSearch } from './queries';

const useStyles = makeStyles({
  page: { height: '100%', boxSizing: 'border-box' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
  toolbar: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
  tableCard: {
    display: 'flex',
    flexDirection: 'column',
    flexGrow: 1,
    minHeight: '300px',
    overflowX: 'auto',
    overflowY: 'hidden',
  },
  empty: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingVerticalXXL,
    textAlign: 'center',
  },
});

type Editing = { mode: 'closed' } | { mode: 'new' } | { mode: 'edit'; partnership: Partnership };

export function PartnershipsView() {
  const styles = useStyles();
  const page = usePageStyles();
  const partnerships = usePartnerships();
  const lists = useLookupLists();
  const loadDemo = useLoadDemo();
  const notify = useNotify();
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({
    key: 'title',
    direction: 'ascending',
  });
  const [filters, setFilters] = useState<PartnershipFilters>(() => filtersFromHash(window.location.hash));
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });
  const [deleting, setDeleting] = useState<Partnership | null>(null);
  const [importing, setImporting] = useState(false);
  const { query, hits, search } = useRegisterSearch();

  // Sorted once per list and order; each search then only filters (which keeps the order).
  const sorted = useMemo(
    () => sortPartnerships(partnerships.data ?? [], sort.key, sort.direction),
    [partnerships.data, sort],
  );
  // Filtered once per change of filters; a key of a search then only narrows to its hits.
  const filtered = useMemo(() => filterPartnerships(sorted, filters, null), [sorted, filters]);
  const rows = useMemo(() => onlyHits(filtered, hits), [filtered, hits]);
  // A new search, filter or order starts the list from its top. By value: a save that brings the
  // same search's answer again (other hits, or the same in another order) keeps the place.
  const list = JSON.stringify([query, filters, sort]);

  // Stable callbacks, so the memoised table and filter bar skip renders that change nothing for them.
  const toggleSort = useCallback(
    (key: SortKey) =>
      setSort((s) => ({
        key,
        direction: s.key === key && s.direction === 'ascending' ? 'descending' : 'ascending',
      })),
    [],
  );
  const openEditor = useCallback((p: Partnership) => setEditing({ mode: 'edit', partnership: p }), []);

  const total = partnerships.data?.length ?? 0;
  const narrowed = hits !== null || activeFilterCount(filters) > 0;
  // What an export takes, read when its menu opens: the header's buttons then stay as they are
  // while a search changes the rows.
  const shown = useRef<readonly Partnership[] | null>(null);
  useEffect(() => {
    shown.current = narrowed ? rows : null;
  }, [narrowed, rows]);
  const shownIds = useCallback(() => shown.current?.map((p) => p.id) ?? null, []);
  const actions = useMemo(
    () => (
      <div className={styles.actions}>
        <Button icon={<ArrowUpload24Regular />} onClick={() => setImporting(true)}>
          Importér
        </Button>
        <ExportMenu shownIds={shownIds} />
        <Button appearance="primary" icon={<Add24Regular />} onClick={() => setEditing({ mode: 'new' })}>
          Nyt samarbejde
        </Button>
      </div>
    ),
    [styles.actions, shownIds],
  );
  return (
    <div className={`${page.page} ${styles.page}`}>
      <PageHeader
        title="Samarbejder"
        subtitle={
          narrowed
            ? `Viser ${formatNumber(rows.length)} af ${formatNumber(total)} samarbejder`
            : `${formatNumber(total)} ${total === 1 ? 'samarbejde' : 'samarbejder'} i registret`
        }
        actions={actions}
      />
      <div className={styles.toolbar}>
        <DebouncedSearchBox
          label="Søg i samarbejder"
          placeholder="Søg i titel, partner, noter og kontaktpersoner"
          onSearch={search}
        />
      </div>
      <FilterBar filters={filters} onChange={setFilters} lists={lists.data} />
      <ProblemBar
        problem={partnerships.error && `Registret kunne ikke hentes: ${partnerships.error.message}`}
      />
      <div className={`${page.card} ${styles.tableCard}`}>
        {partnerships.isPending ? (
          <Spinner label="Henter samarbejder …" />
        ) : total === 0 ? (
          <div className={styles.empty}>
            <Text size={400} weight="semibold">
              Registret er tomt
            </Text>
            <Text>Opret det første samarbejde, importér dit regneark, eller se Samspil med demodata.</Text>
            <div className={styles.actions}>
              <Button icon={<ArrowUpload24Regular />} onClick={() => setImporting(true)}>
                Importér regneark
              </Button>
              <Button
                disabled={loadDemo.isPending}
                onClick={() =>
                  loadDemo.mutate(undefined, {
                    onSuccess: ({ added }) => notify(`${String(added)} demo-samarbejder er indlæst`),
                    onError: (error) => notify(error.message, 'error'),
                  })
                }
              >
                Indlæs demodata
              </Button>
            </div>
          </div>
        ) : rows.length === 0 ? (
          <div className={styles.empty}>
            <Text>Ingen samarbejder matcher søgningen og filtrene.</Text>
          </div>
        ) : (
          <PartnershipTable
            rows={rows}
            list={list}
            sort={sort}
            onSort={toggleSort}
            onOpen={openEditor}
            onDelete={setDeleting}
          />
        )}
      </div>
      {editing.mode !== 'closed' && (
        <PartnershipForm
          key={editing.mode === 'edit' ? editing.partnership.id : 'new'}
          editing={editing.mode === 'edit' ? editing.partnership : null}
          onClose={() => setEditing({ mode: 'closed' })}
          onSaved={(saved) => {
            setEditing({ mode: 'closed' });
            notify(`«${saved.title}» er gemt`);
          }}
        />
      )}
      {importing && <ImportDialog onClose={() => setImporting(false)} />}
      {deleting && (
        <DeletePartnershipDialog
          partnership={deleting}
          onClose={() => setDeleting(null)}
          onDeleted={() => {
            notify(`«${deleting.title}» er slettet`);
            setDeleting(null);
          }}
        />
      )}
    </div>
  );
}
