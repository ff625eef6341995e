import {
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type Document,
} from 'docx';
import { STATUS_REPORT_COLUMNS, type StatusReport, type StatusReportRow } from '../../shared/domain';
import { letterheadDocument, type Letterhead } from './letterhead';
import { HEADER_SHADING } from './tables';

const GOAL_SHADING = { type: ShadingType.CLEAR, color: 'auto', fill: 'F2F2F2' };
// Twips (A4 portrait text width is about 9,000): the status gets the most room, as in Rødovre's overview.
const COLUMN_WIDTHS = [2100, 3300, 4200];
const SMALL = 18;

const line = (
  text: string,
  options: { bold?: boolean; italics?: boolean; color?: string } = {},
  keepNext = false,
) =>
  new Paragraph({
    spacing: { after: 80 },
    keepNext,
    children: [new TextRun({ text, size: SMALL, ...options })],
  });

function headerRow(): TableRow {
  return new TableRow({
    tableHeader: true,
    children: STATUS_REPORT_COLUMNS.map(
      (column) => new TableCell({ shading: HEADER_SHADING, children: [line(column, { bold: true })] }),
    ),
  });
}

/** The goal as a shaded row across the table, so each group starts visibly. */
function goalRow(heading: string): TableRow {
  return new TableRow({
    cantSplit: true,
    children: [
      new TableCell({ columnSpan: 3, shading: GOAL_SHADING, children: [line(heading, { bold: true })] }),
    ],
  });
}

function effortRow(row: StatusReportRow): TableRow {
  return new TableRow({
    children: [
      new TableCell({
        children: [
          line(row.goalLabel, { bold: true }),
          ...(row.focusArea ? [line(row.focusArea, { italics: true })] : []),
        ],
      }),
      new TableCell({
        children: [
          line(row.effortTitle, { bold: true }),
          ...row.effortText.map((text) => line(text)),
          ...row.effortDetails.map((text) => line(text, { color: '555555' })),
        ],
      }),
      new TableCell({
        children: [
          line(row.stateLabel, { bold: true }),
          ...(row.statusMissing
            ? [line('Der er ikke skrevet en status for perioden endnu.', { italics: true, color: '555555' })]
            : row.statusText.map((text) => line(text))),
          ...(row.note ? [line(row.note, { italics: true })] : []),
        ],
      }),
    ],
  });
}

function statusTable(report: StatusReport): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: COLUMN_WIDTHS,
    layout: TableLayoutType.FIXED,
    rows: [
      headerRow(),
      ...report.groups.flatMap((group) => [
        goalRow(group.heading),
        ...(group.rows.length > 0
          ? group.rows.map(effortRow)
          : [
              new TableRow({
                children: [
                  new TableCell({
                    columnSpan: 3,
                    children: [line('Ingen indsatser under dette strategimål.', { italics: true })],
                  }),
                ],
              }),
            ]),
      ]),
    ],
  });
}

export function statusReportDocument(report: StatusReport, letterhead: Letterhead): Document {
  return letterheadDocument(
    letterhead,
    { title: `${report.title}: ${report.planTitle}`, subject: 'Handleplan for frivilligt socialt arbejde' },
    [
      new Paragraph({
        heading: HeadingLevel.TITLE,
        children: [new TextRun({ text: report.title, size: 36, bold: true })],
      }),
      new Paragraph({
        children: [
          new TextRun({ text: `${report.planTitle} · ${letterhead.documentDate}`, color: '555555' }),
        ],
        spacing: { after: 240 },
      }),
      ...report.intro.map((text) => new Paragraph({ text, spacing: { after: 120 } })),
      ...report.goals.map((goal) => new Paragraph({ text: `• ${goal}`, indent: { left: 360 } })),
      new Paragraph({ text: report.summary, spacing: { before: 120, after: 240 } }),
      statusTable(report),
    ],
  );
}

export async function statusReportBytes(report: StatusReport, letterhead: Letterhead): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(statusReportDocument(report, letterhead)));
}
