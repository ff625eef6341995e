import { PatchType, patchDocument, type IPatch } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import {
  isTemplatePlaceholder,
  nearestPlaceholder,
  type TemplatePlaceholderCheck,
} from '../../shared/domain';
import { placeholderRuns } from './placeholderRuns';

/** The template is not a Word document Samspil can read; the message says what to do. */
export class TemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateError';
  }
}

export interface TemplateScan {
  placeholders: TemplatePlaceholderCheck[];
  /** Text that looks like a placeholder but lacks a brace, such as `{titel}}`. */
  malformed: string[];
}

// The parts where a letterhead keeps text: the body, headers and footers.
const TEXT_PART = /^word\/(document|header\d*|footer\d*)\.xml$/;
const PARAGRAPH = /<w:p[ >][\s\S]*?<\/w:p>/g;
const TEXT = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g;
const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function unzipTemplate(bytes: Uint8Array): Record<string, Uint8Array> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    throw new TemplateError(
      'Filen er ikke et Word-dokument (.docx). Gem skabelonen i Word som .docx, og vælg den igen.',
    );
  }
  if (!files['word/document.xml'])
    throw new TemplateError(
      'Filen er ikke et Word-dokument (.docx). Gem skabelonen i Word som .docx, og vælg den igen.',
    );
  return files;
}

/**
 * Finds the `{{placeholders}}` of a template by reading each paragraph's text across its runs,
 * as Word shows it: Word often splits what was typed as one word over several runs (spelling
 * marks, edits, formatting), and such a placeholder must still be found.
 */
export function scanTemplate(bytes: Uint8Array): TemplateScan {
  const files = unzipTemplate(bytes);
  const found = new Map<string, TemplatePlaceholderCheck>();
  const malformed = new Set<string>();
  for (const [name, content] of Object.entries(files)) {
    if (!TEXT_PART.test(name)) continue;
    for (const [paragraph] of strFromU8(content).matchAll(PARAGRAPH)) {
      const pieces = [...paragraph.matchAll(TEXT)].map((m) => decodeXml(m[1] ?? ''));
      const text = pieces.join('');
      // Where each run's text starts, to tell whether a placeholder spans more than one run.
      const starts: number[] = [];
      let offset = 0;
      for (const piece of pieces) {
        starts.push(offset);
        offset += piece.length;
      }
      const runAt = (offset: number) => starts.findLastIndex((start) => start <= offset);
      for (const match of text.matchAll(PLACEHOLDER)) {
        const key = (match[1] ?? '').trim();
        const split = runAt(match.index) !== runAt(match.index + match[0].length - 1);
        const known = isTemplatePlaceholder(key);
        const earlier = found.get(key);
        found.set(key, {
          name: key,
          known,
          split: split || (earlier?.split ?? false),
          suggestion: known ? null : nearestPlaceholder(key),
        });
      }
      const rest = text.replace(PLACEHOLDER, ' ');
      for (const [stray] of rest.matchAll(/\{+[^{}\s]*\}*|[^{}\s]*\}+/g))
        if (stray.includes('{{') || stray.includes('}}')) malformed.add(stray);
    }
  }
  return { placeholders: [...found.values()], malformed: [...malformed] };
}

/**
 * Fills a template with `patchDocument`, which reads a paragraph's text across its runs, so a
 * placeholder Word split over several runs is replaced whole. Unknown placeholders stay as
 * they are (the consultant was told before). Missing values arrive as highlighted `[Udfyld: …]`.
 */
export async function fillTemplate(
  bytes: Uint8Array,
  values: Readonly<Record<string, string>>,
  properties: { title: string; subject: string; creator: string },
): Promise<Uint8Array> {
  unzipTemplate(bytes);
  const patches: Record<string, IPatch> = Object.fromEntries(
    Object.entries(values).map(([name, text]) => [
      name,
      { type: PatchType.PARAGRAPH, children: placeholderRuns(text) },
    ]),
  );
  try {
    return await patchDocument({
      outputType: 'uint8array',
      data: bytes,
      patches,
      keepOriginalStyles: true,
      trimPlaceholders: true,
      properties: { ...properties, description: 'Lavet med Samspil' },
    });
  } catch (error) {
    throw new TemplateError(
      `Skabelonen kunne ikke udfyldes (${error instanceof Error ? error.message : String(error)}). Åbn og gem den i Word, og prøv igen.`,
    );
  }
}
