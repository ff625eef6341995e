import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { createBackend } from '../main/backend/createBackend';
import { cpuMs, median } from './measure';
import { metric, type Metric } from './metrics';

/** Reads every cell of the workbook with exceljs and nothing more: the floor for any XLSX import. */
async function readOnly(content: Buffer): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ExcelJS.Buffer);
  let cells = 0;
  workbook.worksheets[0]!.eachRow((row) => {
    row.eachCell(() => cells++);
  });
  return cells;
}

async function cpuTimeOf(work: () => Promise<unknown>): Promise<number> {
  const start = cpuMs();
  await work();
  return cpuMs() - start;
}

/**
 * Importing the register's own 10,000-row export (parse, validate, insert in one transaction)
 * into an empty register, over merely reading the same file with exceljs.
 */
export async function importMetric(source: string, folder: string, rounds: number): Promise<Metric> {
  const exporter = createBackend(source, { actor: 'bench' });
  const file = await exporter.services().export.export('xlsx');
  exporter.close();
  const content = Buffer.from(file.contentBase64, 'base64');
  const ratios: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const target = path.join(folder, `import-${String(round)}.sqlite`);
    const backend = createBackend(target, { actor: 'bench' });
    try {
      const importAll = async () => {
        const outcome = await backend.services().import.commit(file, false);
        if (outcome.imported === 0) throw new Error('the bench import added nothing');
      };
      // Alternating who goes first, as the other ratios do: the second of the two also pays for
      // collecting the first one's garbage.
      const readFirst = round % 2 === 0;
      const readBefore = readFirst ? await cpuTimeOf(() => readOnly(content)) : 0;
      const result = await cpuTimeOf(importAll);
      const read = readFirst ? readBefore : await cpuTimeOf(() => readOnly(content));
      ratios.push(result / read);
    } finally {
      backend.close();
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${target}${suffix}`, { force: true });
    }
  }
  return metric('import.xlsx.ratio', median(ratios), '×', 2.5);
}
