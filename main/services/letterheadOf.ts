import type { Settings } from '../../shared/api';
import { formatDateLong, toIsoDate } from '../../shared/domain';
import type { Letterhead } from '../documents/letterhead';
import type { Ports } from './ports';

/** The municipality's letterhead for any Word document, from Indstillinger and today's date. */
export function letterheadOf(settings: Settings, ports: Ports): Letterhead {
  return {
    municipalityName: settings.municipalityName,
    municipalityAddress: settings.municipalityAddress,
    footer: settings.documentFooter,
    logo: ports.logo(),
    documentDate: formatDateLong(toIsoDate(ports.now())),
  };
}
