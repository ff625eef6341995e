import {
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { NO_BORDERS } from './letterhead';
import { placeholderRuns } from './placeholderRuns';

/** The shading of the reports' header rows. */
export const HEADER_SHADING = { type: ShadingType.CLEAR, color: 'auto', fill: 'DCE6F2' };

/** A table cell in the reports' look; header cells are shaded and bold. */
export function cell(text: string, header = false): TableCell {
  return new TableCell({
    shading: header ? HEADER_SHADING : undefined,
    children: [new Paragraph({ children: [new TextRun({ text, size: 18, ...(header && { bold: true }) })] })],
  });
}

/**
 * A full-width table in the reports' look whose header row repeats on every page and whose rows
 * never split over a page; `widths` are twips per column (A4 portrait text width is about 9,000).
 */
export function dataTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  widths: readonly number[],
): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h) => cell(h, true)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((v) => cell(v)) })),
    ],
  });
}

/** Label–value rows without lines: metadata, parties, meeting headers. */
export function fieldsTable(rows: readonly [string, string][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: rows.map(
      ([label, value]) =>
        new TableRow({
          children: [
            new TableCell({
              width: { size: 35, type: WidthType.PERCENTAGE },
              children: [new Paragraph({ children: placeholderRuns(label, true) })],
            }),
            new TableCell({
              width: { size: 65, type: WidthType.PERCENTAGE },
              children: [new Paragraph({ children: placeholderRuns(value) })],
            }),
          ],
        }),
    ),
  });
}
