import { Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import type { Person } from '../../../../shared/api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useNotify } from '../../components/useNotify';
import { useErasePerson } from './queries';

/** What an erasure does and does not reach, said before the user confirms it. */
export const ERASURE_EXPLANATION =
  'Navn, e-mail og telefon erstattes med «[anonymiseret]» overalt: i samarbejder, noter, følgegruppens referater og ' +
  'handlingspunkter, søgningen og logbogens værdier. Logbogen beholder, at der er slettet, hvornår, af hvem og hvorfor. ' +
  'Det kan ikke fortrydes. Sikkerhedskopier fra før sletningen indeholder stadig oplysningerne, indtil de udløber.';

export function ErasePersonDialog({
  person,
  onClose,
  onErased,
}: {
  person: Person;
  onClose(): void;
  onErased(): void;
}) {
  const erase = useErasePerson();
  const notify = useNotify();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  async function confirm() {
    if (!reason.trim()) {
      setProblem('Skriv hvorfor personen slettes, fx «Anmodning om sletning 3.11.2026».');
      return;
    }
    try {
      await erase.mutateAsync({ id: person.id, reason });
      notify('Personen er anonymiseret overalt');
      onErased();
    } catch (error) {
      setProblem(`Personen er ikke slettet. ${error instanceof Error ? error.message : ''}`);
    }
  }

  return (
    <ConfirmDialog
      title={<>Slet {person.name}?</>}
      confirmLabel="Slet personen"
      busyLabel="Sletter …"
      busy={erase.isPending}
      problem={problem}
      onConfirm={() => void confirm()}
      onClose={onClose}
    >
      <p>{ERASURE_EXPLANATION}</p>
      <Field label="Begrundelse" required hint="Skrives i logbogen. Skriv ikke personens navn.">
        <Input value={reason} onChange={(_e, d) => setReason(d.value)} />
      </Field>
    </ConfirmDialog>
  );
}
