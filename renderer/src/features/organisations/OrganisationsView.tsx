import {
  Button,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  mergeClasses,
} from '@fluentui/react-components';
import { Edit20Regular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import type { Organisation } from '../../../../shared/api';
import { VOLUNTEER_TYPE_LABELS, compareDanish, formatNumber } from '../../../../shared/domain';
import { PageHeader } from '../../components/PageHeader';
import { SearchBox } from '../../components/SearchBox';
import { usePageStyles } from '../../components/pageStyles';
import { useNotify } from '../../components/useNotify';
import { OrganisationForm } from './OrganisationForm';
import { useOrganisations } from './queries';

/** The partners: associations, communities and individuals, each with its partnerships. */
export function OrganisationsView() {
  const page = usePageStyles();
  const organisations = useOrganisations();
  const notify = useNotify();
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<Organisation | null>(null);

  const rows = useMemo(() => {
    const needle = search.trim().toLocaleLowerCase('da');
    return (organisations.data ?? [])
      .filter((o) => !needle || o.name.toLocaleLowerCase('da').includes(needle))
      .sort((a, b) => compareDanish(a.name, b.name));
  }, [organisations.data, search]);
  const total = organisations.data?.length ?? 0;

  return (
    <div className={page.page}>
      <PageHeader
        title="Partnere"
        subtitle={
          rows.length < total
            ? `Viser ${formatNumber(rows.length)} af ${formatNumber(total)} partnere`
            : `${formatNumber(total)} ${total === 1 ? 'partner' : 'partnere'}`
        }
      />
      <SearchBox
        label="Søg i partnere"
        placeholder="Søg efter navn"
        value={search}
        onChange={setSearch}
        width={340}
      />
      <div className={mergeClasses(page.card, page.tableScroller)}>
        {organisations.isPending ? (
          <Spinner label="Henter partnere …" />
        ) : rows.length === 0 && total > 0 ? (
          <Text block style={{ padding: 16 }}>
            Ingen partnere matcher søgningen.
          </Text>
        ) : (
          <Table aria-label="Partnere" style={{ minWidth: 900 }}>
            <TableHeader>
              <TableRow>
                {/* Labels and counts get what their longest value needs; name and contact the rest. */}
                <TableHeaderCell>Navn</TableHeaderCell>
                <TableHeaderCell style={{ width: 140 }}>Frivillig type</TableHeaderCell>
                <TableHeaderCell style={{ width: 100 }}>Samarbejder</TableHeaderCell>
                <TableHeaderCell style={{ width: 120 }}>Frivilligcenter</TableHeaderCell>
                <TableHeaderCell>Kontakt</TableHeaderCell>
                <TableHeaderCell className={page.stickyActions} style={{ width: 40 }}>
                  <span className="visually-hidden">Handlinger</span>
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((o) => (
                <TableRow key={o.id} data-testid="organisation-row">
                  <TableCell>
                    <Text weight="semibold">{o.name}</Text>
                  </TableCell>
                  <TableCell>{o.volunteerType ? VOLUNTEER_TYPE_LABELS[o.volunteerType] : '–'}</TableCell>
                  <TableCell>{o.partnershipCount}</TableCell>
                  <TableCell>{o.volunteerCentreMember ? 'Medlem' : '–'}</TableCell>
                  <TableCell>{[o.email, o.phone].filter(Boolean).join(' · ') || '–'}</TableCell>
                  <TableCell className={page.stickyActions}>
                    <Button
                      appearance="subtle"
                      icon={<Edit20Regular />}
                      aria-label={`Åbn ${o.name}`}
                      onClick={() => setEditing(o)}
                    />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </div>
      {editing && (
        <OrganisationForm
          key={editing.id}
          organisation={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            notify(`«${editing.name}» er gemt`);
            setEditing(null);
          }}
        />
      )}
    </div>
  );
}
