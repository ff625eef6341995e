import { ApiFailure, type DocumentLogo, type TemplateFile } from '../../shared/api';
import type { Repositories } from '../db/repositories';
import { imageType, imageSize } from '../documents/imageSize';
import type { Ports } from './ports';

/** The municipality's own logo, kept in the register so it travels with every backup. */
const LOGO_KEY = 'documentLogo';
const MAX_BYTES = 2_000_000;

interface StoredLogo {
  fileName: string;
  contentBase64: string;
}

/**
 * The logo on every Word document: the one chosen in Indstillinger, or the default from
 * `resources/`. `ports` gets a `logo()` that reads the chosen one, so every document service
 * uses it without knowing where it comes from.
 */
export function createDocumentLogoService(repos: Repositories, ports: Ports) {
  function stored(): StoredLogo | null {
    const value = repos.settings.get(LOGO_KEY) as StoredLogo | null | undefined;
    return value && typeof value.contentBase64 === 'string' ? value : null;
  }
  function logo(): ReturnType<Ports['logo']> {
    const own = stored();
    if (!own) return ports.logo();
    const data = new Uint8Array(Buffer.from(own.contentBase64, 'base64'));
    const type = imageType(data);
    return type ? { data, type } : ports.logo();
  }
  function describe(): DocumentLogo | null {
    const current = logo();
    if (!current) return null;
    return {
      fileName: stored()?.fileName ?? 'logo.png',
      type: current.type,
      contentBase64: Buffer.from(current.data).toString('base64'),
      custom: stored() !== null,
    };
  }
  return {
    ports: { ...ports, logo } satisfies Ports,
    get: describe,
    set(file: TemplateFile): DocumentLogo | null {
      const data = new Uint8Array(Buffer.from(file.contentBase64, 'base64'));
      if (data.length > MAX_BYTES)
        throw new ApiFailure(
          'validation',
          'Logoet er større end 2 MB. Gem det i en mindre størrelse, og prøv igen.',
        );
      if (!imageType(data) || !imageSize(data))
        throw new ApiFailure(
          'validation',
          'Logoet skal være et PNG- eller JPEG-billede. Gem det som PNG, og prøv igen.',
        );
      repos.settings.set(LOGO_KEY, {
        fileName: file.fileName,
        contentBase64: file.contentBase64,
      } satisfies StoredLogo);
      return describe();
    },
    reset(): DocumentLogo | null {
      repos.settings.set(LOGO_KEY, null);
      return describe();
    },
  };
}
