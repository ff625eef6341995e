import {
  Button,
  DrawerBody,
  DrawerFooter,
  DrawerHeader,
  DrawerHeaderTitle,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  OverlayDrawer,
  Radio,
  RadioGroup,
  Select,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Dismiss24Regular } from '@fluentui/react-icons';
import { useState, type FormEvent } from 'react';
import { parseWith, partnershipFieldsSchema, type Partnership } from '../../../../shared/api';
import {
  INVOLVEMENT_LABELS,
  INVOLVEMENT_LEVELS,
  PARTNERSHIP_STATUSES,
  STATUS_LABELS,
  VOLUNTEER_TYPES,
  VOLUNTEER_TYPE_HINTS,
  VOLUNTEER_TYPE_LABELS,
  type Involvement,
  type PartnershipStatus,
  type VolunteerType,
} from '../../../../shared/domain';
import { ApiCallError } from '../../api/client';
import {
  EMPTY_FORM,
  fieldMessages,
  formValuesOf,
  toRawInput,
  type FieldMessages,
  type PartnershipFormValues,
} from './formValues';
import { QuadrantPreview } from './QuadrantPreview';
import { useSavePartnership, useUnits } from './queries';

const INVOLVEMENT_HINTS: Record<Involvement, string> = {
  lav: 'Kommunen stiller lokaler til rådighed eller henviser borgere',
  mellem: 'Faste kontaktpersoner der koordinerer, booker lokaler og støtter kommunikationen',
  hoej: 'Formaliseret samarbejde; medarbejdere deltager i driften',
};

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalL,
  },
  row: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalM },
});

interface Props {
  /** The partnership being edited, or null for a new one. */
  editing: Partnership | null;
  onClose(): void;
  onSaved(saved: Partnership): void;
}

export const PARTNERSHIP_FORM_ID = 'partnership-form';

/** The create/edit form. Keyed by the caller per record, so its state starts fresh each time it opens. */
export function PartnershipForm({ editing, onClose, onSaved }: Props) {
  const styles = useStyles();
  const units = useUnits();
  const save = useSavePartnership();
  const [values, setValues] = useState<PartnershipFormValues>(() =>
    editing ? formValuesOf(editing) : EMPTY_FORM,
  );
  const [messages, setMessages] = useState<FieldMessages>({});
  const [problem, setProblem] = useState<string | null>(null);

  const set =
    <K extends keyof PartnershipFormValues>(key: K) =>
    (value: PartnershipFormValues[K]) => {
      setValues((v) => ({ ...v, [key]: value }));
      setMessages((m) => ({ ...m, [key]: undefined }));
    };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseWith(partnershipFieldsSchema, toRawInput(values));
    if (!parsed.ok) {
      setMessages(fieldMessages(parsed.fieldErrors));
      setProblem('Samarbejdet er ikke gemt. Ret de markerede felter og prøv igen.');
      return;
    }
    try {
      const saved = await save.mutateAsync({ id: editing?.id ?? null, fields: parsed.value });
      onSaved(saved);
    } catch (error) {
      // The form keeps everything typed; only the messages change.
      if (error instanceof ApiCallError) {
        setMessages(fieldMessages(error.error.details?.fieldErrors ?? []));
        setProblem(`Samarbejdet er ikke gemt. ${error.error.message}`);
      } else {
        setProblem('Samarbejdet er ikke gemt, fordi der skete en uventet fejl. Prøv igen.');
      }
    }
  }

  const message = (key: keyof PartnershipFormValues) =>
    messages[key] ? { validationMessage: messages[key], validationState: 'error' as const } : {};

  return (
    <OverlayDrawer open position="end" size="medium" onOpenChange={(_e, data) => !data.open && onClose()}>
      <DrawerHeader>
        <DrawerHeaderTitle
          action={
            <Button appearance="subtle" aria-label="Luk" icon={<Dismiss24Regular />} onClick={onClose} />
          }
        >
          {editing ? 'Rediger samarbejde' : 'Nyt samarbejde'}
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody>
        <form id={PARTNERSHIP_FORM_ID} className={styles.form} onSubmit={(e) => void submit(e)} noValidate>
          {problem && (
            <MessageBar intent="error" role="alert">
              <MessageBarBody>{problem}</MessageBarBody>
            </MessageBar>
          )}
          <Field label="Titel" required {...message('title')}>
            <Input
              value={values.title}
              onChange={(_e, d) => set('title')(d.value)}
              placeholder="Fx Demenscafé"
            />
          </Field>
          <Field label="Partner" hint="Forening, fællesskab eller person" required {...message('partner')}>
            <Input
              value={values.partner}
              onChange={(_e, d) => set('partner')(d.value)}
              placeholder="Fx Ældre Sagen"
            />
          </Field>
          <Field
            label="Frivillig type"
            required
            hint={values.volunteerType ? VOLUNTEER_TYPE_HINTS[values.volunteerType] : undefined}
            {...message('volunteerType')}
          >
            <Select
              value={values.volunteerType}
              onChange={(_e, d) => set('volunteerType')(d.value as VolunteerType | '')}
            >
              <option value="">Vælg type …</option>
              {VOLUNTEER_TYPES.map((t) => (
                <option key={t} value={t}>
                  {VOLUNTEER_TYPE_LABELS[t]}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Kommunal involvering" required {...message('involvement')}>
            <RadioGroup
              value={values.involvement}
              onChange={(_e, d) => set('involvement')(d.value as Involvement)}
            >
              {INVOLVEMENT_LEVELS.map((level) => (
                <Radio
                  key={level}
                  value={level}
                  label={`${INVOLVEMENT_LABELS[level]} – ${INVOLVEMENT_HINTS[level]}`}
                />
              ))}
            </RadioGroup>
          </Field>
          <QuadrantPreview volunteerType={values.volunteerType} involvement={values.involvement} />
          <div className={styles.row}>
            <Field label="Enhed" {...message('unitId')}>
              <Select value={values.unitId} onChange={(_e, d) => set('unitId')(d.value)}>
                <option value="">Ingen enhed valgt</option>
                {(units.data ?? []).map((u) => (
                  <option key={u.id} value={String(u.id)}>
                    {u.name}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label="Status" {...message('status')}>
              <Select value={values.status} onChange={(_e, d) => set('status')(d.value as PartnershipStatus)}>
                {PARTNERSHIP_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {STATUS_LABELS[s]}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <div className={styles.row}>
            <Field label="Startdato" {...message('startDate')}>
              <Input type="date" value={values.startDate} onChange={(_e, d) => set('startDate')(d.value)} />
            </Field>
            <Field label="Slutdato" {...message('endDate')}>
              <Input type="date" value={values.endDate} onChange={(_e, d) => set('endDate')(d.value)} />
            </Field>
          </div>
          <Field label="Noter" {...message('notes')}>
            <Textarea
              value={values.notes}
              onChange={(_e, d) => set('notes')(d.value)}
              resize="vertical"
              rows={4}
            />
          </Field>
        </form>
      </DrawerBody>
      <DrawerFooter>
        <Button appearance="primary" type="submit" form={PARTNERSHIP_FORM_ID} disabled={save.isPending}>
          {save.isPending ? 'Gemmer …' : 'Gem'}
        </Button>
        <Button onClick={onClose}>Annuller</Button>
      </DrawerFooter>
    </OverlayDrawer>
  );
}
