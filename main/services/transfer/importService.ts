import path from 'node:path';
import {
  ApiFailure,
  type ImportPreview,
  type ImportPreviewRow,
  type ImportResult,
  type PartnershipFields,
  type TransferFile,
} from '../../../shared/api';
import {
  CPR_WARNING,
  LOOKUP_LIST_LABELS,
  fieldLabel,
  fieldsWithCpr,
  quadrantOf,
  type LookupList,
} from '../../../shared/domain';
import type { Repositories } from '../../db/repositories';
import type { PartnershipService } from '../partnerships';
import { SpreadsheetError, readSpreadsheet } from '../spreadsheet/readSpreadsheet';
import { writeCsv } from '../spreadsheet/writeSpreadsheet';
import { MissingColumnsError, parseRows, type ParsedRow, type ParsedSheet } from './parseRows';

interface PlannedRow {
  parsed: ParsedRow;
  action: ImportPreviewRow['action'];
  existingId: number | null;
  errors: string[];
}

/** Text that looks like a CPR number is imported (the detector can misread), but flagged by row and column. */
function warningsOf(parsed: ParsedRow): string[] {
  return parsed.fields ? fieldsWithCpr(parsed.fields).map((key) => `${fieldLabel(key)}: ${CPR_WARNING}`) : [];
}

export function createImportService(repos: Repositories, partnerships: PartnershipService) {
  async function readFile(file: TransferFile): Promise<ParsedSheet> {
    try {
      return parseRows(await readSpreadsheet(Buffer.from(file.contentBase64, 'base64'), file.fileName));
    } catch (error) {
      if (error instanceof SpreadsheetError || error instanceof MissingColumnsError) {
        throw new ApiFailure('validation', error.message);
      }
      throw error;
    }
  }

  function existingPartnership(row: ParsedRow): number | null {
    const organisationId = repos.organisations.findByName(row.partner.trim());
    return organisationId === undefined
      ? null
      : (repos.partnerships.findByTitleAndPartner(row.title.trim(), organisationId) ?? null);
  }

  /** Decides per row: create, update (or skip) an existing match on title + partner, or reject. */
  function plan(sheet: ParsedSheet, updateExisting: boolean): PlannedRow[] {
    const firstRowOf = new Map<string, number>();
    return sheet.rows.map((parsed) => {
      if (!parsed.fields) return { parsed, action: 'reject', existingId: null, errors: parsed.errors };
      const key = `${parsed.title.trim().toLocaleLowerCase('da')}\u0000${parsed.partner.trim().toLocaleLowerCase('da')}`;
      const earlier = firstRowOf.get(key);
      if (earlier !== undefined) {
        return {
          parsed,
          action: 'reject',
          existingId: null,
          errors: [
            `Titel: Række ${String(earlier)} har samme titel og samarbejdspartner. Slet den ene række.`,
          ],
        };
      }
      firstRowOf.set(key, parsed.row);
      const existingId = existingPartnership(parsed);
      if (existingId === null) return { parsed, action: 'create', existingId, errors: [] };
      return { parsed, action: updateExisting ? 'update' : 'skip', existingId, errors: [] };
    });
  }

  function missingListItems(rows: readonly PlannedRow[]): string[] {
    const missing = new Set<string>();
    const check = (list: LookupList, name: string | null) => {
      if (name && repos.lists.findByName(list, name) === undefined)
        missing.add(`${LOOKUP_LIST_LABELS[list].singular}: ${name}`);
    };
    for (const { parsed, action } of rows) {
      if (action !== 'create' && action !== 'update') continue;
      check('units', parsed.unitName);
      check('welfareAreas', parsed.welfareAreaName);
      parsed.strategyGoalNames.forEach((name) => check('strategyGoals', name));
    }
    return [...missing];
  }

  function listId(list: LookupList, name: string): number {
    return repos.lists.findByName(list, name) ?? repos.lists.add(list, name);
  }

  function fieldsOf(parsed: ParsedRow): PartnershipFields {
    return {
      ...parsed.fields!,
      unitId: parsed.unitName ? listId('units', parsed.unitName) : null,
      welfareAreaId: parsed.welfareAreaName ? listId('welfareAreas', parsed.welfareAreaName) : null,
      strategyGoalIds: parsed.strategyGoalNames.map((name) => listId('strategyGoals', name)),
    };
  }

  function rejectedFile(
    file: TransferFile,
    headers: readonly string[],
    rows: readonly PlannedRow[],
  ): TransferFile | null {
    const rejected = rows.filter((r) => r.action === 'reject');
    if (rejected.length === 0) return null;
    const csv = writeCsv(
      ['Række', ...headers, 'Fejl'],
      rejected.map((r) => [
        r.parsed.row,
        ...headers.map((_h, i) => r.parsed.cells[i] ?? null),
        r.errors.join(' | '),
      ]),
    );
    const base = path.parse(path.basename(file.fileName)).name;
    return { fileName: `${base} - afviste rækker.csv`, contentBase64: Buffer.from(csv).toString('base64') };
  }

  return {
    async preview(file: TransferFile, updateExisting = false): Promise<ImportPreview> {
      const sheet = await readFile(file);
      const rows = plan(sheet, updateExisting);
      const counts = { create: 0, update: 0, skip: 0, reject: 0 };
      for (const r of rows) counts[r.action]++;
      return {
        rows: rows.map(({ parsed, action, errors }) => ({
          row: parsed.row,
          title: parsed.title,
          partner: parsed.partner,
          quadrant: parsed.fields ? quadrantOf(parsed.fields.volunteerType, parsed.fields.involvement) : null,
          action,
          errors,
          warnings: action === 'reject' ? [] : warningsOf(parsed),
        })),
        unknownColumns: sheet.unknownColumns,
        newListItems: missingListItems(rows),
        counts,
      };
    },

    /**
     * Adds (and with `updateExisting` updates) every valid row in one transaction: all or
     * nothing. Rejected rows come back as a CSV with their reasons, so none is silently lost.
     */
    async commit(file: TransferFile, updateExisting: boolean): Promise<ImportResult> {
      const sheet = await readFile(file);
      const rows = plan(sheet, updateExisting);
      const reason = `Importeret fra ${path.basename(file.fileName)}`;
      const counts = repos.transaction(() => {
        const created = rows.filter((r) => r.action === 'create');
        const changed = rows.filter((r) => r.action === 'update');
        partnerships.addAll(created.map((r) => fieldsOf(r.parsed)));
        for (const row of changed) partnerships.update(row.existingId!, fieldsOf(row.parsed), reason);
        return { imported: created.length, updated: changed.length };
      });
      return {
        ...counts,
        skipped: rows.filter((r) => r.action === 'skip').length,
        rejected: rows
          .filter((r) => r.action === 'reject')
          .map((r) => ({ row: r.parsed.row, errors: r.errors })),
        warnings: rows
          .filter((r) => r.action === 'create' || r.action === 'update')
          .map((r) => ({ row: r.parsed.row, warnings: warningsOf(r.parsed) }))
          .filter((r) => r.warnings.length > 0),
        rejectedFile: rejectedFile(file, sheet.headers, rows),
      };
    },
  };
}
export type ImportService = ReturnType<typeof createImportService>;
