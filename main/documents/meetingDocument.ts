import { HeadingLevel, Packer, Paragraph, Table, TableRow, TextRun, WidthType, type Document } from 'docx';
import type { ActionRow, MeetingDocumentContent, PortfolioPackContent } from '../../shared/domain';
import { formatDateShort } from '../../shared/domain';
import { decimalNumbering, letterheadDocument, type Letterhead } from './letterhead';
import { cell, dataTable, fieldsTable } from './tables';

const ACTION_COLUMNS = ['Handling', 'Ansvarlig', 'Frist', 'Rejst', 'Status'];
// Twips (A4 portrait text width is about 9,000): the action's text gets the room.
const ACTION_WIDTHS = [4200, 1900, 1100, 1100, 1300];

/** An action table whose header row repeats on every page. */
function actionTable(rows: readonly ActionRow[]): Table {
  return dataTable(
    ACTION_COLUMNS,
    rows.map((r) => [r.text, r.responsible, r.deadline, r.raisedAt, r.status]),
    ACTION_WIDTHS,
  );
}

/** The counts per quadrant stand in for the matrix picture, which only the app can draw. */
function portfolioBlock(pack: PortfolioPackContent): (Paragraph | Table)[] {
  const list = (label: string, names: string[]) =>
    new Paragraph({
      spacing: { after: 80 },
      children: [
        new TextRun({ text: `${label}: `, bold: true }),
        new TextRun(names.length > 0 ? names.join('; ') : 'ingen'),
      ],
    });
  const name = (p: { title: string; partner: string }) => `${p.title} (${p.partner})`;
  return [
    list('Nye', pack.new.map(name)),
    list('Afsluttede', pack.ended.map(name)),
    list(
      'Udløber inden for 90 dage',
      pack.expiring.map((p) => `${name(p)}, ${formatDateShort(p.endDate)}`),
    ),
    list(
      'Flyttet i matrixen',
      pack.moved.map((p) => `${name(p)}, kvadrant ${String(p.fromQuadrant)} → ${String(p.toQuadrant)}`),
    ),
    new Paragraph({
      spacing: { before: 120, after: 60 },
      // The caption belongs on the same page as its small table.
      keepNext: true,
      children: [
        new TextRun({ text: `Aktive samarbejder pr. kvadrant ${formatDateShort(pack.asOf)}`, bold: true }),
      ],
    }),
    new Table({
      width: { size: 60, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({
          tableHeader: true,
          children: [1, 2, 3, 4].map((q) => cell(`${String(q)}. kvadrant`, true)),
        }),
        new TableRow({ children: pack.quadrantCounts.map((n) => cell(String(n))) }),
      ],
    }),
  ];
}

function itemBody(item: MeetingDocumentContent['items'][number]): (Paragraph | Table)[] {
  return [
    ...item.fields.flatMap(([label, value]) =>
      value.split('\n').map(
        (line, index) =>
          new Paragraph({
            spacing: { after: 80 },
            children: [
              ...(index === 0 ? [new TextRun({ text: `${label}: `, bold: true })] : []),
              new TextRun(line),
            ],
          }),
      ),
    ),
    ...(item.portfolio ? portfolioBlock(item.portfolio) : []),
    ...(item.carried
      ? item.carried.length > 0
        ? [actionTable(item.carried)]
        : [new Paragraph({ text: 'Der er ingen åbne punkter fra tidligere møder.' })]
      : []),
    ...(item.actions.length > 0
      ? [
          new Paragraph({
            spacing: { before: 120, after: 60 },
            children: [new TextRun({ text: 'Opfølgning (ansvarlig og frist)', bold: true })],
          }),
          actionTable(item.actions),
        ]
      : []),
  ];
}

/**
 * The dagsorden or referat as a Word document: the meeting's header block and metadata, items as
 * numbered built-in headings with their (O)/(D)/(B) mark, the handlingsliste as a table, and the
 * next meeting; letterhead, page X af Y and Danish language as in the agreements.
 */
export function meetingDocument(content: MeetingDocumentContent, letterhead: Letterhead): Document {
  return letterheadDocument(
    letterhead,
    {
      title: content.title,
      subject: content.header[0]?.[1] ?? content.title,
      keywords: content.kind,
      numbering: { config: [decimalNumbering('items')] },
    },
    [
      new Paragraph({
        heading: HeadingLevel.TITLE,
        children: [new TextRun({ text: content.title, size: 40, bold: true })],
      }),
      fieldsTable(content.header),
      new Paragraph({}),
      fieldsTable(content.metadata),
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        text: 'Dagsorden',
        spacing: { before: 240 },
        keepNext: true,
      }),
      ...content.items.flatMap((item) => [
        new Paragraph({
          heading: HeadingLevel.HEADING_2,
          numbering: { reference: 'items', level: 0 },
          children: [new TextRun(item.heading)],
        }),
        ...itemBody(item),
      ]),
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        text: 'Handlingsliste',
        spacing: { before: 360 },
        keepNext: true,
      }),
      content.actionList.length > 0
        ? actionTable(content.actionList)
        : new Paragraph({ text: 'Der er ingen åbne punkter.' }),
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        text: 'Næste møde',
        spacing: { before: 360 },
        keepNext: true,
      }),
      new Paragraph({ text: content.nextMeeting }),
    ],
  );
}

export async function meetingDocumentBytes(
  content: MeetingDocumentContent,
  letterhead: Letterhead,
): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(meetingDocument(content, letterhead)));
}
