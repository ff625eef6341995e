import {
  ACTION_STATUS_LABELS,
  AGENDA_ITEM_KIND_LABELS,
  ATTENDANCE_LABELS,
  SEAT_KIND_LABELS,
} from '../followupGroup/values';
import { formatDateShort } from '../format';

/** The legal bases (GDPR art. 6(1)) the register records for a person. */
export const LEGAL_BASES = ['offentlig_opgave', 'samtykke'] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

export const LEGAL_BASIS_LABELS: Record<LegalBasis, string> = {
  offentlig_opgave: 'Myndighedsudøvelse/offentlig opgave (art. 6, stk. 1, litra e)',
  samtykke: 'Samtykke (art. 6, stk. 1, litra a)',
};

export const LEGAL_BASIS_SHORT: Record<LegalBasis, string> = {
  offentlig_opgave: 'Offentlig opgave (litra e)',
  samtykke: 'Samtykke (litra a)',
};

/** The audit log's actions, as the consultant reads them. */
export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'view', 'export', 'merge', 'erase'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  create: 'Oprettet',
  update: 'Ændret',
  delete: 'Slettet',
  view: 'Set',
  export: 'Udtrukket (indsigt)',
  merge: 'Sammenlagt',
  erase: 'Anonymiseret',
};

/** What the kinds of records are called, by their table or audit-log entity. */
export const RECORD_LABELS: Record<string, string> = {
  partnership: 'Samarbejde',
  partnerships: 'Samarbejde',
  organisation: 'Partner',
  organisations: 'Partner',
  person: 'Person',
  contact_persons: 'Person',
  documents: 'Dokument',
  settings: 'Indstilling',
  followup_members: 'Medlemskab af følgegruppen',
  followup_meeting: 'Møde i følgegruppen',
  actionPlan: 'Handleplan',
  actionEffort: 'Indsats i handleplan',
  followup_meetings: 'Møde i følgegruppen',
  followup_agenda_items: 'Dagsordenspunkt',
  followup_attendance: 'Deltagelse i møde',
  followup_actions: 'Handlingspunkt',
};

export const recordLabel = (kind: string): string => RECORD_LABELS[kind] ?? kind;

/** What an erased name, e-mail or phone number is replaced by, everywhere. */
export const ANONYMISED = '[anonymiseret]';

/** Stored columns and logged fields outside the partnership's own (PARTNERSHIP_FIELD_LABELS). */
const STORED_FIELD_LABELS: Record<string, string> = {
  name: 'Navn',
  date: 'Dato',
  meeting_id: 'Møde nr.',
  start_time: 'Start',
  end_time: 'Slut',
  place: 'Sted',
  status: 'Status',
  deadline: 'Frist',
  kind: 'Art',
  seat_kind: 'Plads',
  elected_at: 'Valgt',
  term_end: 'Valgperiode slutter',
  minutes_approved_at: 'Referat godkendt',
  closed_at: 'Afsluttet',
  value: 'Værdi',
  notes: 'Noter',
  title: 'Titel',
  text: 'Tekst',
  background: 'Baggrund',
  conclusion: 'Konklusion',
  decision: 'Beslutning',
  guests: 'Gæster',
  presenter: 'Oplægsholder',
  responsible: 'Ansvarlig',
  role: 'Rolle',
  charter: 'Kommissorium',
  file_name: 'Filnavn',
  snapshot: 'Dokumentets indhold',
  address: 'Adresse',
  email: 'E-mail',
  phone: 'Telefon',
  person_id: 'Person',
  chair_person_id: 'Mødeleder',
  referent_person_id: 'Referent',
  presenter_person_id: 'Oplægsholder',
  responsible_person_id: 'Ansvarlig',
  partner_contact_id: 'Kontaktperson',
  legalBasis: 'Retsgrundlag',
  consentDate: 'Samtykke givet',
  informed: 'Oplyst (art. 14)',
  informedDate: 'Oplyst den',
  retentionDate: 'Opbevares til',
  mergedFrom: 'Lagt sammen med',
  municipal_contact_id: 'Kommunal kontaktperson',
  minutesApprovedAt: 'Referat godkendt',
  period: 'Periode',
  description: 'Beskrivelse',
  focusArea: 'Fokusområde',
  state: 'Status',
  statusText: 'Statustekst',
  cvr: 'CVR-nummer',
  website: 'Hjemmeside',
  volunteerCentreMember: 'Medlem af det lokale frivilligcenter',
};

/** A stored column's Danish name (`target_group` → the partnership field label), for the access export. */
export function storedFieldLabel(
  column: string,
  partnershipLabels: Readonly<Record<string, string>>,
): string {
  const camel = column.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
  return STORED_FIELD_LABELS[column] ?? partnershipLabels[camel] ?? column;
}

/** Bookkeeping columns that say nothing to the person the export is about. */
const HIDDEN_COLUMNS =
  /(^id$|(?<!^meeting)_id$|^created_at$|^updated_at$|^position$|^marks$|^portfolio$|^snapshot$)/;

/** Columns that hold a code, by table: the person reads the code's Danish words, not `til_stede`. */
const CODED_COLUMNS: Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, string>>>>>> = {
  followup_attendance: { status: ATTENDANCE_LABELS },
  followup_members: { seat_kind: SEAT_KIND_LABELS },
  followup_agenda_items: { kind: AGENDA_ITEM_KIND_LABELS },
  followup_actions: { status: ACTION_STATUS_LABELS },
};

/**
 * A row of `table` that refers to the person, as readable text ("Dato: 12.3.2026; Status: Til
 * stede"), for the Word access export.
 */
export function describeRecord(table: string, record: Readonly<Record<string, unknown>>): string {
  return Object.entries(record)
    .filter(([key, value]) => !HIDDEN_COLUMNS.test(key) && value !== null && value !== '')
    .map(([key, value]) => {
      const text = typeof value === 'string' ? value : JSON.stringify(value);
      const shown = /^\d{4}-\d{2}-\d{2}/.test(text)
        ? formatDateShort(text.slice(0, 10))
        : (CODED_COLUMNS[table]?.[key]?.[text] ?? text);
      return `${storedFieldLabel(key, {})}: ${shown}`;
    })
    .join('; ');
}
