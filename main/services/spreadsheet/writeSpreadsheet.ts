import ExcelJS from 'exceljs';
import type { Cell } from './readSpreadsheet';

function csvText(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${pad(cell.getUTCDate())}.${pad(cell.getUTCMonth() + 1)}.${String(cell.getUTCFullYear())}`;
  }
  // Danish Excel reads a decimal comma.
  if (typeof cell === 'number') return String(cell).replace('.', ',');
  return cell;
}

function quoted(text: string): string {
  return /[";\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV the way Danish Excel opens it: UTF-8 with BOM (so æøå survive), `;` between fields, CRLF. */
export function writeCsv(headers: readonly string[], rows: readonly (readonly Cell[])[]): Uint8Array {
  const lines = [headers, ...rows].map((row) => row.map((cell) => quoted(csvText(cell))).join(';'));
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}

export async function writeXlsx(
  headers: readonly string[],
  rows: readonly (readonly Cell[])[],
  sheetName = 'Samarbejder',
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Samspil';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...headers]).font = { bold: true };
  for (const row of rows) sheet.addRow([...row]);
  headers.forEach((header, index) => {
    const column = sheet.getColumn(index + 1);
    const longest = Math.max(
      header.length,
      ...rows.slice(0, 200).map((r) => csvText(r[index] ?? null).length),
    );
    column.width = Math.min(Math.max(longest + 2, 10), 50);
    if (rows.some((r) => r[index] instanceof Date)) column.numFmt = 'dd.mm.yyyy';
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
