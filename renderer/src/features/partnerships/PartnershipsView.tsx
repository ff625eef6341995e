import {
  Button,
  Input,
  MessageBar,
  MessageBarBody,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Toast,
  ToastTitle,
  Toaster,
  makeStyles,
  tokens,
  useId,
  useToastController,
} from '@fluentui/react-components';
import { Add24Regular, Delete24Regular, Edit24Regular, Search24Regular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import type { Partnership } from '../../../../shared/api';
import {
  INVOLVEMENT_LABELS,
  STATUS_LABELS,
  VOLUNTEER_TYPE_LABELS,
  formatNumber,
  formatPeriod,
} from '../../../../shared/domain';
import { PageHeader } from '../../components/PageHeader';
import { QuadrantBadge } from '../../components/QuadrantBadge';
import { usePageStyles } from '../../components/pageStyles';
import { COLUMNS, matchesSearch, sortPartnerships, type SortDirection, type SortKey } from './columns';
import { DeletePartnershipDialog } from './DeletePartnershipDialog';
import { PartnershipForm } from './PartnershipForm';
import { usePartnerships } from './queries';

const useStyles = makeStyles({
  toolbar: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  search: { width: '320px' },
  tableCard: { overflowX: 'auto', padding: tokens.spacingHorizontalS },
  titleCell: { fontWeight: tokens.fontWeightSemibold },
  actions: { width: '96px' },
  empty: { padding: tokens.spacingVerticalXXL, textAlign: 'center' },
});

type Editing = { mode: 'closed' } | { mode: 'new' } | { mode: 'edit'; partnership: Partnership };

export function PartnershipsView() {
  const styles = useStyles();
  const page = usePageStyles();
  const partnerships = usePartnerships();
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({
    key: 'title',
    direction: 'ascending',
  });
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });
  const [deleting, setDeleting] = useState<Partnership | null>(null);
  const toasterId = useId('toaster');
  const { dispatchToast } = useToastController(toasterId);

  const rows = useMemo(
    () =>
      sortPartnerships(
        (partnerships.data ?? []).filter((p) => matchesSearch(p, search)),
        sort.key,
        sort.direction,
      ),
    [partnerships.data, search, sort],
  );

  const toggleSort = (key: SortKey) =>
    setSort((s) => ({
      key,
      direction: s.key === key && s.direction === 'ascending' ? 'descending' : 'ascending',
    }));

  const notify = (text: string) =>
    dispatchToast(
      <Toast>
        <ToastTitle>{text}</ToastTitle>
      </Toast>,
      { intent: 'success' },
    );

  const total = partnerships.data?.length ?? 0;
  return (
    <div className={page.page}>
      <Toaster toasterId={toasterId} position="bottom-end" />
      <PageHeader
        title="Samarbejder"
        subtitle={`${formatNumber(total)} ${total === 1 ? 'samarbejde' : 'samarbejder'} i registret`}
        actions={
          <Button appearance="primary" icon={<Add24Regular />} onClick={() => setEditing({ mode: 'new' })}>
            Nyt samarbejde
          </Button>
        }
      />
      <div className={styles.toolbar}>
        <Input
          className={styles.search}
          contentBefore={<Search24Regular />}
          placeholder="Søg i titel, partner, enhed og noter"
          aria-label="Søg i samarbejder"
          value={search}
          onChange={(_e, d) => setSearch(d.value)}
        />
        {search && (
          <Text>
            Viser {formatNumber(rows.length)} af {formatNumber(total)}
          </Text>
        )}
      </div>
      {partnerships.isError && (
        <MessageBar intent="error">
          <MessageBarBody>Registret kunne ikke hentes: {partnerships.error.message}</MessageBarBody>
        </MessageBar>
      )}
      <div className={`${page.card} ${styles.tableCard}`}>
        {partnerships.isPending ? (
          <Spinner label="Henter samarbejder …" />
        ) : (
          <Table sortable aria-label="Samarbejder" size="medium">
            <TableHeader>
              <TableRow>
                {COLUMNS.map((c) => (
                  <TableHeaderCell
                    key={c.key}
                    sortDirection={sort.key === c.key ? sort.direction : undefined}
                    onClick={() => toggleSort(c.key)}
                  >
                    {c.label}
                  </TableHeaderCell>
                ))}
                <TableHeaderCell className={styles.actions}>
                  <span className="visually-hidden">Handlinger</span>
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((p) => (
                <TableRow key={p.id} data-testid="partnership-row" data-partnership-id={p.id}>
                  <TableCell className={styles.titleCell}>{p.title}</TableCell>
                  <TableCell>{p.partner}</TableCell>
                  <TableCell>{VOLUNTEER_TYPE_LABELS[p.volunteerType]}</TableCell>
                  <TableCell>{INVOLVEMENT_LABELS[p.involvement]}</TableCell>
                  <TableCell>
                    <QuadrantBadge quadrant={p.quadrant} />
                  </TableCell>
                  <TableCell>{p.unitName ?? '–'}</TableCell>
                  <TableCell>{STATUS_LABELS[p.status]}</TableCell>
                  <TableCell>{formatPeriod(p.startDate, p.endDate) || '–'}</TableCell>
                  <TableCell className={styles.actions}>
                    <Button
                      appearance="subtle"
                      icon={<Edit24Regular />}
                      aria-label={`Rediger ${p.title}`}
                      onClick={() => setEditing({ mode: 'edit', partnership: p })}
                    />
                    <Button
                      appearance="subtle"
                      icon={<Delete24Regular />}
                      aria-label={`Slet ${p.title}`}
                      onClick={() => setDeleting(p)}
                    />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        {partnerships.isSuccess && rows.length === 0 && (
          <div className={styles.empty}>
            <Text>
              {total === 0
                ? 'Der er ingen samarbejder endnu. Klik på «Nyt samarbejde» for at oprette det første.'
                : 'Ingen samarbejder matcher søgningen.'}
            </Text>
          </div>
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
