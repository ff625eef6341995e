import {
  Button,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownload20Regular, Delete20Regular, Merge20Regular } from '@fluentui/react-icons';
import { useEffect, useState, type FormEvent } from 'react';
import { personProtectionFieldsSchema, type Person } from '../../../../shared/api';
import { LEGAL_BASIS_LABELS, STATUS_LABELS, formatDateShort } from '../../../../shared/domain';
import { call } from '../../api/client';
import { DateInput } from '../../components/DateInput';
import { checkForm, type FieldMessages } from '../../components/fieldMessages';
import { SidePanel } from '../../components/SidePanel';
import { useEditedValues } from '../../components/useEditedValues';
import { useNotify } from '../../components/useNotify';
import { ErasePersonDialog } from './ErasePersonDialog';
import { MergePersonsDialog } from './MergePersonsDialog';
import { useExportPerson, useUpdatePerson } from './queries';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

interface Props {
  person: Person;
  others: readonly Person[];
  onClose(): void;
}

/** One person: details, legal basis and information, retention, and the rights (access, erasure, merge). */
export function PersonPanel({ person, others, onClose }: Props) {
  const styles = useStyles();
  const notify = useNotify();
  const update = useUpdatePerson();
  const exportPerson = useExportPerson();
  const { values, setValues, dirty, markSaved } = useEditedValues({
    legalBasis: person.legalBasis ?? '',
    consentDate: person.consentDate ?? '',
    informed: person.informed,
    informedDate: person.informedDate ?? '',
    retentionDate: person.retentionDate ?? '',
  });
  const [messages, setMessages] = useState<FieldMessages>({});
  const [dialog, setDialog] = useState<'merge' | 'erase' | null>(null);

  // Opening a person is a look at their data: the log records it (GDPR access requests show it).
  useEffect(() => {
    void call('persons.get', { id: person.id });
  }, [person.id]);

  async function save(event: FormEvent) {
    event.preventDefault();
    const parsed = checkForm(personProtectionFieldsSchema, {
      ...values,
      legalBasis: values.legalBasis || null,
      consentDate: values.legalBasis === 'samtykke' ? values.consentDate : '',
      informedDate: values.informed ? values.informedDate : '',
    });
    if (!parsed.ok) {
      setMessages(parsed.messages);
      return;
    }
    try {
      await update.mutateAsync({ id: person.id, fields: parsed.value });
      markSaved();
      setMessages({});
      notify(`${person.name} er gemt`);
    } catch (error) {
      notify(`Ændringen er ikke gemt. ${error instanceof Error ? error.message : ''}`, 'error');
    }
  }

  const defaultText = person.defaultRetentionDate
    ? `Standard efter Indstillinger: ${formatDateShort(person.defaultRetentionDate)}.`
    : 'Standard: så længe et samarbejde eller medlemskab varer, derefter efter Indstillinger.';

  return (
    <SidePanel
      title={person.name}
      dirty={dirty}
      onClose={onClose}
      footer={
        <div className={styles.row}>
          <Button appearance="primary" type="submit" form="person-form" disabled={update.isPending}>
            Gem
          </Button>
          <Button
            icon={<ArrowDownload20Regular />}
            disabled={exportPerson.isPending}
            onClick={() =>
              exportPerson.mutate(person.id, {
                onSuccess: () => notify('Indsigten er gemt som JSON og Word'),
                onError: (e) => notify(e.message, 'error'),
              })
            }
          >
            Eksportér alt om personen
          </Button>
          <Button icon={<Merge20Regular />} onClick={() => setDialog('merge')}>
            Læg sammen med …
          </Button>
          <Button icon={<Delete20Regular />} onClick={() => setDialog('erase')}>
            Slet (anonymisér) …
          </Button>
        </div>
      }
    >
      <form id="person-form" className={styles.body} onSubmit={(e) => void save(e)} noValidate>
        <div className={styles.section}>
          <Text>
            {[
              person.organisation ?? (person.side === 'kommune' ? 'Kommunal kontaktperson' : ''),
              person.email,
              person.phone,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          {person.partnerships.length > 0 && (
            <ul className={styles.list} aria-label="Samarbejder">
              {person.partnerships.map((l) => (
                <li key={`${l.partnershipId}-${l.role}`}>
                  {l.title} ({l.partner}, {STATUS_LABELS[l.status].toLocaleLowerCase('da')})
                </li>
              ))}
            </ul>
          )}
          {person.otherRoles.length > 0 && <Text>{person.otherRoles.join(' · ')}</Text>}
        </div>
        <Field label="Retsgrundlag" validationMessage={messages.legalBasis}>
          <RadioGroup
            value={values.legalBasis}
            onChange={(_e, d) => setValues((v) => ({ ...v, legalBasis: d.value }))}
          >
            <Radio value="" label="Ikke angivet" />
            <Radio value="offentlig_opgave" label={LEGAL_BASIS_LABELS.offentlig_opgave} />
            <Radio value="samtykke" label={LEGAL_BASIS_LABELS.samtykke} />
          </RadioGroup>
        </Field>
        {values.legalBasis === 'samtykke' && (
          <Field
            label="Samtykke givet"
            validationMessage={messages.consentDate}
            validationState={messages.consentDate ? 'error' : 'none'}
          >
            <DateInput
              value={values.consentDate}
              onChange={(date) => setValues((v) => ({ ...v, consentDate: date }))}
            />
          </Field>
        )}
        <Checkbox
          checked={values.informed}
          onChange={(_e, d) => setValues((v) => ({ ...v, informed: d.checked === true }))}
          label="Personen er oplyst om registreringen (art. 14)"
        />
        {values.informed && (
          <Field
            label="Oplyst den"
            validationMessage={messages.informedDate}
            validationState={messages.informedDate ? 'error' : 'none'}
          >
            <DateInput
              value={values.informedDate}
              onChange={(date) => setValues((v) => ({ ...v, informedDate: date }))}
            />
          </Field>
        )}
        <Field
          label="Opbevares til"
          hint={`Lad feltet stå tomt for at bruge standarden. ${defaultText}`}
          validationMessage={messages.retentionDate}
          validationState={messages.retentionDate ? 'error' : 'none'}
        >
          <DateInput
            value={values.retentionDate}
            onChange={(date) => setValues((v) => ({ ...v, retentionDate: date }))}
          />
        </Field>
        {person.due && (
          <MessageBar intent="warning">
            <MessageBarBody>
              Opbevaringsfristen er udløbet. Slet personen, eller ret datoen hvis der er grund til at gemme
              oplysningerne længere.
            </MessageBarBody>
          </MessageBar>
        )}
      </form>
      {dialog === 'merge' && (
        <MergePersonsDialog person={person} others={others} onClose={() => setDialog(null)} />
      )}
      {dialog === 'erase' && (
        <ErasePersonDialog person={person} onClose={() => setDialog(null)} onErased={onClose} />
      )}
    </SidePanel>
  );
}
