import { Field, Input, Select, Textarea } from '@fluentui/react-components';
import {
  PARTNERSHIP_STATUSES,
  STATUS_LABELS,
  VOLUNTEER_TYPES,
  VOLUNTEER_TYPE_HINTS,
  VOLUNTEER_TYPE_LABELS,
  type PartnershipStatus,
  type VolunteerType,
} from '../../../../../shared/domain';
import type { LookupLists } from '../../../../../shared/api';
import { codeOptions, listOptions } from '../../../components/options';
import { useFormStyles } from './formStyles';
import { validation, type SectionProps } from './sectionProps';

export function BasicsSection({
  values,
  set,
  messages,
  lists,
}: SectionProps & { lists: LookupLists | undefined }) {
  const styles = useFormStyles();
  return (
    <div className={styles.section}>
      <Field label="Titel" required {...validation(messages, 'title')}>
        <Input value={values.title} onChange={(_e, d) => set('title', d.value)} placeholder="Fx Demenscafé" />
      </Field>
      <Field
        label="Partner"
        hint="Forening, fællesskab eller person"
        required
        {...validation(messages, 'partner')}
      >
        <Input
          value={values.partner}
          onChange={(_e, d) => set('partner', d.value)}
          placeholder="Fx Ældre Sagen"
        />
      </Field>
      <div className={styles.row}>
        <Field
          label="Frivillig type"
          required
          hint={values.volunteerType ? VOLUNTEER_TYPE_HINTS[values.volunteerType] : undefined}
          {...validation(messages, 'volunteerType')}
        >
          <Select
            value={values.volunteerType}
            onChange={(_e, d) => set('volunteerType', d.value as VolunteerType | '')}
          >
            <option value="">Vælg type …</option>
            {codeOptions(VOLUNTEER_TYPES, VOLUNTEER_TYPE_LABELS)}
          </Select>
        </Field>
        <Field label="Status" {...validation(messages, 'status')}>
          <Select value={values.status} onChange={(_e, d) => set('status', d.value as PartnershipStatus)}>
            {codeOptions(PARTNERSHIP_STATUSES, STATUS_LABELS)}
          </Select>
        </Field>
      </div>
      <div className={styles.row}>
        <Field label="Enhed" {...validation(messages, 'unitId')}>
          <Select value={values.unitId} onChange={(_e, d) => set('unitId', d.value)}>
            <option value="">Ingen enhed valgt</option>
            {listOptions(lists?.units)}
          </Select>
        </Field>
        <Field label="Velfærdsområde" {...validation(messages, 'welfareAreaId')}>
          <Select value={values.welfareAreaId} onChange={(_e, d) => set('welfareAreaId', d.value)}>
            <option value="">Intet område valgt</option>
            {listOptions(lists?.welfareAreas)}
          </Select>
        </Field>
      </div>
      <div className={styles.row}>
        <Field label="Målgruppe" {...validation(messages, 'targetGroup')}>
          <Input value={values.targetGroup} onChange={(_e, d) => set('targetGroup', d.value)} />
        </Field>
        <Field label="Lokalområde" {...validation(messages, 'localArea')}>
          <Input value={values.localArea} onChange={(_e, d) => set('localArea', d.value)} />
        </Field>
      </div>
      <Field label="Formål" {...validation(messages, 'purpose')}>
        <Textarea
          value={values.purpose}
          onChange={(_e, d) => set('purpose', d.value)}
          resize="vertical"
          rows={3}
        />
      </Field>
      <Field label="Aktiviteter" hint="Hvad, hvornår og hvor" {...validation(messages, 'activities')}>
        <Textarea
          value={values.activities}
          onChange={(_e, d) => set('activities', d.value)}
          resize="vertical"
          rows={3}
        />
      </Field>
    </div>
  );
}
