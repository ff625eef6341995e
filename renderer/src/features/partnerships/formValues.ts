import {
  fieldsOfPartnership,
  type Contact,
  type Partnership,
  type PartnershipFieldsInput,
} from '../../../../shared/api';
import type {
  AgreementKind,
  FundingSource,
  Involvement,
  InvolvementCriterion,
  PartnershipStatus,
  VolunteerType,
} from '../../../../shared/domain';
import { formatAmount, formatNumber, parseDanishNumber } from '../../../../shared/domain';

export interface ContactFormValues {
  name: string;
  email: string;
  phone: string;
}

/** What the form holds: exactly what the user typed, so nothing is lost when a save fails. */
export interface PartnershipFormValues {
  title: string;
  partner: string;
  volunteerType: VolunteerType | '';
  involvement: Involvement | '';
  involvementCriteria: InvolvementCriterion[];
  involvementReason: string;
  unitId: string;
  welfareAreaId: string;
  status: PartnershipStatus;
  agreementKind: AgreementKind;
  startDate: string;
  endDate: string;
  renewalDate: string;
  targetGroup: string;
  purpose: string;
  activities: string;
  amount: string;
  fundingSource: FundingSource | '';
  staffHoursPerMonth: string;
  expectedEvaluation: string;
  strategyGoalIds: number[];
  localArea: string;
  childrenUnder15: boolean;
  fixedAttachment: boolean;
  childCertificateDate: string;
  criminalRecordCheck: boolean;
  municipalObligations: string;
  partnerObligations: string;
  partnerContact: ContactFormValues;
  municipalContact: ContactFormValues;
  notes: string;
  extraFields: { key: string; value: string }[];
}

const NO_CONTACT: ContactFormValues = { name: '', email: '', phone: '' };

export const EMPTY_FORM: PartnershipFormValues = {
  title: '',
  partner: '',
  volunteerType: '',
  involvement: '',
  involvementCriteria: [],
  involvementReason: '',
  unitId: '',
  welfareAreaId: '',
  status: 'aktiv',
  agreementKind: 'ingen',
  startDate: '',
  endDate: '',
  renewalDate: '',
  targetGroup: '',
  purpose: '',
  activities: '',
  amount: '',
  fundingSource: '',
  staffHoursPerMonth: '',
  expectedEvaluation: '',
  strategyGoalIds: [],
  localArea: '',
  childrenUnder15: false,
  fixedAttachment: true,
  childCertificateDate: '',
  criminalRecordCheck: false,
  municipalObligations: '',
  partnerObligations: '',
  partnerContact: NO_CONTACT,
  municipalContact: NO_CONTACT,
  notes: '',
  extraFields: [],
};

const idText = (id: number | null) => (id === null ? '' : String(id));
/** Numbers are shown the Danish way (decimal comma) and read back the same way. */
const numberText = (n: number | null) => (n === null ? '' : formatNumber(n));

export function formValuesOf(partnership: Partnership): PartnershipFormValues {
  // Only the editable fields: the form's values go back to a strict schema.
  const p = fieldsOfPartnership(partnership);
  return {
    ...p,
    unitId: idText(p.unitId),
    welfareAreaId: idText(p.welfareAreaId),
    startDate: p.startDate ?? '',
    endDate: p.endDate ?? '',
    renewalDate: p.renewalDate ?? '',
    amount: p.amount === null ? '' : formatAmount(p.amount),
    fundingSource: p.fundingSource ?? '',
    staffHoursPerMonth: numberText(p.staffHoursPerMonth),
    childCertificateDate: p.childCertificateDate ?? '',
    partnerContact: p.partnerContact ?? NO_CONTACT,
    municipalContact: p.municipalContact ?? NO_CONTACT,
    extraFields: Object.entries(p.extraFields).map(([key, value]) => ({ key, value })),
  };
}

/** "45.000,50" → 45000.5; anything that is not a plain Danish number stays text for the schema to refuse. */
function numberInput(text: string): number | string {
  if (text.trim() === '') return '';
  return parseDanishNumber(text) ?? text;
}

function contactInput(contact: ContactFormValues): Contact | null {
  const empty = !contact.name.trim() && !contact.email.trim() && !contact.phone.trim();
  return empty ? null : contact;
}

/** Turns the typed values into raw input; the shared schema then judges it, as the server will. */
export function toRawInput(values: PartnershipFormValues): Record<keyof PartnershipFieldsInput, unknown> {
  return {
    ...values,
    volunteerType: values.volunteerType || undefined,
    involvement: values.involvement || undefined,
    unitId: values.unitId === '' ? null : Number(values.unitId),
    welfareAreaId: values.welfareAreaId === '' ? null : Number(values.welfareAreaId),
    amount: numberInput(values.amount),
    fundingSource: values.fundingSource || null,
    staffHoursPerMonth: numberInput(values.staffHoursPerMonth),
    partnerContact: contactInput(values.partnerContact),
    municipalContact: contactInput(values.municipalContact),
    extraFields: Object.fromEntries(
      values.extraFields.filter((f) => f.key.trim()).map((f) => [f.key.trim(), f.value]),
    ),
  };
}
