import { Field, Input } from '@fluentui/react-components';
import type { ContactFormValues } from '../formValues';
import { useFormStyles } from './formStyles';
import { validation, type SectionProps } from './sectionProps';

function ContactFields({
  legend,
  prefix,
  contact,
  onChange,
  messages,
}: {
  legend: string;
  prefix: 'partnerContact' | 'municipalContact';
  contact: ContactFormValues;
  onChange(contact: ContactFormValues): void;
  messages: SectionProps['messages'];
}) {
  const styles = useFormStyles();
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{legend}</legend>
      <Field label="Navn" {...validation(messages, `${prefix}.name`)}>
        <Input value={contact.name} onChange={(_e, d) => onChange({ ...contact, name: d.value })} />
      </Field>
      <div className={styles.row}>
        <Field label="E-mail" {...validation(messages, `${prefix}.email`)}>
          <Input
            type="email"
            value={contact.email}
            onChange={(_e, d) => onChange({ ...contact, email: d.value })}
          />
        </Field>
        <Field label="Telefon" {...validation(messages, `${prefix}.phone`)}>
          <Input
            type="tel"
            value={contact.phone}
            onChange={(_e, d) => onChange({ ...contact, phone: d.value })}
          />
        </Field>
      </div>
    </fieldset>
  );
}

export function ContactsSection({ values, set, messages }: SectionProps) {
  const styles = useFormStyles();
  return (
    <div className={styles.section}>
      <ContactFields
        legend="Partnerens kontaktperson"
        prefix="partnerContact"
        contact={values.partnerContact}
        onChange={(c) => set('partnerContact', c)}
        messages={messages}
      />
      <ContactFields
        legend="Kommunal kontaktperson"
        prefix="municipalContact"
        contact={values.municipalContact}
        onChange={(c) => set('municipalContact', c)}
        messages={messages}
      />
    </div>
  );
}
