import { describe, expect, it } from 'vitest';
import { SpreadsheetError, readSpreadsheet } from './readSpreadsheet';
import { writeCsv, writeXlsx } from './writeSpreadsheet';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('readSpreadsheet: CSV', () => {
  it('reads ; separated UTF-8 with a BOM, keeping decimal commas inside values', async () => {
    const sheet = await readSpreadsheet(
      utf8('\uFEFFTitel;Beløb\r\nDemenscafé;45.000,50\r\n'),
      'register.csv',
    );
    expect(sheet).toEqual({ headers: ['Titel', 'Beløb'], rows: [['Demenscafé', '45.000,50']] });
  });

  it('reads , separated files, quoted fields with newlines, and skips empty lines', async () => {
    const sheet = await readSpreadsheet(
      utf8('Titel,Noter\n"Café, ældre","linje 1\nlinje 2"\n\n,\nGåtur,\n'),
      'x.CSV',
    );
    expect(sheet.rows).toEqual([
      ['Café, ældre', 'linje 1\nlinje 2'],
      ['Gåtur', null],
    ]);
  });

  it('reads Windows-1252 files from older Excel', async () => {
    const latin1 = Uint8Array.from([
      0x54, 0x69, 0x74, 0x65, 0x6c, 0x0a, 0xc6, 0x6c, 0x64, 0x72, 0x65, 0x20, 0xf8, 0xe5,
    ]);
    expect((await readSpreadsheet(latin1, 'gammel.csv')).rows).toEqual([['Ældre øå']]);
  });

  it('writes CSV that Danish Excel opens and that reads back the same', async () => {
    const bytes = writeCsv(
      ['Titel', 'Dato', 'Beløb'],
      [['Café "Hygge"; ældre', new Date(Date.UTC(2026, 2, 7)), 45000.5]],
    );
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(
      '\uFEFFTitel;Dato;Beløb\r\n"Café ""Hygge""; ældre";07.03.2026;45000,5\r\n',
    );
    expect((await readSpreadsheet(bytes, 'ud.csv')).rows).toEqual([
      ['Café "Hygge"; ældre', '07.03.2026', '45000,5'],
    ]);
  });
});

describe('readSpreadsheet: XLSX', () => {
  it('round-trips text, numbers, real dates and Danish letters', async () => {
    const date = new Date(Date.UTC(2026, 10, 24));
    const bytes = await writeXlsx(
      ['Titel', 'Beløb', 'Startdato'],
      [
        ['Ældre Sagen – besøg', 1900000, date],
        ['Åben skole', null, null],
      ],
    );
    const sheet = await readSpreadsheet(bytes, 'register.xlsx');
    expect(sheet.headers).toEqual(['Titel', 'Beløb', 'Startdato']);
    expect(sheet.rows).toEqual([
      ['Ældre Sagen – besøg', 1900000, date],
      ['Åben skole', null, null],
    ]);
  });

  it('reads 10,000 rows', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => [`Samarbejde ${String(i)}`, i]);
    const sheet = await readSpreadsheet(await writeXlsx(['Titel', 'Nr'], rows), 'stor.xlsx');
    expect(sheet.rows).toHaveLength(10_000);
    expect(sheet.rows[9_999]).toEqual(['Samarbejde 9999', 9999]);
  });

  it('refuses a corrupt XLSX and an unknown file type with Danish messages', async () => {
    await expect(readSpreadsheet(utf8('not a zip'), 'ødelagt.xlsx')).rejects.toThrow(SpreadsheetError);
    await expect(readSpreadsheet(utf8('not a zip'), 'ødelagt.xlsx')).rejects.toThrow(
      /kunne ikke læses som XLSX/,
    );
    await expect(readSpreadsheet(utf8('%PDF'), 'aftale.pdf')).rejects.toThrow(
      'Filtypen .pdf kan ikke læses. Brug en CSV- eller XLSX-fil.',
    );
  });
});
