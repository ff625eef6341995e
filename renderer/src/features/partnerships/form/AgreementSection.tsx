import { Checkbox, Field, Input, Select, Textarea } from '@fluentui/react-components';
import type { LookupLists } from '../../../../../shared/api';
import {
  AGREEMENT_KINDS,
  AGREEMENT_KIND_LABELS,
  FUNDING_SOURCES,
  FUNDING_SOURCE_LABELS,
  type AgreementKind,
  type FundingSource,
} from '../../../../../shared/domain';
import { DateInput } from '../../../components/DateInput';
import { codeOptions } from '../../../components/options';
import { useFormStyles } from './formStyles';
import { validation, type SectionProps } from './sectionProps';

export function AgreementSection({
  values,
  set,
  messages,
  lists,
}: SectionProps & { lists: LookupLists | undefined }) {
  const styles = useFormStyles();
  const toggleGoal = (id: number, checked: boolean) =>
    set(
      'strategyGoalIds',
      checked ? [...values.strategyGoalIds, id] : values.strategyGoalIds.filter((g) => g !== id),
    );

  return (
    <div className={styles.section}>
      <Field label="Aftaletype" {...validation(messages, 'agreementKind')}>
        <Select
          value={values.agreementKind}
          onChange={(_e, d) => set('agreementKind', d.value as AgreementKind)}
        >
          {codeOptions(AGREEMENT_KINDS, AGREEMENT_KIND_LABELS)}
        </Select>
      </Field>
      <div className={styles.row3}>
        <Field label="Startdato" {...validation(messages, 'startDate')}>
          <DateInput value={values.startDate} onChange={(date) => set('startDate', date)} />
        </Field>
        <Field label="Slutdato" {...validation(messages, 'endDate')}>
          <DateInput value={values.endDate} onChange={(date) => set('endDate', date)} />
        </Field>
        <Field label="Fornyes senest" {...validation(messages, 'renewalDate')}>
          <DateInput value={values.renewalDate} onChange={(date) => set('renewalDate', date)} />
        </Field>
      </div>
      <div className={styles.row3}>
        <Field label="Beløb (kr.)" {...validation(messages, 'amount')}>
          <Input
            value={values.amount}
            onChange={(_e, d) => set('amount', d.value)}
            inputMode="decimal"
            placeholder="Fx 45.000"
          />
        </Field>
        <Field label="Finansiering" {...validation(messages, 'fundingSource')}>
          <Select
            value={values.fundingSource}
            onChange={(_e, d) => set('fundingSource', d.value as FundingSource | '')}
          >
            <option value="">Ikke angivet</option>
            {codeOptions(FUNDING_SOURCES, FUNDING_SOURCE_LABELS)}
          </Select>
        </Field>
        <Field label="Medarbejdertimer pr. måned" {...validation(messages, 'staffHoursPerMonth')}>
          <Input
            value={values.staffHoursPerMonth}
            onChange={(_e, d) => set('staffHoursPerMonth', d.value)}
            inputMode="decimal"
          />
        </Field>
      </div>
      <Field label="Forventet registrering og evaluering" {...validation(messages, 'expectedEvaluation')}>
        <Textarea
          value={values.expectedEvaluation}
          onChange={(_e, d) => set('expectedEvaluation', d.value)}
          resize="vertical"
          rows={2}
        />
      </Field>
      {values.agreementKind === 'partnerskabsaftale' && (
        <div className={styles.row}>
          <Field
            label="Kommunens forpligtelser"
            hint="Står i partnerskabsaftalen"
            {...validation(messages, 'municipalObligations')}
          >
            <Textarea
              value={values.municipalObligations}
              onChange={(_e, d) => set('municipalObligations', d.value)}
              resize="vertical"
              rows={3}
            />
          </Field>
          <Field
            label="Partnerens forpligtelser"
            hint="Står i partnerskabsaftalen"
            {...validation(messages, 'partnerObligations')}
          >
            <Textarea
              value={values.partnerObligations}
              onChange={(_e, d) => set('partnerObligations', d.value)}
              resize="vertical"
              rows={3}
            />
          </Field>
        </div>
      )}
      <fieldset className={styles.group}>
        <legend className={styles.legend}>Strategimål</legend>
        {(lists?.strategyGoals ?? []).map((goal) => (
          <Checkbox
            key={goal.id}
            label={goal.name}
            checked={values.strategyGoalIds.includes(goal.id)}
            onChange={(_e, d) => toggleGoal(goal.id, d.checked === true)}
          />
        ))}
        {messages.strategyGoalIds && <span role="alert">{messages.strategyGoalIds}</span>}
      </fieldset>
    </div>
  );
}
