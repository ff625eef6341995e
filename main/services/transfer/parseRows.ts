import { parseWith, partnershipFieldsSchema, type PartnershipFields } from '../../../shared/api';
import { normaliseHeader } from '../../../shared/domain';
import type { Cell, SheetData } from '../spreadsheet/readSpreadsheet';
import { cellText, columnForHeader, headerOfField, type ColumnDefinition, type ImportDraft } from './columns';

export interface ParsedRow {
  /** The row number as the spreadsheet shows it (the header is row 1). */
  row: number;
  cells: Cell[];
  title: string;
  partner: string;
  /** The validated fields, list references still as names; null when the row is rejected. */
  fields: Omit<PartnershipFields, 'unitId' | 'welfareAreaId' | 'strategyGoalIds'> | null;
  unitName: string | null;
  welfareAreaName: string | null;
  strategyGoalNames: string[];
  errors: string[];
}

export interface ParsedSheet {
  headers: string[];
  rows: ParsedRow[];
  /** Headers Samspil does not know: their values are kept as extra fields on each record. */
  unknownColumns: string[];
}

const REQUIRED = ['Titel', 'Samarbejdspartner', 'Frivillig type', 'Kommunal involvering'];

export class MissingColumnsError extends Error {}

function emptyDraft(): ImportDraft {
  return {
    input: {},
    unitName: null,
    welfareAreaName: null,
    strategyGoalNames: [],
    contacts: {
      partnerContact: { name: '', email: '', phone: '' },
      municipalContact: { name: '', email: '', phone: '' },
    },
  };
}

function contactOrNull(contact: { name: string; email: string; phone: string }) {
  return contact.name || contact.email || contact.phone ? contact : null;
}

/**
 * Reads every row against the known columns and the shared schema. Nothing is dropped: a row
 * either becomes fields or carries its reasons (column and Danish explanation).
 */
export function parseRows(sheet: SheetData): ParsedSheet {
  const columns: (ColumnDefinition | undefined)[] = sheet.headers.map(columnForHeader);
  const present = new Set(columns.filter(Boolean).map((c) => c!.header));
  const missing = REQUIRED.filter((h) => !present.has(h));
  if (missing.length > 0) {
    throw new MissingColumnsError(
      `Regnearket mangler kolonnen ${missing.map((m) => `«${m}»`).join(', ')}. ` +
        'Første række skal være overskrifter, fx Titel; Samarbejdspartner; Frivillig type; Kommunal involvering.',
    );
  }
  const unknownColumns = sheet.headers.filter(
    (h, i) => columns[i] === undefined && normaliseHeader(h) !== '',
  );

  const rows = sheet.rows.map((cells, index): ParsedRow => {
    const draft = emptyDraft();
    const errors: string[] = [];
    const extraFields: Record<string, string> = {};
    sheet.headers.forEach((header, i) => {
      const cell = cells[i] ?? null;
      const column = columns[i];
      if (!column) {
        if (normaliseHeader(header) !== '' && cellText(cell) !== '')
          extraFields[header.trim()] = cellText(cell);
        return;
      }
      const problem = column.read(cell, draft);
      if (problem) errors.push(`${column.header}: ${problem}`);
    });
    draft.input.partnerContact = contactOrNull(draft.contacts.partnerContact);
    draft.input.municipalContact = contactOrNull(draft.contacts.municipalContact);
    draft.input.extraFields = extraFields;
    const title = String(draft.input.title ?? '');
    const partner = String(draft.input.partner ?? '');
    let fields: ParsedRow['fields'] = null;
    const checked = parseWith(partnershipFieldsSchema, draft.input);
    if (checked.ok) {
      const { unitId: _u, welfareAreaId: _w, strategyGoalIds: _s, ...rest } = checked.value;
      fields = rest;
    } else {
      // A cell that could not be read already explains itself; do not repeat it as "missing".
      const reported = new Set(errors.map((e) => e.split(':')[0]));
      for (const e of checked.fieldErrors) {
        const header = headerOfField(e.path);
        if (!reported.has(header)) errors.push(`${header}: ${e.message}`);
      }
    }
    return {
      row: index + 2,
      cells,
      title,
      partner,
      fields: errors.length === 0 ? fields : null,
      unitName: draft.unitName,
      welfareAreaName: draft.welfareAreaName,
      strategyGoalNames: draft.strategyGoalNames,
      errors,
    };
  });
  return { headers: sheet.headers, rows, unknownColumns };
}
