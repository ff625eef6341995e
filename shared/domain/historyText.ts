import { EFFORT_STATE_LABELS } from './actionPlan/states';
import { PARTNERSHIP_FIELD_LABELS } from './fieldLabels';
import { formatDateShort, formatMoney, formatNumber, isIsoDate } from './format';
import { INVOLVEMENT_CRITERIA } from './involvement';
import {
  AGREEMENT_KIND_LABELS,
  FUNDING_SOURCE_LABELS,
  INVOLVEMENT_LABELS,
  STATUS_LABELS,
  VOLUNTEER_TYPE_LABELS,
} from './labels';
import { LEGAL_BASIS_SHORT, storedFieldLabel } from './persons/values';

const CODE_LABELS: Record<string, Record<string, string>> = {
  volunteerType: VOLUNTEER_TYPE_LABELS,
  involvement: INVOLVEMENT_LABELS,
  status: STATUS_LABELS,
  agreementKind: AGREEMENT_KIND_LABELS,
  fundingSource: FUNDING_SOURCE_LABELS,
  state: EFFORT_STATE_LABELS,
  legalBasis: LEGAL_BASIS_SHORT,
};

/** Logged fields that hold a number (not codes like a CVR number, which keep their digits as typed). */
const NUMBER_FIELDS = new Set(['staffHoursPerMonth']);

/** A logged field's Danish name, for a partnership's history and the audit log alike. */
export function fieldLabel(field: string | null): string {
  return field === null ? '' : storedFieldLabel(field, PARTNERSHIP_FIELD_LABELS);
}

/** A stored history value (text or JSON) as the consultant should read it. */
export function describeHistoryValue(field: string | null, value: string | null): string {
  if (value === null || value === '') return '(tom)';
  if (field !== null && CODE_LABELS[field]) return CODE_LABELS[field][value] ?? value;
  if (field === 'quadrant') return `Kvadrant ${value}`;
  if (field === 'amount') return formatMoney(Number(value));
  if (field !== null && NUMBER_FIELDS.has(field)) return formatNumber(Number(value));
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
      (field === 'partnerContact' || field === 'municipalContact' || field === 'mergedFrom')
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
