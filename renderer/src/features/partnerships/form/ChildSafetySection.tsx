import { Checkbox, Field, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { DateInput } from '../../../components/DateInput';
import { useFormStyles } from './formStyles';
import { validation, type SectionProps } from './sectionProps';

/**
 * Børneattest (Børneattestloven): only whether it was obtained and when, never the attest
 * itself and never a CPR number.
 */
export function ChildSafetySection({ values, set, messages }: SectionProps) {
  const styles = useFormStyles();
  const required = values.childrenUnder15 && values.fixedAttachment;
  return (
    <div className={styles.section}>
      <Checkbox
        label="De frivillige har direkte kontakt med eller er jævnligt sammen med børn under 15 år"
        checked={values.childrenUnder15}
        onChange={(_e, d) => set('childrenUnder15', d.checked === true)}
      />
      {values.childrenUnder15 && (
        <Checkbox
          label="Fast tilknytning (mere end en uge i træk, eller tre gange eller flere inden for tre måneder)"
          checked={values.fixedAttachment}
          onChange={(_e, d) => set('fixedAttachment', d.checked === true)}
        />
      )}
      {required && (
        <>
          <MessageBar intent={values.childCertificateDate ? 'success' : 'warning'}>
            <MessageBarBody>
              {values.childCertificateDate
                ? 'Børneattest er registreret som indhentet.'
                : 'Der skal indhentes børneattest, før de frivillige starter. Ved §18-støtte indhenter foreningen selv attesten.'}
            </MessageBarBody>
          </MessageBar>
          <Field
            label="Børneattest indhentet / erklæring modtaget den"
            hint="Registrér kun datoen – aldrig selve attesten eller CPR-numre."
            {...validation(messages, 'childCertificateDate')}
          >
            <DateInput
              value={values.childCertificateDate}
              onChange={(date) => set('childCertificateDate', date)}
            />
          </Field>
        </>
      )}
      {!values.childrenUnder15 && <Text>Der kræves ikke børneattest for dette samarbejde.</Text>}
      <Checkbox
        label="Der kræves straffeattest (fx når de frivillige kommer i borgernes hjem eller får adgang til deres ejendele)"
        checked={values.criminalRecordCheck}
        onChange={(_e, d) => set('criminalRecordCheck', d.checked === true)}
      />
    </div>
  );
}
