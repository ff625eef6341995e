import crypto from 'node:crypto';
import type { GeneratedAgreement } from '../../shared/api';
import { agreementContent, toIsoDate, type AgreementContent } from '../../shared/domain';
import { letterheadOf } from './letterheadOf';
import type { Repositories } from '../db/repositories';
import { agreementBytes } from '../documents/agreementDocument';
import type { PartnershipService } from './partnerships';
import type { Ports } from './ports';
import type { SettingsService } from './settings';

export function createAgreementService(
  repos: Repositories,
  ports: Ports,
  partnerships: PartnershipService,
  settings: SettingsService,
) {
  function content(id: number): AgreementContent {
    return agreementContent(partnerships.get(id), settings.get(), toIsoDate(ports.now()));
  }

  const summary = (c: AgreementContent) => ({
    shape: c.shape,
    documentTitle: c.documentTitle,
    fileName: c.fileName,
    missing: c.missing,
  });

  return {
    /** What the agreement would be called and what it would lack, before anything is written. */
    check: (id: number) => summary(content(id)),

    /** The Word document, with placeholders for what is missing; every export goes into the history. */
    async generate(id: number): Promise<GeneratedAgreement> {
      const c = content(id);
      const bytes = await agreementBytes(c, letterheadOf(settings.get(), ports));
      repos.documents.record(id, {
        kind: c.documentTitle,
        fileName: c.fileName,
        sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
        createdAt: ports.now().toISOString(),
        actor: ports.actor,
      });
      return { ...summary(c), contentBase64: Buffer.from(bytes).toString('base64') };
    },

    history: (id: number) => {
      partnerships.get(id);
      return repos.documents.forPartnership(id);
    },
  };
}
