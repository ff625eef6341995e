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
import { REPORT_COLUMNS, type PortfolioReport } from '../../shared/domain';
import { letterheadDocument, type Letterhead } from './letterhead';
import { cell, dataTable } from './tables';

/** A unit's partnerships as a table whose header row repeats on every page. */
// Twips per column on a landscape A4 page (text width about 13,950): seven columns do not fit a
// portrait page without breaking words such as «Folkeoplysende» and «Samarbejdsaftale» in the
// middle; here every heading and label stays whole and titles and partners get the most room.
const UNIT_COLUMN_WIDTHS = [3100, 2600, 1750, 1350, 1100, 1900, 2150];

const unitTable = (rows: readonly string[][]): Table => dataTable(REPORT_COLUMNS, rows, UNIT_COLUMN_WIDTHS);

/** Bilag 2: the four quadrants as the Furesø model draws them, with counts. */
function matrixTable(report: PortfolioReport): Table {
  const q = (n: number) => report.matrix[n - 1]!;
  const quadrantCell = (n: number) =>
    new TableCell({
      shading: {
        type: ShadingType.CLEAR,
        color: 'auto',
        fill: ['DCE6F2', 'E2EFDA', 'DDEBF0', 'FFF2CC'][n - 1]!,
      },
      children: [
        new Paragraph({ children: [new TextRun({ text: `${String(n)}. kvadrant`, bold: true })] }),
        new Paragraph({ children: [new TextRun({ text: String(q(n).count), bold: true, size: 48 })] }),
        new Paragraph({ children: [new TextRun({ text: q(n).label, size: 18 })] }),
      ],
    });
  const label = (text: string) =>
    new TableCell({
      children: [new Paragraph({ children: [new TextRun({ text, bold: true, size: 18 })] })],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [1600, 4000, 4000],
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        children: [label(''), cell('Foreninger', true), cell('Fællesskaber og enkeltpersoner', true)],
      }),
      new TableRow({ children: [label('Høj/mellem involvering'), quadrantCell(1), quadrantCell(2)] }),
      new TableRow({ children: [label('Lav involvering'), quadrantCell(3), quadrantCell(4)] }),
    ],
  });
}

export function portfolioReportDocument(report: PortfolioReport, letterhead: Letterhead): Document {
  return letterheadDocument(
    letterhead,
    { title: report.title, subject: 'Samarbejder med frivillige' },
    [
      new Paragraph({
        heading: HeadingLevel.TITLE,
        children: [new TextRun({ text: report.title, size: 36, bold: true })],
      }),
      new Paragraph({
        children: [new TextRun({ text: report.date, color: '555555' })],
        spacing: { after: 240 },
      }),
      new Paragraph({ heading: HeadingLevel.HEADING_2, text: 'Sammenfatning' }),
      ...report.summary.map((line) => new Paragraph({ text: line, spacing: { after: 120 } })),
    ],
    {
      landscape: true,
      children: [
        new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Bilag 1: Samarbejder pr. enhed' }),
        ...report.units.flatMap((u) => [
          new Paragraph({ heading: HeadingLevel.HEADING_2, text: `${u.unit} (${String(u.rows.length)})` }),
          unitTable(u.rows),
        ]),
      ],
    },
    {
      landscape: false,
      children: [
        new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Bilag 2: Matrix over samarbejderne' }),
        matrixTable(report),
        new Paragraph({ heading: HeadingLevel.HEADING_2, text: 'Det kan forventes i de fire kvadranter' }),
        ...report.matrix.flatMap((m) => [
          new Paragraph({
            children: [new TextRun({ text: `${String(m.quadrant)}. kvadrant: ${m.label}`, bold: true })],
            spacing: { before: 120 },
          }),
          ...m.guidance.map((point) => new Paragraph({ text: `• ${point}`, indent: { left: 360 } })),
        ]),
      ],
    },
  );
}

export async function portfolioReportBytes(
  report: PortfolioReport,
  letterhead: Letterhead,
): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(portfolioReportDocument(report, letterhead)));
}
