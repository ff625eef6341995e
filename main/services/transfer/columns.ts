import type { Partnership } from '../../../shared/api';
import {
  AGREEMENT_KIND_LABELS,
  FUNDING_SOURCE_LABELS,
  INVOLVEMENT_CRITERIA,
  INVOLVEMENT_LABELS,
  STATUS_LABELS,
  VOLUNTEER_TYPE_LABELS,
  normaliseHeader,
  parseAmount,
  parseDate,
  parseInvolvement,
  parseVolunteerType,
  parseYesNo,
} from '../../../shared/domain';
import type { Cell } from '../spreadsheet/readSpreadsheet';

/** A row read from the spreadsheet, before list names are turned into ids. */
export interface ImportDraft {
  input: Record<string, unknown>;
  unitName: string | null;
  welfareAreaName: string | null;
  strategyGoalNames: string[];
  contacts: Record<'partnerContact' | 'municipalContact', { name: string; email: string; phone: string }>;
}

export interface ColumnDefinition {
  header: string;
  /** Other headers the consultant's own sheet may use for the same column. */
  aliases?: readonly string[];
  /** The schema field this column fills, so a validation message can name the column. */
  field: string;
  /** Reads the cell into the draft; returns a Danish message when the cell cannot be used. */
  read(cell: Cell, draft: ImportDraft): string | null;
  write(p: Partnership, names: { strategyGoal(id: number): string }): Cell;
}

export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/** `2026-03-07` as a date cell (UTC midnight, which is how spreadsheet dates are read back). */
function dateCell(iso: string | null): Cell {
  return iso === null ? null : new Date(`${iso}T00:00:00Z`);
}

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const text =
  (field: string) =>
  (cell: Cell, draft: ImportDraft): string | null => {
    draft.input[field] = cellText(cell);
    return null;
  };

const parsed =
  <T>(field: string, parse: (cell: Cell) => Parsed<T>) =>
  (cell: Cell, draft: ImportDraft): string | null => {
    if (cellText(cell) === '') return null;
    const result = parse(cell);
    if (!result.ok) return result.message;
    draft.input[field] = result.value;
    return null;
  };

/** Accepts a code or its Danish label, any case ("På pause", "paa_pause"). */
function byLabel<C extends string>(labels: Record<C, string>, what: string) {
  // Looked up, not compared label by label: this runs for several cells of every imported row.
  const codeOf = new Map<string, C>();
  for (const [code, label] of Object.entries(labels) as [C, string][]) {
    codeOf.set(code, code);
    codeOf.set(normaliseHeader(label), code);
  }
  return (cell: Cell): Parsed<C> => {
    const code = codeOf.get(normaliseHeader(cellText(cell)));
    if (code !== undefined) return { ok: true, value: code };
    return {
      ok: false,
      message: `Ukendt ${what} «${cellText(cell)}». Tilladte værdier: ${Object.values(labels).join(', ')}.`,
    };
  };
}

const parseFunding = (cell: Cell): Parsed<string> => {
  // "§18", "§ 18", "18-midler" and "paragraf 18" all mean §18-midler.
  const compact = cellText(cell)
    .toLowerCase()
    .replace(/\s|paragraf|-?midler/g, '')
    .replace('§', '');
  if (compact === '18') return { ok: true, value: 'paragraf18' };
  if (compact === '79') return { ok: true, value: 'paragraf79' };
  return byLabel(FUNDING_SOURCE_LABELS, 'finansiering')(cell);
};

const parseDateCell = (cell: Cell) =>
  parseDate(cell instanceof Date || typeof cell === 'number' ? cell : cellText(cell));
const parseNumberCell = (cell: Cell) => parseAmount(typeof cell === 'number' ? cell : cellText(cell));

function yesNo(field: string) {
  return parsed(field, (cell) => parseYesNo(cellText(cell)));
}

const criteriaByLabel = new Map(INVOLVEMENT_CRITERIA.map((c) => [normaliseHeader(c.label), c.code]));

function contactPart(side: 'partnerContact' | 'municipalContact', part: 'name' | 'email' | 'phone') {
  return (cell: Cell, draft: ImportDraft): string | null => {
    draft.contacts[side][part] = cellText(cell);
    return null;
  };
}

