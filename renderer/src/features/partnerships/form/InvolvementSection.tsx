import { Checkbox, Field, Radio, RadioGroup, Text, Textarea } from '@fluentui/react-components';
import {
  INVOLVEMENT_CRITERIA,
  INVOLVEMENT_LABELS,
  INVOLVEMENT_LEVELS,
  overrideNeedsReason,
  suggestedInvolvement,
  type Involvement,
  type InvolvementCriterion,
} from '../../../../../shared/domain';
import { QuadrantPreview } from '../QuadrantPreview';
import { useFormStyles } from './formStyles';
import { validation, type SectionProps } from './sectionProps';

const LEVEL_HEADINGS: Record<Involvement, string> = {
  lav: 'Lav involvering',
  mellem: 'Mellem involvering',
  hoej: 'Høj involvering',
};

/** The checklist suggests a level; the consultant chooses, and explains a different choice. */
export function InvolvementSection({ values, set, messages }: SectionProps) {
  const styles = useFormStyles();
  const suggested = suggestedInvolvement(values.involvementCriteria);
  const needsReason =
    values.involvement !== '' && overrideNeedsReason(values.involvementCriteria, values.involvement);

  const toggle = (code: InvolvementCriterion, checked: boolean) =>
    set(
      'involvementCriteria',
      checked ? [...values.involvementCriteria, code] : values.involvementCriteria.filter((c) => c !== code),
    );

  return (
    <div className={styles.section}>
      <Text>Sæt kryds ved det, kommunen gør i samarbejdet. Tjeklisten foreslår et niveau.</Text>
      {INVOLVEMENT_LEVELS.map((level) => (
        <fieldset key={level} className={styles.group}>
          <legend className={styles.legend}>{LEVEL_HEADINGS[level]}</legend>
          {INVOLVEMENT_CRITERIA.filter((c) => c.level === level).map((criterion) => (
            <Checkbox
              key={criterion.code}
              label={criterion.label}
              checked={values.involvementCriteria.includes(criterion.code)}
              onChange={(_e, d) => toggle(criterion.code, d.checked === true)}
            />
          ))}
        </fieldset>
      ))}
      <Text weight="semibold" aria-live="polite" data-testid="suggested-involvement">
        {suggested
          ? `Tjeklisten foreslår: ${INVOLVEMENT_LABELS[suggested]} involvering`
          : 'Intet forslag endnu – sæt kryds ovenfor.'}
      </Text>
      <Field label="Kommunal involvering" required {...validation(messages, 'involvement')}>
        <RadioGroup
          layout="horizontal"
          value={values.involvement}
          onChange={(_e, d) => set('involvement', d.value as Involvement)}
        >
          {INVOLVEMENT_LEVELS.map((level) => (
            <Radio key={level} value={level} label={INVOLVEMENT_LABELS[level]} />
          ))}
        </RadioGroup>
      </Field>
      {(needsReason || values.involvementReason) && (
        <Field
          label="Begrundelse for at vælge et andet niveau"
          required={needsReason}
          {...validation(messages, 'involvementReason')}
        >
          <Textarea
            value={values.involvementReason}
            onChange={(_e, d) => set('involvementReason', d.value)}
            resize="vertical"
            rows={2}
          />
        </Field>
      )}
      <QuadrantPreview volunteerType={values.volunteerType} involvement={values.involvement} />
    </div>
  );
}
