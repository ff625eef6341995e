import {
  Button,
  Checkbox,
  Field,
  Input,
  Select,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { organisationFieldsSchema, parseWith, type Organisation } from '../../../../shared/api';
import { confirmCpr } from '../../components/cprConfirm';
import { VOLUNTEER_TYPES, VOLUNTEER_TYPE_LABELS, formatPeriod } from '../../../../shared/domain';
import { ApiCallError } from '../../api/client';
import { codeOptions } from '../../components/options';
import { ProblemBar } from '../../components/ProblemBar';
import { QuadrantBadge } from '../../components/QuadrantBadge';
import { CancelButton, SidePanel } from '../../components/SidePanel';
import { useEditedValues } from '../../components/useEditedValues';
import { fieldMessages, validation, type FieldMessages } from '../../components/fieldMessages';
import { usePartnerships } from '../partnerships/queries';
import { useSaveOrganisation } from './queries';
import { fieldRow } from '../../components/fieldRow';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalL,
  },
  row: fieldRow(1, 1),
  list: {
    margin: 0,
    paddingLeft: 0,
    listStyle: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
});

const FORM_ID = 'organisation-form';
type Values = Omit<Organisation, 'id' | 'partnershipCount'>;

/** A partner's details and all its partnerships. */
export function OrganisationForm({
  organisation,
  onClose,
  onSaved,
}: {
  organisation: Organisation;
  onClose(): void;
  onSaved(): void;
}) {
  const styles = useStyles();
  const save = useSaveOrganisation();
  const partnerships = usePartnerships();
  const { id, partnershipCount, ...initial } = organisation;
  const { values, setValues, dirty } = useEditedValues<Values>(initial);
  const [messages, setMessages] = useState<FieldMessages>({});
  const [problem, setProblem] = useState<string | null>(null);
  const set = <K extends keyof Values>(key: K, value: Values[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setMessages((m) => ({ ...m, [key]: undefined }));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseWith(organisationFieldsSchema, values);
    if (!parsed.ok) {
      setMessages(fieldMessages(parsed.fieldErrors));
      setProblem('Partneren er ikke gemt. Ret de markerede felter og prøv igen.');
      return;
    }
    if (!(await confirmCpr(parsed.value))) return;
    try {
      await save.mutateAsync({ id: organisation.id, fields: parsed.value });
      onSaved();
    } catch (error) {
      if (error instanceof ApiCallError) setMessages(fieldMessages(error.error.details?.fieldErrors ?? []));
      setProblem(`Partneren er ikke gemt. ${error instanceof Error ? error.message : ''}`);
    }
  }

  const own = (partnerships.data ?? []).filter((p) => p.partnerId === organisation.id);
  return (
    <SidePanel
      title={organisation.name}
      dirty={dirty}
      onClose={onClose}
      footer={
        <>
          <Button appearance="primary" type="submit" form={FORM_ID} disabled={save.isPending}>
            Gem
          </Button>
          <CancelButton />
        </>
      }
    >
      <form id={FORM_ID} className={styles.form} onSubmit={(e) => void submit(e)} noValidate>
        <ProblemBar problem={problem} />
        <Field label="Navn" required {...validation(messages, 'name')}>
          <Input value={values.name} onChange={(_e, d) => set('name', d.value)} />
        </Field>
        <div className={styles.row}>
          <Field label="Frivillig type" {...validation(messages, 'volunteerType')}>
            <Select
              value={values.volunteerType ?? ''}
              onChange={(_e, d) => set('volunteerType', (d.value || null) as Values['volunteerType'])}
            >
              <option value="">Ikke angivet</option>
              {codeOptions(VOLUNTEER_TYPES, VOLUNTEER_TYPE_LABELS)}
            </Select>
          </Field>
          <Field label="CVR-nummer" {...validation(messages, 'cvr')}>
            <Input value={values.cvr} onChange={(_e, d) => set('cvr', d.value)} inputMode="numeric" />
          </Field>
        </div>
        <Field label="Adresse" {...validation(messages, 'address')}>
          <Input value={values.address} onChange={(_e, d) => set('address', d.value)} />
        </Field>
        <div className={styles.row}>
          <Field label="E-mail" {...validation(messages, 'email')}>
            <Input type="email" value={values.email} onChange={(_e, d) => set('email', d.value)} />
          </Field>
          <Field label="Telefon" {...validation(messages, 'phone')}>
            <Input type="tel" value={values.phone} onChange={(_e, d) => set('phone', d.value)} />
          </Field>
        </div>
        <Field label="Hjemmeside" {...validation(messages, 'website')}>
          <Input value={values.website} onChange={(_e, d) => set('website', d.value)} />
        </Field>
        <Checkbox
          label="Medlem af det lokale frivilligcenter"
          checked={values.volunteerCentreMember}
          onChange={(_e, d) => set('volunteerCentreMember', d.checked === true)}
        />
        <Field label="Noter" {...validation(messages, 'notes')}>
          <Textarea
            value={values.notes}
            onChange={(_e, d) => set('notes', d.value)}
            rows={3}
            resize="vertical"
          />
        </Field>
        <Text weight="semibold">Samarbejder ({own.length})</Text>
        <ul className={styles.list} aria-label="Partnerens samarbejder">
          {own.map((p) => (
            <li key={p.id}>
              <QuadrantBadge quadrant={p.quadrant} /> <Text>{p.title}</Text>{' '}
              <Text size={200}>{formatPeriod(p.startDate, p.endDate)}</Text>
            </li>
          ))}
        </ul>
      </form>
    </SidePanel>
  );
}
