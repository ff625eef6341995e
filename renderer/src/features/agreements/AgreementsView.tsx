import {
  Button,
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { DocumentMultiple20Regular, DocumentText20Regular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import type { Partnership } from '../../../../shared/api';
import {
  AGREEMENT_KIND_LABELS,
  agreementShape,
  compareDanish,
  formatPeriod,
} from '../../../../shared/domain';
import { PageHeader } from '../../components/PageHeader';
import { SearchBox } from '../../components/SearchBox';
import { QuadrantBadge } from '../../components/QuadrantBadge';
import { usePageStyles } from '../../components/pageStyles';
import { FilterBar } from '../partnerships/FilterBar';
import { FlagIcons } from '../partnerships/FlagIcons';
import { PartnershipForm } from '../partnerships/PartnershipForm';
import { NO_FILTERS, filterPartnerships, type PartnershipFilters } from '../partnerships/filters';
import { useLookupLists, usePartnerships } from '../partnerships/queries';
import { AgreementDialog } from './AgreementDialog';
import { BulkExportDialog } from './BulkExportDialog';

const SHAPE_LABELS = {
  kort: 'Kort aftale (dialog)',
  fuld: 'Fuld samarbejdsaftale',
  partnerskab: 'Partnerskabsaftale',
} as const;

/** Every partnership with the agreement the matrix gives it, one click from Word. */
export function AgreementsView() {
  const page = usePageStyles();
  const partnerships = usePartnerships();
  const lists = useLookupLists();
  const [search, setSearch] = useState('');
  const [filters, setFilters] = useState<PartnershipFilters>(NO_FILTERS);
  const [chosen, setChosen] = useState<Partnership | null>(null);
  const [bulk, setBulk] = useState(false);
  const [editing, setEditing] = useState<Partnership | null>(null);
  const rows = useMemo(() => {
    const needle = search.trim().toLocaleLowerCase('da');
    // Ended partnerships need no agreement, unless the consultant asks for them by status.
    return filterPartnerships(partnerships.data ?? [], filters, null)
      .filter((p) => filters.status !== '' || p.status !== 'afsluttet')
      .filter((p) => !needle || `${p.title} ${p.partner}`.toLocaleLowerCase('da').includes(needle))
      .sort((a, b) => compareDanish(a.title, b.title));
  }, [partnerships.data, search, filters]);

  return (
    <div className={page.page}>
      <PageHeader
        title="Aftaler"
        subtitle="Samarbejds- og partnerskabsaftaler i Word, lavet direkte fra registret. Matrixen afgør aftalens form."
      />
      <SearchBox
        label="Søg i aftaler"
        placeholder="Søg efter titel eller partner"
        value={search}
        onChange={setSearch}
        width={340}
      />
      <FilterBar filters={filters} onChange={setFilters} lists={lists.data} />
      <div>
        <Button
          icon={<DocumentMultiple20Regular />}
          disabled={rows.length === 0}
          onClick={() => setBulk(true)}
        >
          Lav aftaler for de viste ({rows.length})
        </Button>
      </div>
      <div className={mergeClasses(page.card, page.tableScroller)}>
        {partnerships.data && partnerships.data.length > 0 && rows.length === 0 ? (
          <Text block style={{ padding: 16 }}>
            Ingen aftaler matcher søgningen og filtrene.
          </Text>
        ) : (
          /* Eight columns need about 1,080 pixels, as the register. */
          <Table aria-label="Aftaler" style={{ minWidth: 1080 }}>
            <TableHeader>
              <TableRow>
                {/* Fixed widths (content, without the cells' padding) where the longest label must
                  fit whole («Samarbejdsaftale», «Partnerskabsaftale»); title and partner share the rest. */}
                <TableHeaderCell>Titel</TableHeaderCell>
                <TableHeaderCell>Partner</TableHeaderCell>
                <TableHeaderCell style={{ width: 88 }}>Kvadrant</TableHeaderCell>
                <TableHeaderCell style={{ width: 132 }}>Registreret aftale</TableHeaderCell>
                <TableHeaderCell style={{ width: 132 }}>Aftalens form</TableHeaderCell>
                <TableHeaderCell style={{ width: 85 }}>Periode</TableHeaderCell>
                <TableHeaderCell style={{ width: 72 }}>Advarsler</TableHeaderCell>
                <TableHeaderCell className={page.stickyActions} style={{ width: 132 }}>
                  <span className="visually-hidden">Handlinger</span>
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((p) => (
                <TableRow key={p.id} data-testid="agreement-row">
                  <TableCell>
                    <Text weight="semibold" style={{ overflowWrap: 'anywhere' }}>
                      {p.title}
                    </Text>
                  </TableCell>
                  <TableCell>{p.partner}</TableCell>
                  <TableCell>
                    <QuadrantBadge quadrant={p.quadrant} />
                  </TableCell>
                  <TableCell>{AGREEMENT_KIND_LABELS[p.agreementKind]}</TableCell>
                  <TableCell>{SHAPE_LABELS[agreementShape(p)]}</TableCell>
                  <TableCell>{formatPeriod(p.startDate, p.endDate) || '–'}</TableCell>
                  <TableCell>
                    <FlagIcons flags={p.flags} />
                  </TableCell>
                  <TableCell className={page.stickyActions}>
                    <Button
                      icon={<DocumentText20Regular />}
                      onClick={() => setChosen(p)}
                      aria-label={`Lav aftale for ${p.title}`}
                    >
                      Lav aftale
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </div>
      {chosen && (
        <AgreementDialog
          partnership={chosen}
          onClose={() => setChosen(null)}
          onEdit={() => {
            setEditing(chosen);
            setChosen(null);
          }}
        />
      )}
      {editing && (
        <PartnershipForm
          key={editing.id}
          editing={editing}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            // Back to the agreement, now checked against what was just filled in.
            setEditing(null);
            setChosen(saved);
          }}
        />
      )}
      {bulk && <BulkExportDialog partnerships={rows} onClose={() => setBulk(false)} />}
    </div>
  );
}
