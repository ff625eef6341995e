import { Button, Field, Input, Text, Textarea } from '@fluentui/react-components';
import { Add24Regular, Delete24Regular } from '@fluentui/react-icons';
import { useFormStyles } from './formStyles';
import { validation, type SectionProps } from './sectionProps';

/** Notes, and the extra fields an import brought along (kept so nothing from the spreadsheet is lost). */
export function NotesSection({ values, set, messages }: SectionProps) {
  const styles = useFormStyles();
  const extra = values.extraFields;
  const change = (index: number, patch: Partial<{ key: string; value: string }>) =>
    set(
      'extraFields',
      extra.map((f, i) => (i === index ? { ...f, ...patch } : f)),
    );

  return (
    <div className={styles.section}>
      <Field label="Noter" {...validation(messages, 'notes')}>
        <Textarea
          value={values.notes}
          onChange={(_e, d) => set('notes', d.value)}
          resize="vertical"
          rows={6}
        />
      </Field>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>Ekstra felter</legend>
        {extra.length === 0 && (
          <Text size={200}>
            Ingen ekstra felter. Kolonner fra et importeret regneark, som Samspil ikke kender, gemmes her.
          </Text>
        )}
        {extra.map((f, index) => (
          <div key={index} className={styles.row3}>
            <Input
              aria-label="Feltnavn"
              value={f.key}
              onChange={(_e, d) => change(index, { key: d.value })}
            />
            <Input
              aria-label={`Værdi for ${f.key}`}
              value={f.value}
              onChange={(_e, d) => change(index, { value: d.value })}
            />
            <Button
              appearance="subtle"
              icon={<Delete24Regular />}
              aria-label={`Fjern feltet ${f.key}`}
              onClick={() =>
                set(
                  'extraFields',
                  extra.filter((_, i) => i !== index),
                )
              }
            />
          </div>
        ))}
        <div>
          <Button
            icon={<Add24Regular />}
            onClick={() => set('extraFields', [...extra, { key: '', value: '' }])}
          >
            Tilføj felt
          </Button>
        </div>
        {messages.extraFields && <span role="alert">{messages.extraFields}</span>}
      </fieldset>
    </div>
  );
}
