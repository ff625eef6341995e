import { PARTNERSHIP_FIELD_LABELS as L } from '../fieldLabels';
import { formatDateShort, formatMoney, formatNumber } from '../format';
import { INVOLVEMENT_CRITERIA } from '../involvement';
import {
  AGREEMENT_KIND_LABELS,
  FUNDING_SOURCE_LABELS,
  INVOLVEMENT_LABELS,
  VOLUNTEER_TYPE_LABELS,
} from '../labels';
import { CLAUSE_KEYS, CLAUSE_LABELS } from './clauses';
import type { AgreementSettings, AgreementSource } from './content';

/** What an exported agreement said, field by field in words, kept with the export. */
export type AgreementSnapshot = Record<string, string>;

export interface SnapshotChange {
  field: string;
  before: string;
  now: string;
}

const yesNo = (value: boolean) => (value ? 'Ja' : 'Nej');
const contact = (c: AgreementSource['partnerContact']) =>
  c ? [c.name, c.email, c.phone].filter(Boolean).join(', ') : '';

/**
 * Everything an agreement is drawn from, as the consultant would read it. Stored with every
 * export so a later look can say what changed since; labels, not codes, so an old snapshot
 * still reads right.
 */
export function agreementSnapshot(source: AgreementSource, settings: AgreementSettings): AgreementSnapshot {
  return {
    [L.title]: source.title,
    [L.partner]: source.partner,
    [L.volunteerType]: VOLUNTEER_TYPE_LABELS[source.volunteerType],
    [L.involvement]: INVOLVEMENT_LABELS[source.involvement],
    [L.involvementCriteria]: INVOLVEMENT_CRITERIA.filter((c) => source.involvementCriteria.includes(c.code))
      .map((c) => c.label)
      .join('; '),
    [L.agreementKind]: AGREEMENT_KIND_LABELS[source.agreementKind],
    [L.unitName]: source.unitName ?? '',
    [L.targetGroup]: source.targetGroup,
    [L.purpose]: source.purpose,
    [L.activities]: source.activities,
    [L.startDate]: source.startDate ? formatDateShort(source.startDate) : '',
    [L.endDate]: source.endDate ? formatDateShort(source.endDate) : '',
    [L.renewalDate]: source.renewalDate ? formatDateShort(source.renewalDate) : '',
    [L.amount]: source.amount === null ? '' : formatMoney(source.amount),
    [L.fundingSource]: source.fundingSource ? FUNDING_SOURCE_LABELS[source.fundingSource] : '',
    [L.staffHoursPerMonth]: source.staffHoursPerMonth === null ? '' : formatNumber(source.staffHoursPerMonth),
    [L.expectedEvaluation]: source.expectedEvaluation,
    [L.childrenUnder15]: yesNo(source.childrenUnder15),
    [L.fixedAttachment]: yesNo(source.fixedAttachment),
    [L.criminalRecordCheck]: yesNo(source.criminalRecordCheck),
    [L.municipalObligations]: source.municipalObligations,
    [L.partnerObligations]: source.partnerObligations,
    [L.partnerContact]: contact(source.partnerContact),
    [L.municipalContact]: contact(source.municipalContact),
    'Kommunens navn': settings.municipalityName,
    ...Object.fromEntries(
      CLAUSE_KEYS.map((key) => [`Standardtekst: ${CLAUSE_LABELS[key]}`, settings.clauses[key]]),
    ),
  };
}

/** The fields whose words differ, in the order of the current snapshot. */
export function snapshotChanges(before: AgreementSnapshot, now: AgreementSnapshot): SnapshotChange[] {
  const fields = [...new Set([...Object.keys(now), ...Object.keys(before)])];
  return fields
    .filter((field) => (before[field] ?? '') !== (now[field] ?? ''))
    .map((field) => ({ field, before: before[field] ?? '', now: now[field] ?? '' }));
}
