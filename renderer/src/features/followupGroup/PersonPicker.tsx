import { Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Member } from '../../../../shared/api';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

const OTHER = 'andet';

/**
 * A member of the group, or someone else written as text (a guest presenter, "Alle"). The API
 * keeps the two apart (`…PersonId` and its free-text twin); this is where the user chooses.
 */
export function PersonPicker({
  label,
  members,
  personId,
  text,
  onChange,
  disabled,
  validationMessage,
}: {
  label: string;
  members: readonly Member[];
  personId: number | null;
  text: string;
  onChange(personId: number | null, text: string): void;
  disabled?: boolean;
  validationMessage?: string;
}) {
  const styles = useStyles();
  const [other, setOther] = useState(personId === null && text !== '');
  const value = personId !== null ? String(personId) : other ? OTHER : '';
  return (
    <Field
      label={label}
      validationMessage={validationMessage}
      validationState={validationMessage ? 'error' : 'none'}
    >
      <div className={styles.stack}>
        <Select
          value={value}
          disabled={disabled}
          onChange={(_e, d) => {
            setOther(d.value === OTHER);
            if (d.value === OTHER || d.value === '') onChange(null, d.value === OTHER ? text : '');
            else onChange(Number(d.value), '');
          }}
        >
          <option value="">Ingen valgt</option>
          {members.map((m) => (
            <option key={m.personId} value={String(m.personId)}>
              {m.name}
            </option>
          ))}
          {personId !== null && !members.some((m) => m.personId === personId) && (
            // Someone who has left the group since: keep showing who it was.
            <option value={String(personId)}>{text || 'Tidligere medlem'}</option>
          )}
          <option value={OTHER}>En anden …</option>
        </Select>
        {value === OTHER && (
          <Input
            aria-label={`${label}: navn`}
            placeholder="Skriv navnet"
            value={text}
            disabled={disabled}
            onChange={(_e, d) => onChange(null, d.value)}
          />
        )}
      </div>
    </Field>
  );
}
