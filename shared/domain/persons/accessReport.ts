/**
 * Everything the register holds about one person, as the answer to a request for access
 * (GDPR art. 15): the JSON file is this object, the Word document shows the same.
 */
export interface PersonAccessReport {
  title: string;
  /** ISO timestamp of the export. */
  generatedAt: string;
  person: {
    id: number;
    name: string;
    email: string;
    phone: string;
    role: string;
    organisation: string | null;
    legalBasis: string;
    consentDate: string | null;
    informed: string;
    keepUntil: string;
    createdAt: string;
    updatedAt: string;
  };
  partnerships: {
    id: number;
    title: string;
    partner: string;
    role: string;
    status: string;
    period: string;
  }[];
  /** Other records that point at the person: memberships, attendance, action items, meetings they chaired. */
  linkedRecords: { kind: string; table: string; field: string; record: Record<string, unknown> }[];
  /** Free text anywhere in the register that names the person. */
  mentions: { kind: string; recordId: number; field: string; text: string }[];
  auditLog: {
    at: string;
    actor: string;
    action: string;
    record: string;
    field: string | null;
    oldValue: string | null;
    newValue: string | null;
    reason: string | null;
  }[];
}
