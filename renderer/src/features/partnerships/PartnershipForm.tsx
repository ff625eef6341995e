import {
  Badge,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Tab,
  TabList,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { DocumentText20Regular } from '@fluentui/react-icons';
import { useState, type FormEvent } from 'react';
import { partnershipFieldsSchema, type Partnership } from '../../../../shared/api';
import { FLAG_ADVICE, FLAG_LABELS } from '../../../../shared/domain';
import { ApiCallError } from '../../api/client';
import { confirmCpr } from '../../components/cprConfirm';
import { ProblemBar } from '../../components/ProblemBar';
import { CancelButton, SidePanel } from '../../components/SidePanel';
import { useEditedValues } from '../../components/useEditedValues';
import { AgreementDialog } from '../agreements/AgreementDialog';
import { AgreementSection } from './form/AgreementSection';
import { BasicsSection } from './form/BasicsSection';
import { ChildSafetySection } from './form/ChildSafetySection';
import { ContactsSection } from './form/ContactsSection';
import { HistorySection } from './form/HistorySection';
import { InvolvementSection } from './form/InvolvementSection';
import { NotesSection } from './form/NotesSection';
import type { SectionProps } from './form/sectionProps';
import { checkForm, fieldMessages, type FieldMessages } from '../../components/fieldMessages';
import { EMPTY_FORM, formValuesOf, toRawInput, type PartnershipFormValues } from './formValues';
import { useLookupLists, useSavePartnership } from './queries';

type TabId =
  'grundoplysninger' | 'involvering' | 'aftale' | 'boerneattest' | 'kontakter' | 'noter' | 'historik';

const TABS: { id: TabId; label: string; fields: string[] }[] = [
  {
    id: 'grundoplysninger',
    label: 'Grundoplysninger',
    fields: [
      'title',
      'partner',
      'volunteerType',
      'status',
      'unitId',
      'welfareAreaId',
      'targetGroup',
      'localArea',
      'purpose',
      'activities',
    ],
  },
  {
    id: 'involvering',
    label: 'Involvering',
    fields: ['involvement', 'involvementCriteria', 'involvementReason'],
  },
  {
    id: 'aftale',
    label: 'Aftale og økonomi',
    fields: [
      'agreementKind',
      'startDate',
      'endDate',
      'renewalDate',
      'amount',
      'fundingSource',
      'staffHoursPerMonth',
      'expectedEvaluation',
      'municipalObligations',
      'partnerObligations',
      'strategyGoalIds',
    ],
  },
  {
    id: 'boerneattest',
    label: 'Børneattest',
    fields: ['childrenUnder15', 'fixedAttachment', 'childCertificateDate', 'criminalRecordCheck'],
  },
  { id: 'kontakter', label: 'Kontakter', fields: ['partnerContact', 'municipalContact'] },
  { id: 'noter', label: 'Noter', fields: ['notes', 'extraFields'] },
];

function tabOf(path: string): TabId | undefined {
  const field = path.split('.')[0] ?? '';
  return TABS.find((t) => t.fields.includes(field))?.id;
}

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalL,
  },
  flags: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  footer: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'stretch',
    gap: tokens.spacingVerticalS,
    width: '100%',
  },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
});

interface Props {
  /** The partnership being edited, or null for a new one. */
  editing: Partnership | null;
  onClose(): void;
  onSaved(saved: Partnership): void;
}

export const PARTNERSHIP_FORM_ID = 'partnership-form';

const CPR_LABELS = { reason: 'Begrundelse for ændringen' };

