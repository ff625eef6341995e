import { Button, Field, Input, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { parseWith, settingsPatchSchema, type Settings } from '../../../../shared/api';
import { CLAUSE_KEYS, CLAUSE_LABELS, DEFAULT_CLAUSES, type ClauseKey } from '../../../../shared/domain';
import { call } from '../../api/client';
import { fieldMessages, validation, type FieldMessages } from '../../components/fieldMessages';
import { useNotify } from '../../components/useNotify';
import { AgreementTemplateSettings } from './AgreementTemplateSettings';
import { LogoSettings } from './LogoSettings';
import { useUpdateSettings } from './queries';
import { fieldRow } from '../../components/fieldRow';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: fieldRow(1, 1),
  versions: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  version: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'baseline' },
});

const savedAt = new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeStyle: 'short' });

type Values = Pick<Settings, 'municipalityName' | 'municipalityAddress' | 'documentFooter' | 'clauses'>;

/** The letterhead and the standard clauses every agreement is written with. */
export function DocumentSettings({ settings }: { settings: Settings }) {
  const styles = useStyles();
  const notify = useNotify();
  const update = useUpdateSettings();
  const [values, setValues] = useState<Values>({
    municipalityName: settings.municipalityName,
    municipalityAddress: settings.municipalityAddress,
    documentFooter: settings.documentFooter,
    clauses: settings.clauses,
  });
  const [messages, setMessages] = useState<FieldMessages>({});
  // Every saved wording is kept, so the text an earlier agreement was written with can be found again.
  const versions = useQuery({
    queryKey: ['agreements', 'clauseVersions'],
    queryFn: () => call('agreements.clauseVersions', {}),
  });
  const setClause = (key: ClauseKey, text: string) =>
    setValues((v) => ({ ...v, clauses: { ...v.clauses, [key]: text } }));

  function save() {
    const parsed = parseWith(settingsPatchSchema, values);
    if (!parsed.ok) {
      setMessages(fieldMessages(parsed.fieldErrors));
      return;
    }
    setMessages({});
    update.mutate(parsed.value, {
      onSuccess: () => notify('Dokumentindstillingerne er gemt'),
      onError: (e) => notify(e.message, 'error'),
    });
  }

  return (
    <section className={styles.form} aria-label="Dokumenter">
      <Text as="h2" size={500} weight="semibold" style={{ margin: 0 }}>
        Dokumenter
      </Text>
      <div className={styles.row}>
        <Field
          label="Kommunens navn"
          hint="Står i brevhovedet og som part i aftalerne"
          {...validation(messages, 'municipalityName')}
        >
          <Input
            value={values.municipalityName}
            onChange={(_e, d) => setValues((v) => ({ ...v, municipalityName: d.value }))}
          />
        </Field>
        <Field label="Adresse" {...validation(messages, 'municipalityAddress')}>
          <Input
            value={values.municipalityAddress}
            onChange={(_e, d) => setValues((v) => ({ ...v, municipalityAddress: d.value }))}
          />
        </Field>
      </div>
      <Field
        label="Sidefod"
        hint="Fx enhedens navn og telefonnummer"
        {...validation(messages, 'documentFooter')}
      >
        <Input
          value={values.documentFooter}
          onChange={(_e, d) => setValues((v) => ({ ...v, documentFooter: d.value }))}
        />
      </Field>
      <LogoSettings />
      {CLAUSE_KEYS.map((key) => (
        <Field
          key={key}
          label={`Standardtekst: ${CLAUSE_LABELS[key]}`}
          {...validation(messages, `clauses.${key}`)}
        >
          <Textarea
            value={values.clauses[key]}
            rows={3}
            resize="vertical"
            onChange={(_e, d) => setClause(key, d.value)}
          />
          {values.clauses[key] !== DEFAULT_CLAUSES[key] && (
            <Button size="small" appearance="subtle" onClick={() => setClause(key, DEFAULT_CLAUSES[key])}>
              Brug standardteksten
            </Button>
          )}
          <ClauseVersions
            label={CLAUSE_LABELS[key]}
            versions={(versions.data ?? []).filter((v) => v.key === key)}
            onUse={(text) => setClause(key, text)}
          />
        </Field>
      ))}
      <div>
        <Button appearance="primary" onClick={save} disabled={update.isPending}>
          Gem dokumentindstillinger
        </Button>
      </div>
      <AgreementTemplateSettings />
    </section>
  );
}

/** The earlier wordings of one clause, newest first, each with the date it was saved. */
function ClauseVersions({
  label,
  versions,
  onUse,
}: {
  label: string;
  versions: { text: string; savedAt: string }[];
  onUse(text: string): void;
}) {
  const styles = useStyles();
  if (versions.length === 0) return null;
  return (
    <details>
      <summary>
        <Text size={200}>
          Gemte udgaver af {label.toLowerCase()} ({versions.length})
        </Text>
      </summary>
      <ol className={styles.versions} reversed aria-label={`Gemte udgaver af ${label.toLowerCase()}`}>
        {[...versions].reverse().map((v) => (
          <li key={v.savedAt + v.text}>
            <div className={styles.version}>
              <Text size={200}>
                <strong>{savedAt.format(new Date(v.savedAt))}:</strong> {v.text}
              </Text>
              <Button size="small" appearance="subtle" onClick={() => onUse(v.text)}>
                Brug denne
              </Button>
            </div>
          </li>
        ))}
      </ol>
    </details>
  );
}
