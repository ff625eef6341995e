import { ApiFailure, type Partnership, type TransferFile } from '../../../shared/api';
import { compareDanish, toIsoDate } from '../../../shared/domain';
import type { Repositories } from '../../db/repositories';
import type { PartnershipService } from '../partnerships';
import type { Ports } from '../ports';
import type { Cell } from '../spreadsheet/readSpreadsheet';
import { writeCsv, writeXlsx } from '../spreadsheet/writeSpreadsheet';
import { COLUMNS } from './columns';

/**
 * The register as a spreadsheet with the import's own headers, so an export imports back to
 * the same records. Extra fields from earlier imports come last, one column each.
 */
export function createExportService(repos: Repositories, partnerships: PartnershipService, ports: Ports) {
  function table(rows: readonly Partnership[]): { headers: string[]; cells: Cell[][] } {
    const goals = new Map(repos.lists.all('strategyGoals').map((g) => [g.id, g.name]));
    const names = { strategyGoal: (id: number) => goals.get(id) ?? '' };
    const extraKeys = [...new Set(rows.flatMap((p) => Object.keys(p.extraFields)))].sort(compareDanish);
    return {
      headers: [...COLUMNS.map((c) => c.header), ...extraKeys],
      cells: rows.map((p) => [
        ...COLUMNS.map((c) => c.write(p, names)),
        ...extraKeys.map((k) => p.extraFields[k] ?? null),
      ]),
    };
  }

  return {
    async export(format: 'xlsx' | 'csv', ids?: readonly number[]): Promise<TransferFile> {
      const all = partnerships.list();
      const wanted = ids ? new Set(ids) : null;
      const rows = (wanted ? all.filter((p) => wanted.has(p.id)) : all).sort((a, b) =>
        compareDanish(a.title, b.title),
      );
      if (wanted && rows.length !== wanted.size) {
        throw new ApiFailure(
          'not_found',
          'Nogle af de valgte samarbejder findes ikke længere. Opdatér listen og prøv igen.',
        );
      }
      const { headers, cells } = table(rows);
      const content = format === 'xlsx' ? await writeXlsx(headers, cells) : writeCsv(headers, cells);
      return {
        fileName: `Samarbejder ${toIsoDate(ports.now())}.${format}`,
        contentBase64: Buffer.from(content).toString('base64'),
      };
    },
  };
}
