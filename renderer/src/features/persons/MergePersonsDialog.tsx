import { Dropdown, Field, Option } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { Person } from '../../../../shared/api';
import { compareDanish } from '../../../../shared/domain';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useNotify } from '../../components/useNotify';
import { roleText } from './personText';
import { useMergePersons } from './queries';

const sameName = (a: Person, b: Person) =>
  a.name.trim().toLocaleLowerCase('da') === b.name.trim().toLocaleLowerCase('da');

/** Two records of the same person become one; the person open in the panel is the one kept. */
export function MergePersonsDialog({
  person,
  others,
  onClose,
}: {
  person: Person;
  others: readonly Person[];
  onClose(): void;
}) {
  const merge = useMergePersons();
  const notify = useNotify();
  // Likely duplicates (the same name) first, then everyone else alphabetically.
  const candidates = useMemo(
    () =>
      others
        .filter((o) => o.id !== person.id)
        .sort(
          (a, b) =>
            Number(sameName(b, person)) - Number(sameName(a, person)) || compareDanish(a.name, b.name),
        ),
    [others, person],
  );
  const [removeId, setRemoveId] = useState<number | null>(
    candidates.find((c) => sameName(c, person))?.id ?? null,
  );
  const [problem, setProblem] = useState<string | null>(null);
  const label = (p: Person) => `${p.name} – ${roleText(p) || 'ingen tilknytning'}`;
  const chosen = candidates.find((c) => c.id === removeId);

  async function confirm() {
    if (removeId === null) {
      setProblem('Vælg den anden post for samme person.');
      return;
    }
    try {
      await merge.mutateAsync({ keepId: person.id, removeId });
      notify('Posterne er lagt sammen');
      onClose();
    } catch (error) {
      setProblem(`Posterne er ikke lagt sammen. ${error instanceof Error ? error.message : ''}`);
    }
  }

  return (
    <ConfirmDialog
      title={<>Læg sammen med {person.name}</>}
      confirmLabel="Læg sammen"
      modalType="modal"
      busy={merge.isPending}
      problem={problem}
      onConfirm={() => void confirm()}
      onClose={onClose}
    >
      <p>
        Vælg en anden post for samme person. Alle samarbejder, medlemskaber og al historik flyttes til «
        {person.name}», tomme felter udfyldes fra den anden post, og den anden post forsvinder.
      </p>
      <Field label="Den anden post">
        <Dropdown
          placeholder="Vælg person"
          value={chosen ? label(chosen) : ''}
          selectedOptions={removeId === null ? [] : [String(removeId)]}
          onOptionSelect={(_e, d) => setRemoveId(d.optionValue ? Number(d.optionValue) : null)}
        >
          {candidates.map((c) => (
            <Option key={c.id} value={String(c.id)} text={label(c)}>
              {label(c)}
            </Option>
          ))}
        </Dropdown>
      </Field>
    </ConfirmDialog>
  );
}
