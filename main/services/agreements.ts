import crypto from 'node:crypto';
import { ApiFailure, type GeneratedAgreement, type TemplateFile, type TemplateInfo } from '../../shared/api';
import {
  TEMPLATE_PLACEHOLDER_NAMES,
  agreementContent,
  agreementSnapshot,
  isTemplatePlaceholder,
  snapshotChanges,
  templateProblems,
  templateValues,
  toIsoDate,
  type AgreementContent,
} from '../../shared/domain';
import type { Repositories } from '../db/repositories';
import { agreementBytes } from '../documents/agreementDocument';
import { TemplateError, fillTemplate, scanTemplate } from '../documents/agreementTemplate';
import { letterheadOf } from './letterheadOf';
import type { PartnershipService } from './partnerships';
import type { Ports } from './ports';
import { clauseVersionsOf, type SettingsService } from './settings';

/** The municipality's own template is kept in the register itself, so it travels with every backup. */
const TEMPLATE_KEY = 'agreementTemplate';
interface StoredTemplate extends TemplateFile {
  savedAt: string;
}

function templateBytes(file: TemplateFile): Uint8Array {
  return new Uint8Array(Buffer.from(file.contentBase64, 'base64'));
}

/** What the consultant needs to know about a template before generating with it. */
function inspect(file: TemplateFile, savedAt: string): TemplateInfo {
  try {
    const scan = scanTemplate(templateBytes(file));
    return {
      fileName: file.fileName,
      savedAt,
      placeholders: scan.placeholders,
      problems: templateProblems(scan.placeholders, scan.malformed),
    };
  } catch (error) {
    if (error instanceof TemplateError) throw new ApiFailure('validation', error.message);
    throw error;
  }
}

export function createAgreementService(
  repos: Repositories,
  ports: Ports,
  partnerships: PartnershipService,
  settings: SettingsService,
) {
  const today = () => toIsoDate(ports.now());
  function content(id: number): AgreementContent {
    return agreementContent(partnerships.get(id), settings.get(), today(), repos.documents.count(id) + 1);
  }
  function storedTemplate(): StoredTemplate | null {
    const stored = repos.settings.get(TEMPLATE_KEY) as StoredTemplate | null | undefined;
    return stored && typeof stored.contentBase64 === 'string' ? stored : null;
  }
  function templateInfo(): TemplateInfo | null {
    const stored = storedTemplate();
    return stored && inspect(stored, stored.savedAt);
  }

  /** What the placeholders a template uses could not find in the record. */
  function missingIn(id: number, info: TemplateInfo): string[] {
    const values = templateValues(partnerships.get(id), settings.get(), today());
    return info.placeholders
      .map((p) => p.name)
      .filter(isTemplatePlaceholder)
      .flatMap((name) => values[name].missing ?? []);
  }

  /** Fills the template and lists what the placeholders it uses could not find in the record. */
  async function fromTemplate(id: number, file: TemplateFile, c: AgreementContent) {
    const info = inspect(file, '');
    const values = templateValues(partnerships.get(id), settings.get(), today());
    const filled = Object.fromEntries(TEMPLATE_PLACEHOLDER_NAMES.map((name) => [name, values[name].text]));
    try {
      const bytes = await fillTemplate(templateBytes(file), filled, {
        title: `${c.documentTitle}: ${c.title}`,
        subject: c.title,
        creator: settings.get().municipalityName || 'Samspil',
      });
      return {
        bytes,
        missing: missingIn(id, info),
        problems: info.problems,
      };
    } catch (error) {
      if (error instanceof TemplateError) throw new ApiFailure('validation', error.message);
      throw error;
    }
  }

  return {
    /** What the agreement would be called, what it would lack, and what changed since the last export. */
    check(id: number) {
      const c = content(id);
      const last = repos.documents.last(id);
      const snapshot = agreementSnapshot(partnerships.get(id), settings.get());
      const template = templateInfo();
      return {
        shape: c.shape,
        documentTitle: c.documentTitle,
        fileName: c.fileName,
        missing: c.missing,
        template,
        templateMissing: template ? missingIn(id, template) : [],
        lastExport: last && {
          createdAt: last.createdAt,
          fileName: last.fileName,
          // Exports from before snapshots were kept cannot say what changed.
          changes: Object.keys(last.snapshot).length > 0 ? snapshotChanges(last.snapshot, snapshot) : null,
        },
      };
    },

    /**
     * The Word document: Samspil's own, or the municipality's template when one is chosen (or
     * given for this export). Missing information becomes placeholders; every export goes into
     * the history with its hash and a snapshot of what it said.
     */
    async generate(
      id: number,
      options: { useTemplate?: boolean; template?: TemplateFile } = {},
    ): Promise<GeneratedAgreement> {
      const c = content(id);
      const template = options.template ?? (options.useTemplate === false ? null : storedTemplate());
      const made = template
        ? await fromTemplate(id, template, c)
        : {
            bytes: await agreementBytes(c, letterheadOf(settings.get(), ports)),
            missing: c.missing,
            problems: [],
          };
      repos.documents.record(
        id,
        {
          kind: template ? `${c.documentTitle} (kommunens skabelon)` : c.documentTitle,
          fileName: c.fileName,
          sha256: crypto.createHash('sha256').update(made.bytes).digest('hex'),
          createdAt: ports.now().toISOString(),
          actor: ports.actor,
        },
        agreementSnapshot(partnerships.get(id), settings.get()),
      );
      return {
        shape: c.shape,
        documentTitle: c.documentTitle,
        fileName: c.fileName,
        missing: made.missing,
        templateProblems: made.problems,
        contentBase64: Buffer.from(made.bytes).toString('base64'),
      };
    },

    history: (id: number) => {
      partnerships.get(id);
      return repos.documents.forPartnership(id);
    },

    template: templateInfo,

    /** Keeps a copy of the chosen template; it is checked first, and its problems are shown, not hidden. */
    setTemplate(file: TemplateFile): TemplateInfo {
      const savedAt = ports.now().toISOString();
      const info = inspect(file, savedAt);
      repos.settings.set(TEMPLATE_KEY, { ...file, savedAt } satisfies StoredTemplate);
      return info;
    },

    removeTemplate(): null {
      repos.settings.set(TEMPLATE_KEY, null);
      return null;
    },

    clauseVersions: () => clauseVersionsOf(repos),
  };
}
export type AgreementService = ReturnType<typeof createAgreementService>;