/** The full record in sections. Keyed by the caller per record, so its state starts fresh each time. */
export function PartnershipForm({ editing, onClose, onSaved }: Props) {
  const styles = useStyles();
  const lists = useLookupLists();
  const save = useSavePartnership();
  const { values, setValues, dirty } = useEditedValues<PartnershipFormValues>(() =>
    editing ? formValuesOf(editing) : EMPTY_FORM,
  );
  const [reason, setReason] = useState('');
  const [messages, setMessages] = useState<FieldMessages>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [tab, setTab] = useState<TabId>('grundoplysninger');
  const [agreementOpen, setAgreementOpen] = useState(false);

  const set: SectionProps['set'] = (key, value) => {
    setValues((v) => ({ ...v, [key]: value }));
    setMessages((m) => Object.fromEntries(Object.entries(m).filter(([path]) => path.split('.')[0] !== key)));
  };

  function showErrors(next: FieldMessages, text: string) {
    setMessages(next);
    // A problem with the record as a whole (no field path) belongs in the summary.
    setProblem(next[''] ? `${text} ${next['']}` : text);
    const firstTab = Object.keys(next)
      .map(tabOf)
      .find((t) => t !== undefined);
    if (firstTab && !Object.keys(next).some((path) => tabOf(path) === tab)) setTab(firstTab);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = checkForm(partnershipFieldsSchema, toRawInput(values));
    if (!parsed.ok) {
      showErrors(parsed.messages, 'Samarbejdet er ikke gemt. Ret de markerede felter og prøv igen.');
      return;
    }
    if (!(await confirmCpr({ ...parsed.value, reason }, CPR_LABELS))) return;
    try {
      onSaved(await save.mutateAsync({ id: editing?.id ?? null, fields: parsed.value, reason }));
    } catch (error) {
      // The form keeps everything typed; only the messages change.
      if (error instanceof ApiCallError) {
        showErrors(
          fieldMessages(error.error.details?.fieldErrors ?? []),
          `Samarbejdet er ikke gemt. ${error.error.message}`,
        );
      } else {
        setProblem('Samarbejdet er ikke gemt, fordi der skete en uventet fejl. Prøv igen.');
      }
    }
  }

  const errorCount = (id: TabId) =>
    Object.keys(messages).filter((path) => messages[path] && tabOf(path) === id).length;
  const sectionProps = { values, set, messages };

  return (
    <SidePanel
      title={editing ? 'Rediger samarbejde' : 'Nyt samarbejde'}
      size="large"
      dirty={dirty || reason !== ''}
      onClose={onClose}
      header={
        <TabList selectedValue={tab} onTabSelect={(_e, d) => setTab(d.value as TabId)} size="small">
          {TABS.map((t) => (
            <Tab key={t.id} value={t.id}>
              {t.label}
              {errorCount(t.id) > 0 && (
                <Badge
                  size="small"
                  color="danger"
                  aria-label={`${String(errorCount(t.id))} fejl`}
                  style={{ marginLeft: 4 }}
                >
                  {errorCount(t.id)}
                </Badge>
              )}
            </Tab>
          ))}
          {editing && <Tab value="historik">Historik</Tab>}
        </TabList>
      }
      footer={
        <div className={styles.footer}>
          {editing && (
            <Field label="Begrundelse for ændringen" hint="Skrives i historikken sammen med ændringerne.">
              <Input value={reason} onChange={(_e, d) => setReason(d.value)} form={PARTNERSHIP_FORM_ID} />
            </Field>
          )}
          <div className={styles.buttons}>
            <Button appearance="primary" type="submit" form={PARTNERSHIP_FORM_ID} disabled={save.isPending}>
              {save.isPending ? 'Gemmer …' : 'Gem'}
            </Button>
            <CancelButton />
            {editing && (
              <Button
                appearance="subtle"
                icon={<DocumentText20Regular />}
                onClick={() => setAgreementOpen(true)}
              >
                Lav aftale …
              </Button>
            )}
          </div>
        </div>
      }
    >
      <form id={PARTNERSHIP_FORM_ID} className={styles.form} onSubmit={(e) => void submit(e)} noValidate>
        <ProblemBar problem={problem} />
        {editing && editing.flags.length > 0 && tab !== 'historik' && (
          <div className={styles.flags}>
            {editing.flags.map((flag) => (
              <MessageBar key={flag} intent="warning" layout="multiline" data-testid="record-flag">
                <MessageBarBody>
                  <MessageBarTitle>{FLAG_LABELS[flag]}</MessageBarTitle>
                  {FLAG_ADVICE[flag]}
                </MessageBarBody>
              </MessageBar>
            ))}
          </div>
        )}
        {tab === 'grundoplysninger' && <BasicsSection {...sectionProps} lists={lists.data} />}
        {tab === 'involvering' && <InvolvementSection {...sectionProps} />}
        {tab === 'aftale' && <AgreementSection {...sectionProps} lists={lists.data} />}
        {tab === 'boerneattest' && <ChildSafetySection {...sectionProps} />}
        {tab === 'kontakter' && <ContactsSection {...sectionProps} />}
        {tab === 'noter' && <NotesSection {...sectionProps} />}
        {tab === 'historik' && editing && <HistorySection partnershipId={editing.id} />}
      </form>
      {agreementOpen && editing && (
        <AgreementDialog partnership={editing} onClose={() => setAgreementOpen(false)} />
      )}
    </SidePanel>
  );
}
