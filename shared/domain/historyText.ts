import { PARTNERSHIP_FIELD_LABELS } from './fieldLabels';
import { formatDateShort, formatMoney, isIsoDate } from './format';
import { INVOLVEMENT_CRITERIA } from './involvement';
import {
  AGREEMENT_KIND_LABELS,
  FUNDING_SOURCE_LABELS,
  INVOLVEMENT_LABELS,
  STATUS_LABELS,
  VOLUNTEER_TYPE_LABELS,
} from './labels';

const CODE_LABELS: Record<string, Record<string, string>> = {
  volunteerType: VOLUNTEER_TYPE_LABELS,
  involvement: INVOLVEMENT_LABELS,
  status: STATUS_LABELS,
  agreementKind: AGREEMENT_KIND_LABELS,
  fundingSource: FUNDING_SOURCE_LABELS,
};

export function fieldLabel(field: string | null): string {
  return field === null ? '' : ((PARTNERSHIP_FIELD_LABELS as Record<string, string>)[field] ?? field);
}

/** A stored history value (text or JSON) as the consultant should read it. */
export function describeHistoryValue(field: string | null, value: string | null): string {
  if (value === null || value === '') return '(tom)';
  if (field !== null && CODE_LABELS[field]) return CODE_LABELS[field][value] ?? value;
  if (field === 'quadrant') return `Kvadrant ${value}`;
  if (field === 'amount') return formatMoney(Number(value));
  if (value === 'true') return 'Ja';
  if (value === 'false') return 'Nej';
  if (isIsoDate(value)) return formatDateShort(value);
  if (field === 'involvementCriteria') {
    const codes = JSON.parse(value) as string[];
    return codes.length === 0
      ? '(ingen)'
      : codes.map((c) => INVOLVEMENT_CRITERIA.find((k) => k.code === c)?.label ?? c).join('; ');
  }
  if (value.startsWith('{') || value.startsWith('[')) {
    const parsed = JSON.parse(value) as unknown;
    if (Array.isArray(parsed)) return parsed.join(', ') || '(ingen)';
    if (
      parsed &&
      typeof parsed === 'object' &&
      (field === 'partnerContact' || field === 'municipalContact')
    ) {
      return Object.values(parsed)
        .filter((v) => v !== '')
        .join(', ');
    }
    if (parsed && typeof parsed === 'object') {
      return (
        Object.entries(parsed)
          .map(([k, v]) => `${k}: ${String(v)}`)
          .join(', ') || '(ingen)'
      );
    }
  }
  return value;
}
