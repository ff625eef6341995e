import { Field, Text, Textarea } from '@fluentui/react-components';
import { approveMinutesSchema, reopenMeetingSchema, type Meeting } from '../../../../shared/api';
import { toIsoDate } from '../../../../shared/domain';
import { validation } from '../../components/fieldMessages';
import { FormDialog } from '../../components/FormDialog';
import { useMeetingChange } from './queries';
import { useFieldForm } from '../../components/useFieldForm';
import { DateInput } from '../../components/DateInput';

/** Marks the minutes approved (godkendt) on a date; from then on the meeting is locked. */
export function ApproveDialog({ meeting, onClose }: { meeting: Meeting; onClose(): void }) {
  const approve = useMeetingChange('meetings.approveMinutes');
  const { values, dirty, set, messages, problem, submit } = useFieldForm({ date: toIsoDate(new Date()) });
  async function save() {
    const ok = await submit(
      approveMinutesSchema,
      { id: meeting.id, date: values.date },
      (input) => approve.mutateAsync(input),
      'Referatet er ikke godkendt.',
    );
    if (ok) onClose();
  }
  return (
    <FormDialog
      title="Godkend referatet"
      submitLabel="Godkend og lås"
      busy={approve.isPending}
      problem={problem}
      dirty={dirty}
      onSubmit={save}
      onClose={onClose}
    >
      <Text>
        Et godkendt referat er låst: dagsorden, fremmøde, noter og handlingspunkter fra mødet kan ikke ændres,
        før referatet genåbnes.
      </Text>
      <Field label="Godkendt den" required {...validation(messages, 'date')}>
        <DateInput value={values.date} onChange={(date) => set('date', date)} />
      </Field>
    </FormDialog>
  );
}

/** Opens approved minutes for changes again; the reason goes into the audit log. */
export function ReopenDialog({ meeting, onClose }: { meeting: Meeting; onClose(): void }) {
  const reopen = useMeetingChange('meetings.reopen');
  const { values, dirty, set, messages, problem, submit } = useFieldForm({ reason: '' });
  async function save() {
    const ok = await submit(
      reopenMeetingSchema,
      { id: meeting.id, reason: values.reason },
      (input) => reopen.mutateAsync(input),
      'Referatet er ikke genåbnet.',
    );
    if (ok) onClose();
  }
  return (
    <FormDialog
      title="Genåbn referatet"
      submitLabel="Genåbn referatet"
      busy={reopen.isPending}
      problem={problem}
      dirty={dirty}
      onSubmit={save}
      onClose={onClose}
    >
      <Text>Referatet er godkendt. Skriv hvorfor det skal rettes; begrundelsen gemmes i loggen.</Text>
      <Field label="Begrundelse" required {...validation(messages, 'reason')}>
        <Textarea
          value={values.reason}
          rows={3}
          resize="vertical"
          onChange={(_e, d) => set('reason', d.value)}
        />
      </Field>
    </FormDialog>
  );
}
