import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { TEMPLATE_PLACEHOLDERS, TEMPLATE_PLACEHOLDER_NAMES } from '../../../../shared/domain';
import { call } from '../../api/client';
import { bytesToBase64 } from '../../api/files';
import { useNotify } from '../../components/useNotify';

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  code: { fontFamily: tokens.fontFamilyMonospace },
});

const when = new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeStyle: 'short' });

/**
 * The municipality's own Word template: chosen here, checked at once, and used by the agreement
 * dialog while it is set. Problems are listed before anything is generated, never discovered in Word.
 */
export function AgreementTemplateSettings() {
  const styles = useStyles();
  const notify = useNotify();
  const client = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const template = useQuery({
    queryKey: ['agreements', 'template'],
    queryFn: () => call('agreements.template', {}),
  });
  const refresh = () => client.invalidateQueries({ queryKey: ['agreements'] });
  const save = useMutation({
    mutationFn: async (file: File) =>
      call('agreements.setTemplate', {
        fileName: file.name,
        contentBase64: bytesToBase64(new Uint8Array(await file.arrayBuffer())),
      }),
    onSuccess: (info) => {
      void refresh();
      notify(
        info.problems.length > 0 ? 'Skabelonen er gemt – se problemerne nedenfor' : 'Skabelonen er gemt',
      );
    },
    onError: (e) => notify(e.message, 'error'),
    onSettled: () => input.current && (input.current.value = ''),
  });
  const remove = useMutation({
    mutationFn: () => call('agreements.removeTemplate', {}),
    onSuccess: () => {
      void refresh();
      notify('Skabelonen er fjernet; aftalerne laves igen med Samspils egen opsætning');
    },
  });

  const info = template.data;
  return (
    <div className={styles.box} role="group" aria-label="Kommunens egen skabelon">
      <Text weight="semibold">Kommunens egen Word-skabelon</Text>
      <Text size={200}>
        Vælg kommunens egen .docx med pladsholdere i dobbelte krøllede parenteser, fx{' '}
        <span className={styles.code}>{'{{titel}}'}</span>. Så laver Samspil aftalerne i den i stedet for i
        sin egen opsætning. Kendte pladsholdere:{' '}
        {TEMPLATE_PLACEHOLDER_NAMES.map((name, i) => (
          <span key={name} title={TEMPLATE_PLACEHOLDERS[name]}>
            <span className={styles.code}>{`{{${name}}}`}</span>
            {i < TEMPLATE_PLACEHOLDER_NAMES.length - 1 ? ', ' : '.'}
          </span>
        ))}
      </Text>
      {template.isPending && <Spinner size="tiny" label="Henter skabelonen …" />}
      {info && (
        <>
          <Text data-testid="template-name">
            Valgt: <strong>{info.fileName}</strong> (gemt {when.format(new Date(info.savedAt))})
          </Text>
          <ul className={styles.list} aria-label="Pladsholdere i skabelonen">
            {info.placeholders.map((p) => (
              <li key={p.name}>
                <span className={styles.code}>{`{{${p.name}}}`}</span>{' '}
                {p.known
                  ? `– ${TEMPLATE_PLACEHOLDERS[p.name as keyof typeof TEMPLATE_PLACEHOLDERS]}`
                  : '– ukendt'}
                {p.split && ' (Word har delt den op; den udfyldes alligevel)'}
              </li>
            ))}
          </ul>
          {info.problems.length > 0 ? (
            <MessageBar intent="warning" layout="multiline" data-testid="template-problems">
              <MessageBarBody>
                <MessageBarTitle>Ret skabelonen i Word</MessageBarTitle>
                <ul className={styles.list}>
                  {info.problems.map((problem) => (
                    <li key={problem}>{problem}</li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          ) : (
            <MessageBar intent="success">
              <MessageBarBody>Alle pladsholdere i skabelonen er kendte.</MessageBarBody>
            </MessageBar>
          )}
        </>
      )}
      <div className={styles.row}>
        <Field label={info ? 'Vælg en ny skabelon' : 'Vælg skabelon (.docx)'}>
          <input
            ref={input}
            type="file"
            accept=".docx"
            aria-label="Vælg Word-skabelon"
            disabled={save.isPending}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) save.mutate(file);
            }}
          />
        </Field>
        {info && (
          <Button onClick={() => remove.mutate()} disabled={remove.isPending}>
            Fjern skabelonen
          </Button>
        )}
      </div>
    </div>
  );
}
