import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';

/** The main part (word/document.xml) of a .docx, given as its bytes or its file path, as XML text. */
export function documentXml(docx: Uint8Array | string): string {
  const part = unzipSync(typeof docx === 'string' ? fs.readFileSync(docx) : docx)['word/document.xml'];
  if (!part) throw new Error('The file has no word/document.xml: it is not a Word document.');
  return strFromU8(part);
}

/** The visible text of a WordprocessingML part: its runs joined by `separator`. */
export function textOf(xml: string, separator = ''): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(separator);
}

/** The visible text of a .docx's body. */
export const bodyText = (docx: Uint8Array | string): string => textOf(documentXml(docx));

/**
 * Whether the LibreOffice read-back tests run: where soffice is installed, and always on CI
 * (which installs it), so the check there can never skip silently.
 */
export const libreOfficeRuns = spawnSync('soffice', ['--version']).status === 0 || process.env.CI === 'true';

/**
 * Converts `file` (a .docx inside `folder`) to PDF with LibreOffice and returns the PDF's text
 * (pdftotext, in `-layout` mode unless told otherwise): proof that Word's competitor opens the file.
 */
export function libreOfficeText(folder: string, file: string, { layout = true } = {}): string {
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${folder}/lo-profile`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      folder,
      file,
    ],
    { timeout: 120_000, stdio: 'ignore' },
  );
  const pdf = path.join(folder, `${path.basename(file, '.docx')}.pdf`);
  return execFileSync('pdftotext', [...(layout ? ['-layout'] : []), pdf, '-'], { encoding: 'utf8' });
}
