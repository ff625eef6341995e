import {
  Button,
  Checkbox,
  Field,
  Input,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { useState } from 'react';
import { formatDateShort } from '../../../../shared/domain';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { usePageStyles } from '../../components/pageStyles';
import { useNotify } from '../../components/useNotify';
import { ERASURE_EXPLANATION } from './ErasePersonDialog';
import { roleText } from './personText';
import { useApplyRetention, useRetentionDue } from './queries';

function toggle(set: ReadonlySet<number>, id: number, on: boolean): Set<number> {
  const next = new Set(set);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}

/** Persons and ended partnerships past their retention date, removed in bulk after confirmation. */
export function RetentionTab() {
  const page = usePageStyles();
  const due = useRetentionDue();
  const apply = useApplyRetention();
  const notify = useNotify();
  const [persons, setPersons] = useState<ReadonlySet<number>>(new Set());
  const [partnerships, setPartnerships] = useState<ReadonlySet<number>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  if (due.isPending || !due.data) return <Spinner label="Finder det, der skal slettes …" />;
  const { data } = due;
  const chosen = persons.size + partnerships.size;

  async function confirm() {
    if (!reason.trim()) {
      setProblem('Skriv en begrundelse, fx «Årlig gennemgang af opbevaringsfrister».');
      return;
    }
    try {
      const done = await apply.mutateAsync({
        personIds: [...persons],
        partnershipIds: [...partnerships],
        reason,
      });
      notify(
        `${String(done.persons)} personer anonymiseret og ${String(done.partnerships)} samarbejder slettet`,
      );
      setPersons(new Set());
      setPartnerships(new Set());
      setConfirming(false);
      setReason('');
    } catch (error) {
      setProblem(`Intet er slettet. ${error instanceof Error ? error.message : ''}`);
    }
  }

  return (
    <>
      <Text>
        Her står personer og afsluttede samarbejder, hvis opbevaringsfrist er udløbet (standarden sættes i
        Indstillinger). Vælg dem, der skal slettes.
      </Text>
      <div className={page.card} style={{ padding: 16 }}>
        <Text as="h2" size={500} weight="semibold">
          Personer ({data.persons.length})
        </Text>
        {data.persons.length === 0 ? (
          <Text style={{ display: 'block' }}>Ingen personer har passeret deres opbevaringsfrist.</Text>
        ) : (
          <Table aria-label="Personer til sletning" size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>
                  <Checkbox
                    aria-label="Vælg alle personer"
                    checked={persons.size === data.persons.length ? true : persons.size > 0 ? 'mixed' : false}
                    onChange={(_e, d) =>
                      setPersons(new Set(d.checked === true ? data.persons.map((p) => p.id) : []))
                    }
                  />
                </TableHeaderCell>
                <TableHeaderCell>Navn</TableHeaderCell>
                <TableHeaderCell>Organisation og samarbejder</TableHeaderCell>
                <TableHeaderCell>Opbevares til</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.persons.map((p) => (
                <TableRow key={p.id} data-testid="due-person">
                  <TableCell>
                    <Checkbox
                      aria-label={`Vælg ${p.name}`}
                      checked={persons.has(p.id)}
                      onChange={(_e, d) => setPersons(toggle(persons, p.id, d.checked === true))}
                    />
                  </TableCell>
                  <TableCell>{p.name}</TableCell>
                  <TableCell>{roleText(p) || '–'}</TableCell>
                  <TableCell>{p.keepUntil && formatDateShort(p.keepUntil)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </div>
      <div className={page.card} style={{ padding: 16 }}>
        <Text as="h2" size={500} weight="semibold">
          Afsluttede samarbejder ({data.partnerships.length})
        </Text>
        {data.partnerships.length === 0 ? (
          <Text style={{ display: 'block' }}>
            Ingen afsluttede samarbejder har passeret deres opbevaringsfrist.
          </Text>
        ) : (
          <Table aria-label="Samarbejder til sletning" size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>
                  <Checkbox
                    aria-label="Vælg alle samarbejder"
                    checked={
                      partnerships.size === data.partnerships.length
                        ? true
                        : partnerships.size > 0
                          ? 'mixed'
                          : false
                    }
                    onChange={(_e, d) =>
                      setPartnerships(new Set(d.checked === true ? data.partnerships.map((p) => p.id) : []))
                    }
                  />
                </TableHeaderCell>
                <TableHeaderCell>Samarbejde</TableHeaderCell>
                <TableHeaderCell>Partner</TableHeaderCell>
                <TableHeaderCell>Afsluttet</TableHeaderCell>
                <TableHeaderCell>Opbevares til</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.partnerships.map((p) => (
                <TableRow key={p.id} data-testid="due-partnership">
                  <TableCell>
                    <Checkbox
                      aria-label={`Vælg ${p.title}`}
                      checked={partnerships.has(p.id)}
                      onChange={(_e, d) => setPartnerships(toggle(partnerships, p.id, d.checked === true))}
                    />
                  </TableCell>
                  <TableCell>{p.title}</TableCell>
                  <TableCell>{p.partner}</TableCell>
                  <TableCell>{formatDateShort(p.endedOn)}</TableCell>
                  <TableCell>{formatDateShort(p.keepUntil)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </div>
      <div>
        <Button appearance="primary" disabled={chosen === 0} onClick={() => setConfirming(true)}>
          Slet de valgte ({chosen}) …
        </Button>
      </div>
      {confirming && (
        <ConfirmDialog
          title={<>Slet {chosen} valgte?</>}
          confirmLabel="Slet"
          busyLabel="Sletter …"
          busy={apply.isPending}
          problem={problem}
          onConfirm={() => void confirm()}
          onClose={() => setConfirming(false)}
        >
          <p>
            {persons.size} personer anonymiseres, og {partnerships.size} samarbejder slettes med deres
            historik.
          </p>
          <p>{ERASURE_EXPLANATION}</p>
          <Field label="Begrundelse" required hint="Skrives i logbogen.">
            <Input value={reason} onChange={(_e, d) => setReason(d.value)} />
          </Field>
        </ConfirmDialog>
      )}
    </>
  );
}
