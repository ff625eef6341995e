import { Button, Field, Input, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { FormEvent } from 'react';
import { updateGroupSchema, type FollowupGroup } from '../../../../shared/api';
import { validation } from '../../components/fieldMessages';
import { ProblemBar } from '../../components/ProblemBar';
import { useNotify } from '../../components/useNotify';
import { useUpdateGroup } from './queries';
import { useFieldForm } from '../../components/useFieldForm';
import { fieldRow } from '../../components/fieldRow';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: fieldRow(1, 1),
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/** The group's name, its sagsnummer for the documents, and the kommissorium the consultant keeps. */
export function GroupSettings({ group }: { group: FollowupGroup }) {
  const styles = useStyles();
  const notify = useNotify();
  const update = useUpdateGroup();
  const { values, set, messages, problem, submit } = useFieldForm(() => ({
    name: group.name,
    caseNumber: group.caseNumber,
    charter: group.charter,
  }));
  const changed =
    values.name !== group.name || values.caseNumber !== group.caseNumber || values.charter !== group.charter;

  async function save(event: FormEvent) {
    event.preventDefault();
    const saved = await submit(
      updateGroupSchema,
      values,
      (input) => update.mutateAsync(input),
      'Kommissoriet er ikke gemt.',
    );
    if (saved) notify('Gruppens oplysninger er gemt');
  }

  return (
    <form className={styles.form} onSubmit={(e) => void save(e)} noValidate aria-labelledby="charter-heading">
      <Text as="h2" id="charter-heading" size={500} weight="semibold" style={{ margin: 0 }}>
        Gruppen og kommissoriet
      </Text>
      <ProblemBar problem={problem} />
      <div className={styles.row}>
        <Field label="Gruppens navn" {...validation(messages, 'name')}>
          <Input value={values.name} onChange={(_e, d) => set('name', d.value)} />
        </Field>
        <Field
          label="Sagsnummer"
          hint="Står på dagsordener og referater"
          {...validation(messages, 'caseNumber')}
        >
          <Input value={values.caseNumber} onChange={(_e, d) => set('caseNumber', d.value)} />
        </Field>
      </div>
      <Field
        label="Kommissorium"
        hint="Gruppens formål, sammensætning og arbejdsform"
        {...validation(messages, 'charter')}
      >
        <Textarea
          value={values.charter}
          onChange={(_e, d) => set('charter', d.value)}
          rows={10}
          resize="vertical"
        />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={!changed || update.isPending}>
          Gem kommissorium
        </Button>
      </div>
    </form>
  );
}
