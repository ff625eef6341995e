import {
  AlignmentType,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type Document,
} from 'docx';
import { NO_BORDERS, decimalNumbering, letterheadDocument, type Letterhead } from './letterhead';
import { placeholderRuns } from './placeholderRuns';
import { fieldsTable } from './tables';

import type { AgreementBlock, AgreementContent } from '../../shared/domain';

export type { Letterhead } from './letterhead';

const runs = placeholderRuns;

function block(b: AgreementBlock): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'paragraph':
      return [new Paragraph({ children: runs(b.text), spacing: { after: 120 } })];
    case 'bullets':
      return b.items.map(
        (item) => new Paragraph({ children: runs(item), numbering: { reference: 'bullets', level: 0 } }),
      );
    case 'fields':
      return [fieldsTable(b.rows), new Paragraph({})];
  }
}

function signatureBlock(content: AgreementContent): Table {
  const cell = (s: { party: string; person: string }) =>
    new TableCell({
      width: { size: 50, type: WidthType.PERCENTAGE },
      children: [
        new Paragraph({ children: runs(s.party, true), spacing: { after: 480 } }),
        new Paragraph({ text: 'Sted og dato: ______________________' }),
        new Paragraph({ text: '', spacing: { after: 480 } }),
        new Paragraph({ text: '___________________________________' }),
        new Paragraph({ children: runs(s.person) }),
      ],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    // One unbreakable row: the two parties sign on the same page, side by side.
    rows: [new TableRow({ cantSplit: true, children: content.signatures.map(cell) })],
  });
}

/**
 * Draws an agreement as a Word document: built-in heading styles (so the navigation pane works),
 * numbered sections, Danish language on every run, a letterhead and page X af Y.
 */
export function agreementDocument(content: AgreementContent, letterhead: Letterhead): Document {
  return letterheadDocument(
    letterhead,
    {
      title: `${content.documentTitle}: ${content.title}`,
      subject: content.title,
      numbering: {
        config: [
          decimalNumbering('sections'),
          {
            reference: 'bullets',
            levels: [
              {
                level: 0,
                format: LevelFormat.BULLET,
                text: '•',
                alignment: AlignmentType.START,
                style: { paragraph: { indent: { left: 720, hanging: 360 } } },
              },
            ],
          },
        ],
      },
    },
    [
      new Paragraph({
        heading: HeadingLevel.TITLE,
        children: [new TextRun({ text: content.documentTitle, size: 40, bold: true })],
      }),
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(content.title) }),
      fieldsTable(content.metadata),
      new Paragraph({}),
      ...content.sections.flatMap((section) => [
        new Paragraph({
          heading: HeadingLevel.HEADING_2,
          numbering: { reference: 'sections', level: 0 },
          children: runs(section.heading),
        }),
        ...section.blocks.flatMap(block),
      ]),
      new Paragraph({
        heading: HeadingLevel.HEADING_2,
        children: [new TextRun('Underskrifter')],
        spacing: { before: 360 },
      }),
      new Paragraph({
        text: 'Aftalen udtrykker parternes fælles forståelse af samarbejdet. Den er ikke en juridisk bindende kontrakt.',
        spacing: { after: 240 },
        // Stays with the signatures rather than ending a page on its own.
        keepNext: true,
      }),
      signatureBlock(content),
    ],
  );
}

export async function agreementBytes(content: AgreementContent, letterhead: Letterhead): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(agreementDocument(content, letterhead)));
}