const yesNoText = (value: boolean) => (value ? 'Ja' : 'Nej');

/** The register's spreadsheet columns, in export order; import accepts them in any order. */
export const COLUMNS: readonly ColumnDefinition[] = [
  { header: 'Titel', field: 'title', read: text('title'), write: (p) => p.title },
  {
    header: 'Samarbejdspartner',
    aliases: ['partner', 'forening', 'organisation'],
    field: 'partner',
    read: text('partner'),
    write: (p) => p.partner,
  },
  {
    header: 'Frivillig type',
    aliases: ['type'],
    field: 'volunteerType',
    read: parsed('volunteerType', (cell) => parseVolunteerType(cellText(cell))),
    write: (p) => VOLUNTEER_TYPE_LABELS[p.volunteerType],
  },
  {
    header: 'Kommunal involvering',
    aliases: ['involvering'],
    field: 'involvement',
    read: parsed('involvement', (cell) => parseInvolvement(cellText(cell))),
    write: (p) => INVOLVEMENT_LABELS[p.involvement],
  },
  {
    header: 'Tjekliste for involvering',
    field: 'involvementCriteria',
    read: (cell, draft) => {
      const labels = cellText(cell)
        .split(';')
        .map((l) => l.trim())
        .filter(Boolean);
      const unknown = labels.filter((l) => !criteriaByLabel.has(normaliseHeader(l)));
      if (unknown.length > 0) return `Ukendt punkt på tjeklisten: «${unknown.join('», «')}».`;
      draft.input.involvementCriteria = labels.map((l) => criteriaByLabel.get(normaliseHeader(l)));
      return null;
    },
    write: (p) =>
      p.involvementCriteria.map((c) => INVOLVEMENT_CRITERIA.find((k) => k.code === c)!.label).join('; '),
  },
  {
    header: 'Begrundelse for involvering',
    field: 'involvementReason',
    read: text('involvementReason'),
    write: (p) => p.involvementReason,
  },
  {
    header: 'Center',
    aliases: ['enhed', 'afdeling'],
    field: 'unitId',
    read: (cell, draft) => {
      draft.unitName = cellText(cell) || null;
      return null;
    },
    write: (p) => p.unitName,
  },
  {
    header: 'Velfærdsområde',
    field: 'welfareAreaId',
    read: (cell, draft) => {
      draft.welfareAreaName = cellText(cell) || null;
      return null;
    },
    write: (p) => p.welfareAreaName,
  },
  { header: 'Målgruppe', field: 'targetGroup', read: text('targetGroup'), write: (p) => p.targetGroup },
  { header: 'Formål', field: 'purpose', read: text('purpose'), write: (p) => p.purpose },
  { header: 'Aktiviteter', field: 'activities', read: text('activities'), write: (p) => p.activities },
  {
    header: 'Status',
    field: 'status',
    read: parsed('status', byLabel(STATUS_LABELS, 'status')),
    write: (p) => STATUS_LABELS[p.status],
  },
  {
    header: 'Aftaletype',
    aliases: ['aftale'],
    field: 'agreementKind',
    read: parsed('agreementKind', (cell) =>
      /^(ingen|mundtlig)$/i.test(cellText(cell))
        ? { ok: true, value: 'ingen' }
        : byLabel(AGREEMENT_KIND_LABELS, 'aftaletype')(cell),
    ),
    write: (p) => AGREEMENT_KIND_LABELS[p.agreementKind],
  },
  {
    header: 'Startdato',
    field: 'startDate',
    read: parsed('startDate', parseDateCell),
    write: (p) => dateCell(p.startDate),
  },
  {
    header: 'Slutdato',
    field: 'endDate',
    read: parsed('endDate', parseDateCell),
    write: (p) => dateCell(p.endDate),
  },
  {
    header: 'Fornyelsesdato',
    field: 'renewalDate',
    read: parsed('renewalDate', parseDateCell),
    write: (p) => dateCell(p.renewalDate),
  },
  {
    header: 'Beløb',
    aliases: ['beløb (kr.)', 'beløb i kr.'],
    field: 'amount',
    read: parsed('amount', parseNumberCell),
    write: (p) => p.amount,
  },
  {
    header: 'Finansiering',
    field: 'fundingSource',
    read: parsed('fundingSource', parseFunding),
    write: (p) => (p.fundingSource ? FUNDING_SOURCE_LABELS[p.fundingSource] : null),
  },
  {
    header: 'Medarbejdertimer pr. måned',
    field: 'staffHoursPerMonth',
    read: parsed('staffHoursPerMonth', parseNumberCell),
    write: (p) => p.staffHoursPerMonth,
  },
  {
    header: 'Forventet registrering og evaluering',
    field: 'expectedEvaluation',
    read: text('expectedEvaluation'),
    write: (p) => p.expectedEvaluation,
  },
  {
    header: 'Strategimål',
    field: 'strategyGoalIds',
    read: (cell, draft) => {
      draft.strategyGoalNames = cellText(cell)
        .split(';')
        .map((n) => n.trim())
        .filter(Boolean);
      return null;
    },
    write: (p, names) => p.strategyGoalIds.map((id) => names.strategyGoal(id)).join('; '),
  },
  { header: 'Lokalområde', field: 'localArea', read: text('localArea'), write: (p) => p.localArea },
  {
    header: 'Kontaktperson',
    field: 'partnerContact',
    read: contactPart('partnerContact', 'name'),
    write: (p) => p.partnerContact?.name ?? null,
  },
  {
    header: 'Kontaktperson e-mail',
    field: 'partnerContact',
    read: contactPart('partnerContact', 'email'),
    write: (p) => p.partnerContact?.email ?? null,
  },
  {
    header: 'Kontaktperson telefon',
    field: 'partnerContact',
    read: contactPart('partnerContact', 'phone'),
    write: (p) => p.partnerContact?.phone ?? null,
  },
  {
    header: 'Kommunal kontaktperson',
    field: 'municipalContact',
    read: contactPart('municipalContact', 'name'),
    write: (p) => p.municipalContact?.name ?? null,
  },
  {
    header: 'Kommunal kontaktperson e-mail',
    field: 'municipalContact',
    read: contactPart('municipalContact', 'email'),
    write: (p) => p.municipalContact?.email ?? null,
  },
  {
    header: 'Kommunal kontaktperson telefon',
    field: 'municipalContact',
    read: contactPart('municipalContact', 'phone'),
    write: (p) => p.municipalContact?.phone ?? null,
  },
  {
    header: 'Børn under 15',
    field: 'childrenUnder15',
    read: yesNo('childrenUnder15'),
    write: (p) => yesNoText(p.childrenUnder15),
  },
  {
    header: 'Fast tilknytning',
    field: 'fixedAttachment',
    read: yesNo('fixedAttachment'),
    write: (p) => yesNoText(p.fixedAttachment),
  },
  {
    header: 'Børneattest indhentet',
    field: 'childCertificateDate',
    read: parsed('childCertificateDate', parseDateCell),
    write: (p) => dateCell(p.childCertificateDate),
  },
  {
    header: 'Straffeattest',
    field: 'criminalRecordCheck',
    read: yesNo('criminalRecordCheck'),
    write: (p) => yesNoText(p.criminalRecordCheck),
  },
  {
    header: 'Kommunens forpligtelser',
    field: 'municipalObligations',
    read: text('municipalObligations'),
    write: (p) => p.municipalObligations,
  },
  {
    header: 'Partnerens forpligtelser',
    field: 'partnerObligations',
    read: text('partnerObligations'),
    write: (p) => p.partnerObligations,
  },
  { header: 'Noter', aliases: ['bemærkninger'], field: 'notes', read: text('notes'), write: (p) => p.notes },
];

const BY_HEADER = new Map<string, ColumnDefinition>(
  COLUMNS.flatMap((c) => [c.header, ...(c.aliases ?? [])].map((h) => [normaliseHeader(h), c] as const)),
);

export function columnForHeader(header: string): ColumnDefinition | undefined {
  return BY_HEADER.get(normaliseHeader(header));
}

/** The header that a schema field path was read from, for messages that name the column. */
export function headerOfField(path: string): string {
  const field = path.split('.')[0] ?? '';
  return COLUMNS.find((c) => c.field === field)?.header ?? field;
}
