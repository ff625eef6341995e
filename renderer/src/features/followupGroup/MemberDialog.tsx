import { Field, Input, Select, Textarea, makeStyles } from '@fluentui/react-components';
import { memberFieldsSchema, type Member } from '../../../../shared/api';
import { SEAT_KINDS, SEAT_KIND_LABELS, type SeatKind } from '../../../../shared/domain';
import { codeOptions, listOptions } from '../../components/options';
import { validation } from '../../components/fieldMessages';
import { FormDialog } from '../../components/FormDialog';
import { useOrganisations } from '../organisations/queries';
import { useLookupLists } from '../partnerships/queries';
import { useAddMember, useUpdateMember } from './queries';
import { useFieldForm } from '../../components/useFieldForm';
import { fieldRow } from '../../components/fieldRow';
import { DateInput } from '../../components/DateInput';

const useStyles = makeStyles({
  row: fieldRow(1, 1),
});

const ORGANISATIONS_ID = 'member-organisations';

function valuesOf(member: Member | null) {
  return {
    name: member?.name ?? '',
    organisation: member?.organisation ?? '',
    role: member?.role ?? '',
    email: member?.email ?? '',
    phone: member?.phone ?? '',
    seatKind: member?.seatKind ?? ('valgt' as SeatKind),
    segmentId: member?.segmentId ? String(member.segmentId) : '',
    electedAt: member?.electedAt ?? '',
    termEnd: member?.termEnd ?? '',
    notes: member?.notes ?? '',
  };
}

/** Add a member or change one: who they are, whom they sit for, and their seat. */
export function MemberDialog({ member, onClose }: { member: Member | null; onClose(saved?: string): void }) {
  const styles = useStyles();
  const lists = useLookupLists();
  const organisations = useOrganisations();
  const add = useAddMember();
  const update = useUpdateMember();
  const { values, dirty, set, messages, problem, submit } = useFieldForm(() => valuesOf(member));
  const elected = values.seatKind === 'valgt';

  async function save() {
    const raw = { ...values, segmentId: values.segmentId ? Number(values.segmentId) : null };
    const saved = await submit(
      memberFieldsSchema,
      raw,
      (fields) => (member ? update.mutateAsync({ id: member.id, fields }) : add.mutateAsync(fields)),
      'Medlemmet er ikke gemt.',
    );
    if (saved) onClose(values.name.trim());
  }

  return (
    <FormDialog
      title={member ? `Ret ${member.name}` : 'Nyt medlem'}
      submitLabel="Gem medlem"
      busy={add.isPending || update.isPending}
      problem={problem}
      dirty={dirty}
      onSubmit={save}
      onClose={() => onClose()}
    >
      <Field label="Navn" required {...validation(messages, 'name')}>
        <Input value={values.name} onChange={(_e, d) => set('name', d.value)} />
      </Field>
      <div className={styles.row}>
        <Field
          label="Organisation"
          hint="Den forening eller enhed, medlemmet repræsenterer"
          {...validation(messages, 'organisation')}
        >
          <Input
            value={values.organisation}
            list={ORGANISATIONS_ID}
            onChange={(_e, d) => set('organisation', d.value)}
          />
        </Field>
        <Field label="Rolle" hint="Fx formand eller frivilligkonsulent" {...validation(messages, 'role')}>
          <Input value={values.role} onChange={(_e, d) => set('role', d.value)} />
        </Field>
      </div>
      <datalist id={ORGANISATIONS_ID}>
        {(organisations.data ?? []).map((o) => (
          <option key={o.id} value={o.name} />
        ))}
      </datalist>
      <div className={styles.row}>
        <Field label="Plads" required {...validation(messages, 'seatKind')}>
          <Select value={values.seatKind} onChange={(_e, d) => set('seatKind', d.value as SeatKind)}>
            {codeOptions(SEAT_KINDS, SEAT_KIND_LABELS)}
          </Select>
        </Field>
        <Field label="Segment" {...validation(messages, 'segmentId')}>
          <Select value={values.segmentId} onChange={(_e, d) => set('segmentId', d.value)}>
            <option value="">Intet segment</option>
            {listOptions(lists.data?.segments)}
          </Select>
        </Field>
      </div>
      <div className={styles.row}>
        <Field
          label="Valgt den"
          hint={elected ? 'Datoen for Nytårskuren' : undefined}
          {...validation(messages, 'electedAt')}
        >
          <DateInput value={values.electedAt} onChange={(date) => set('electedAt', date)} />
        </Field>
        <Field label="Valgperioden slutter" {...validation(messages, 'termEnd')}>
          <DateInput value={values.termEnd} onChange={(date) => set('termEnd', date)} />
        </Field>
      </div>
      <div className={styles.row}>
        <Field label="E-mail" {...validation(messages, 'email')}>
          <Input type="email" value={values.email} onChange={(_e, d) => set('email', d.value)} />
        </Field>
        <Field label="Telefon" {...validation(messages, 'phone')}>
          <Input type="tel" value={values.phone} onChange={(_e, d) => set('phone', d.value)} />
        </Field>
      </div>
      <Field label="Noter" {...validation(messages, 'notes')}>
        <Textarea
          value={values.notes}
          rows={2}
          resize="vertical"
          onChange={(_e, d) => set('notes', d.value)}
        />
      </Field>
    </FormDialog>
  );
}
