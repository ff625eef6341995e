import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import type { AgreementBlock, AgreementContent } from '../../shared/domain';

export interface Letterhead {
  municipalityName: string;
  municipalityAddress: string;
  footer: string;
  /** PNG or JPEG bytes of the municipality's logo, or null for none. */
  logo: { data: Uint8Array; type: 'png' | 'jpg' } | null;
  documentDate: string;
}

const DANISH = { value: 'da-DK' };
const FONT = 'Calibri';
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
/** Layout tables (metadata, parties, signatures) carry no visible lines. */
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};
const PLACEHOLDER = /(\[Udfyld: [^\]]+\])/;

/** Text with placeholders highlighted, so nothing missing can pass unnoticed in Word. */
function runs(text: string, bold = false): TextRun[] {
  return text
    .split(PLACEHOLDER)
    .filter(Boolean)
    .map((part) =>
      PLACEHOLDER.test(part)
        ? new TextRun({ text: part, bold, highlight: 'yellow' })
        : new TextRun({ text: part, bold }),
    );
}

function fieldsTable(rows: readonly [string, string][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: rows.map(
      ([label, value]) =>
        new TableRow({
          children: [
            new TableCell({
              width: { size: 35, type: WidthType.PERCENTAGE },
              children: [new Paragraph({ children: runs(label, true) })],
            }),
            new TableCell({
              width: { size: 65, type: WidthType.PERCENTAGE },
              children: [new Paragraph({ children: runs(value) })],
            }),
          ],
        }),
    ),
  });
}

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
    rows: [new TableRow({ children: content.signatures.map(cell) })],
  });
}

function header(letterhead: Letterhead): Header {
  const logo = letterhead.logo
    ? [
        new ImageRun({
          type: letterhead.logo.type,
          data: letterhead.logo.data,
          transformation: { width: 40, height: 40 },
        }),
      ]
    : [];
  return new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: 9000 }],
        children: [...logo, new TextRun({ text: `  ${letterhead.municipalityName}`, bold: true, size: 24 })],
      }),
      ...(letterhead.municipalityAddress
        ? [
            new Paragraph({
              children: [new TextRun({ text: letterhead.municipalityAddress, size: 18, color: '555555' })],
            }),
          ]
        : []),
    ],
  });
}

function footer(letterhead: Letterhead): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            text: [letterhead.footer, letterhead.documentDate].filter(Boolean).join(' · '),
            size: 16,
            color: '555555',
          }),
        ],
      }),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: ['Side ', PageNumber.CURRENT, ' af ', PageNumber.TOTAL_PAGES],
            size: 16,
            color: '555555',
          }),
        ],
      }),
    ],
  });
}

/**
 * Draws an agreement as a Word document: built-in heading styles (so the navigation pane works),
 * numbered sections, Danish language on every run, a letterhead and page X af Y.
 */
export function agreementDocument(content: AgreementContent, letterhead: Letterhead): Document {
  return new Document({
    title: `${content.documentTitle}: ${content.title}`,
    subject: content.title,
    creator: letterhead.municipalityName || 'Samspil',
    description: 'Lavet med Samspil',
    styles: {
      default: {
        document: { run: { font: FONT, size: 22, language: DANISH } },
        heading1: {
          run: { font: FONT, size: 32, bold: true, color: '1F3864', language: DANISH },
          paragraph: { spacing: { after: 120 } },
        },
        heading2: {
          run: { font: FONT, size: 26, bold: true, color: '1F3864', language: DANISH },
          // keepNext: a heading never ends a page alone.
          paragraph: { spacing: { before: 240, after: 80 }, keepNext: true },
        },
      },
    },
    numbering: {
      config: [
        {
          reference: 'sections',
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 432, hanging: 432 } } },
            },
          ],
        },
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
    sections: [
      {
        headers: { default: header(letterhead) },
        footers: { default: footer(letterhead) },
        children: [
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
          }),
          signatureBlock(content),
        ],
      },
    ],
  });
}

export async function agreementBytes(content: AgreementContent, letterhead: Letterhead): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(agreementDocument(content, letterhead)));
}
