import { Checkbox, Field, Input, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { meetingFieldsSchema, type Meeting } from '../../../../shared/api';
import { MEETING_MARKS, MEETING_MARK_LABELS, type MeetingMark } from '../../../../shared/domain';
import { validation } from '../../components/fieldMessages';
import { FormDialog } from '../../components/FormDialog';
import { useGroup, useMeetingChange } from './queries';
import { useFieldForm } from '../../components/useFieldForm';
import { fieldRow } from '../../components/fieldRow';
import { DateInput } from '../../components/DateInput';

const useStyles = makeStyles({
  row: fieldRow(1, 1),
  row3: fieldRow(2, 1, 1),
  marks: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

function valuesOf(meeting: Meeting | null, date: string) {
  return {
    date: meeting?.date ?? date,
    startTime: meeting?.startTime ?? '',
    endTime: meeting?.endTime ?? '',
    place: meeting?.place ?? '',
    chairPersonId: meeting?.chairPersonId ? String(meeting.chairPersonId) : '',
    referentPersonId: meeting?.referentPersonId ? String(meeting.referentPersonId) : '',
    guests: meeting?.guests ?? '',
    marks: meeting?.marks ?? ([] as MeetingMark[]),
  };
}

const idOrNull = (value: string) => (value ? Number(value) : null);

/** Plans a meeting or changes its date, times, place, chair, referent, guests and marks. */
export function MeetingDialog({
  meeting,
  defaultDate = '',
  onClose,
}: {
  /** The meeting to change, or null for a new one. */
  meeting: Meeting | null;
  defaultDate?: string;
  onClose(saved?: Meeting): void;
}) {
  const styles = useStyles();
  const group = useGroup();
  const create = useMeetingChange('meetings.create');
  const update = useMeetingChange('meetings.update');
  const { values, dirty, set, messages, problem, submit } = useFieldForm(() =>
    valuesOf(meeting, defaultDate),
  );
  const members = group.data?.members ?? [];

  async function save() {
    let saved: Meeting | undefined;
    const raw = {
      ...values,
      chairPersonId: idOrNull(values.chairPersonId),
      referentPersonId: idOrNull(values.referentPersonId),
    };
    const ok = await submit(
      meetingFieldsSchema,
      raw,
      async (fields) => {
        saved = meeting
          ? await update.mutateAsync({ id: meeting.id, fields })
          : await create.mutateAsync(fields);
      },
      meeting ? 'Mødet er ikke gemt.' : 'Mødet er ikke oprettet.',
    );
    if (ok) onClose(saved);
  }

  const toggleMark = (mark: MeetingMark, on: boolean) =>
    set('marks', on ? [...values.marks, mark] : values.marks.filter((m) => m !== mark));
  const personOptions = members.map((m) => (
    <option key={m.personId} value={String(m.personId)}>
      {m.name}
      {m.organisation ? ` (${m.organisation})` : ''}
    </option>
  ));

  return (
    <FormDialog
      title={meeting ? 'Ret mødeoplysninger' : 'Nyt møde'}
      submitLabel={meeting ? 'Gem mødet' : 'Opret mødet'}
      busy={create.isPending || update.isPending}
      problem={problem}
      dirty={dirty}
      onSubmit={save}
      onClose={() => onClose()}
    >
      <div className={styles.row3}>
        <Field label="Dato" required {...validation(messages, 'date')}>
          <DateInput value={values.date} onChange={(date) => set('date', date)} />
        </Field>
        <Field label="Fra kl." {...validation(messages, 'startTime')}>
          <Input
            value={values.startTime}
            placeholder="16:00"
            inputMode="numeric"
            onChange={(_e, d) => set('startTime', d.value)}
          />
        </Field>
        <Field label="Til kl." {...validation(messages, 'endTime')}>
          <Input
            value={values.endTime}
            placeholder="18:00"
            inputMode="numeric"
            onChange={(_e, d) => set('endTime', d.value)}
          />
        </Field>
      </div>
      <Field label="Sted" {...validation(messages, 'place')}>
        <Input
          value={values.place}
          placeholder="Fx Frivilligcenteret, mødelokale 2"
          onChange={(_e, d) => set('place', d.value)}
        />
      </Field>
      <div className={styles.row}>
        <Field label="Mødeleder" {...validation(messages, 'chairPersonId')}>
          <Select value={values.chairPersonId} onChange={(_e, d) => set('chairPersonId', d.value)}>
            <option value="">Ikke valgt</option>
            {personOptions}
          </Select>
        </Field>
        <Field label="Referent" {...validation(messages, 'referentPersonId')}>
          <Select value={values.referentPersonId} onChange={(_e, d) => set('referentPersonId', d.value)}>
            <option value="">Ikke valgt</option>
            {personOptions}
          </Select>
        </Field>
      </div>
      <Field
        label="Gæster"
        hint="Én pr. linje, fx «Formand for Socialudvalget»"
        {...validation(messages, 'guests')}
      >
        <Textarea
          value={values.guests}
          rows={2}
          resize="vertical"
          onChange={(_e, d) => set('guests', d.value)}
        />
      </Field>
      <div className={styles.marks} role="group" aria-label="Mødet holdes">
        {MEETING_MARKS.map((mark) => (
          <Checkbox
            key={mark}
            label={MEETING_MARK_LABELS[mark]}
            checked={values.marks.includes(mark)}
            onChange={(_e, d) => toggleMark(mark, d.checked === true)}
          />
        ))}
      </div>
    </FormDialog>
  );
}
