import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';

export type Cell = string | number | Date | null;

export interface SheetData {
  headers: string[];
  rows: Cell[][];
}

/** A file Samspil cannot read as a spreadsheet; the message is for the consultant. */
export class SpreadsheetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SpreadsheetError';
  }
}

/** UTF-8 (with or without BOM) when the bytes are valid UTF-8, else Windows-1252 (old Excel CSV). */
function decodeText(content: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(content);
  }
}

/** `;` when the header line has more semicolons than commas: Danish Excel writes `;` because `,` is the decimal mark. */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  return (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
}

const isEmptyRow = (row: readonly Cell[]) =>
  row.every((cell) => cell === null || (typeof cell === 'string' && cell.trim() === ''));

function readCsv(content: Uint8Array): SheetData {
  const text = decodeText(content);
  const parsed = Papa.parse<string[]>(text, { delimiter: delimiterOf(text), skipEmptyLines: 'greedy' });
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal)
    throw new SpreadsheetError(
      `CSV-filen kan ikke læses: et anførselstegn mangler i række ${String((fatal.row ?? 0) + 1)}.`,
    );
  const [headerRow = [], ...rows] = parsed.data;
  return {
    headers: headerRow.map((h) => h.trim()),
    rows: rows.map((row) => row.map((cell) => (cell === '' ? null : cell))).filter((row) => !isEmptyRow(row)),
  };
}

/** The value a person sees in a cell: formulas give their result, rich text and links their text. */
function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'ja' : 'nej';
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellValue(value.result as ExcelJS.CellValue);
    if ('error' in value) return null;
  }
  return String(value as unknown);
}

async function readXlsx(content: Uint8Array): Promise<SheetData> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(content) as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new SpreadsheetError(
      `Filen kunne ikke læses som XLSX: ${error instanceof Error ? error.message : String(error)}. Gem den igen fra Excel, eller brug CSV.`,
    );
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new SpreadsheetError('Excel-filen har ingen ark.');
  const width = sheet.columnCount;
  const rows: Cell[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: Cell[] = [];
    for (let column = 1; column <= width; column++) cells.push(cellValue(row.getCell(column).value));
    rows.push(cells);
  });
  const [headerRow = [], ...dataRows] = rows;
  return {
    headers: headerRow.map((h) => (h === null ? '' : String(h instanceof Date ? h.toISOString() : h).trim())),
    rows: dataRows.filter((row) => !isEmptyRow(row)),
  };
}

export async function readSpreadsheet(content: Uint8Array, fileName: string): Promise<SheetData> {
  const ext = path.extname(fileName).toLowerCase();
  if (ext === '.csv' || ext === '.txt') return readCsv(content);
  if (ext === '.xlsx') return readXlsx(content);
  throw new SpreadsheetError(
    `Filtypen ${ext || '(uden endelse)'} kan ikke læses. Brug en CSV- eller XLSX-fil.`,
  );
}
