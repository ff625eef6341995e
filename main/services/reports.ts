import type { TransferFile } from '../../shared/api';
import { portfolioReport, toIsoDate } from '../../shared/domain';
import { portfolioReportBytes } from '../documents/portfolioReportDocument';
import { letterheadOf } from './letterheadOf';
import type { PartnershipService } from './partnerships';
import type { Ports } from './ports';
import type { SettingsService } from './settings';

export function createReportService(
  ports: Ports,
  partnerships: PartnershipService,
  settings: SettingsService,
) {
  return {
    /** The portfolio overview in Word (Bilag 1: per unit, Bilag 2: the matrix), optionally for chosen partnerships. */
    async overview(options: { includeEnded: boolean; ids?: readonly number[] }): Promise<TransferFile> {
      const wanted = options.ids ? new Set(options.ids) : null;
      const rows = partnerships.list().filter((p) => !wanted || wanted.has(p.id));
      const today = toIsoDate(ports.now());
      const bytes = await portfolioReportBytes(
        portfolioReport(rows, today, options.includeEnded),
        letterheadOf(settings.get(), ports),
      );
      return {
        fileName: `Oversigt over samarbejder - ${today}.docx`,
        contentBase64: Buffer.from(bytes).toString('base64'),
      };
    },
  };
}
