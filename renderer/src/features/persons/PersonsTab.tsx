import {
  Badge,
  Button,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { Open20Regular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { compareDanish, formatNumber } from '../../../../shared/domain';
import { SearchBox } from '../../components/SearchBox';
import { usePageStyles } from '../../components/pageStyles';
import { PersonPanel } from './PersonPanel';
import { informedText, keepUntilText, legalBasisText, roleText } from './personText';
import { usePersons } from './queries';

export function PersonsTab() {
  const page = usePageStyles();
  const persons = usePersons();
  const [search, setSearch] = useState('');
  const [openId, setOpenId] = useState<number | null>(null);

  const rows = useMemo(() => {
    const needle = search.trim().toLocaleLowerCase('da');
    return (persons.data ?? [])
      .filter((p) => !needle || `${p.name} ${roleText(p)}`.toLocaleLowerCase('da').includes(needle))
      .sort((a, b) => compareDanish(a.name, b.name));
  }, [persons.data, search]);
  const open = persons.data?.find((p) => p.id === openId);

  return (
    <>
      <div style={{ display: 'flex', gap: 16, alignItems: 'center' }}>
        <SearchBox
          label="Søg i personer"
          placeholder="Søg efter navn eller samarbejde"
          value={search}
          onChange={setSearch}
          width={340}
        />
        <Text>{formatNumber(persons.data?.length ?? 0)} personer</Text>
      </div>
      <div className={page.card}>
        {persons.isPending ? (
          <Spinner label="Henter personer …" />
        ) : rows.length === 0 ? (
          <Text style={{ display: 'block', padding: 16 }}>
            {search
              ? `Ingen personer matcher «${search}».`
              : 'Der er ingen personer i registret endnu. De kommer med, når et samarbejde får en kontaktperson.'}
          </Text>
        ) : (
          <Table aria-label="Personer">
            <TableHeader>
              <TableRow>
                <TableHeaderCell style={{ width: '18%' }}>Navn</TableHeaderCell>
                <TableHeaderCell style={{ width: '30%' }}>Organisation og samarbejder</TableHeaderCell>
                <TableHeaderCell style={{ width: '14%' }}>Retsgrundlag</TableHeaderCell>
                <TableHeaderCell style={{ width: '12%' }}>Oplyst (art. 14)</TableHeaderCell>
                <TableHeaderCell style={{ width: '20%' }}>Opbevares til</TableHeaderCell>
                <TableHeaderCell style={{ width: 56 }}>
                  <span className="visually-hidden">Handlinger</span>
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((p) => (
                <TableRow key={p.id} data-testid="person-row">
                  <TableCell>
                    <Text weight="semibold">{p.name}</Text>
                  </TableCell>
                  <TableCell>{roleText(p) || '–'}</TableCell>
                  <TableCell>
                    {p.legalBasis ? (
                      legalBasisText(p)
                    ) : (
                      <Badge color="warning" appearance="tint" style={{ whiteSpace: 'nowrap' }}>
                        Ikke angivet
                      </Badge>
                    )}
                  </TableCell>
                  <TableCell>{informedText(p)}</TableCell>
                  <TableCell>
                    {keepUntilText(p)}
                    {p.due && (
                      <Badge color="danger" appearance="tint" style={{ marginLeft: 6 }}>
                        Til sletning
                      </Badge>
                    )}
                  </TableCell>
                  <TableCell>
                    <Button
                      appearance="subtle"
                      icon={<Open20Regular />}
                      aria-label={`Åbn ${p.name}`}
                      onClick={() => setOpenId(p.id)}
                    />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </div>
      {open && (
        <PersonPanel
          key={open.id}
          person={open}
          others={persons.data ?? []}
          onClose={() => setOpenId(null)}
        />
      )}
    </>
  );
}
