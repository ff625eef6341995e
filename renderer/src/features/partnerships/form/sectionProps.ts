import type { FieldMessages } from '../../../components/fieldMessages';
import type { PartnershipFormValues } from '../formValues';

export { validation } from '../../../components/fieldMessages';

/** What every form section gets: the values, a setter per field, and the messages to show. */
export interface SectionProps {
  values: PartnershipFormValues;
  set: <K extends keyof PartnershipFormValues>(key: K, value: PartnershipFormValues[K]) => void;
  messages: FieldMessages;
}
