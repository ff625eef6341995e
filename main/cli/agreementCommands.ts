import fs from 'node:fs';
import path from 'node:path';
import type { GeneratedAgreement, LookupLists, Partnership, TemplateFile } from '../../shared/api';
import {
  AGREEMENT_KINDS,
  FLAG_CODES,
  INVOLVEMENT_LEVELS,
  PARTNERSHIP_STATUSES,
  VOLUNTEER_TYPES,
} from '../../shared/domain';
import type { Backend } from '../backend/createBackend';
import { FileExistsError, freeFileName, writeFileAtomic } from '../files/writeFileAtomic';
import { BadInput, call, type CliIo, type Values } from './run';

function readTemplate(file: string | undefined): TemplateFile | undefined {
  if (file === undefined) return undefined;
  if (!file.toLowerCase().endsWith('.docx')) throw new BadInput('--template skal være en .docx-fil.');
  try {
    return { fileName: path.basename(file), contentBase64: fs.readFileSync(file).toString('base64') };
  } catch {
    throw new BadInput(`Skabelonen ${file} findes ikke eller kan ikke læses.`);
  }
}

async function generate(backend: Backend, id: number, template: TemplateFile | undefined) {
  return call<GeneratedAgreement>(backend, 'agreements.generate', { id, ...(template && { template }) });
}

const bullets = (lines: readonly string[]) => lines.map((line) => `  - ${line}`).join('\n');

/**
 * Writes the agreement for one partnership. Missing information never stops it: the document
 * gets explicit placeholders and stderr lists what to fill in (exit 0).
 */
export async function writeAgreement(
  backend: Backend,
  values: Values,
  io: CliIo,
  idText: string,
): Promise<void> {
  const id = Number(idText);
  if (!Number.isInteger(id) || id <= 0)
    throw new BadInput(
      `«${idText}» er ikke et samarbejdes nummer. Se numrene med: samspil partnerships list`,
    );
  if (values.out !== undefined && !values.out.toLowerCase().endsWith('.docx'))
    throw new BadInput('--out skal være en .docx-fil.');
  const generated = await generate(backend, id, readTemplate(values.template));
  const out = values.out ?? generated.fileName;
  try {
    writeFileAtomic(out, Buffer.from(generated.contentBase64, 'base64'), values.force === true);
  } catch (error) {
    if (error instanceof FileExistsError) throw new BadInput(error.message);
    throw error;
  }
  if (generated.templateProblems.length > 0)
    io.err(`Skabelonen har problemer:\n${bullets(generated.templateProblems)}`);
  if (generated.missing.length > 0)
    io.err(`Aftalen mangler oplysninger, som er markeret med [Udfyld: …]:\n${bullets(generated.missing)}`);
  io.out(
    values.json
      ? JSON.stringify({ file: path.resolve(out), missing: generated.missing })
      : `${generated.documentTitle} gemt i ${out}.`,
  );
}

function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[]): T | null {
  if (value === undefined) return null;
  if (!(allowed as readonly string[]).includes(value))
    throw new BadInput(`--${option}: Ukendt værdi «${value}». Tilladte værdier: ${allowed.join(', ')}.`);
  return value as T;
}

/** The register's filters, from the command line; without any, every partnership not ended. */
async function partnershipFilter(backend: Backend, values: Values): Promise<(p: Partnership) => boolean> {
  const quadrant = oneOf('quadrant', values.quadrant, ['1', '2', '3', '4']);
  const status = oneOf('status', values.status, PARTNERSHIP_STATUSES);
  const type = oneOf('volunteer-type', values['volunteer-type'], VOLUNTEER_TYPES);
  const involvement = oneOf('involvement', values.involvement, INVOLVEMENT_LEVELS);
  const kind = oneOf('agreement-kind', values['agreement-kind'], AGREEMENT_KINDS);
  const flag = values.renewal ? 'fornyelse_snart' : oneOf('flag', values.flag, FLAG_CODES);
  let unitId: number | null = null;
  if (values.unit !== undefined) {
    const { units } = await call<LookupLists>(backend, 'lists.all', {});
    const unit = units.find(
      (u) => u.name.toLocaleLowerCase('da') === values.unit!.trim().toLocaleLowerCase('da'),
    );
    if (!unit)
      throw new BadInput(
        `--unit: Ukendt enhed «${values.unit}». Kendte enheder: ${units.map((u) => u.name).join('; ')}.`,
      );
    unitId = unit.id;
  }
  return (p) =>
    (quadrant === null || String(p.quadrant) === quadrant) &&
    (status === null ? p.status !== 'afsluttet' : p.status === status) &&
    (type === null || p.volunteerType === type) &&
    (involvement === null || p.involvement === involvement) &&
    (kind === null || p.agreementKind === kind) &&
    (flag === null || p.flags.includes(flag)) &&
    (unitId === null || p.unitId === unitId);
}

/**
 * Writes the agreements of a filtered set into a folder, one at a time and each atomically. A
 * file that exists already is never replaced: the new one gets a number, `… (2).docx`.
 */
export async function writeAgreements(backend: Backend, values: Values, io: CliIo): Promise<void> {
  if (!values.out) throw new BadInput('Angiv mappen til aftalerne: samspil agreements --out MAPPE');
  if (fs.existsSync(values.out) && !fs.statSync(values.out).isDirectory())
    throw new BadInput(`${values.out} er en fil, ikke en mappe. Angiv en mappe med --out.`);
  const keep = await partnershipFilter(backend, values);
  const template = readTemplate(values.template);
  const chosen = (await call<Partnership[]>(backend, 'partnerships.list', {})).filter(keep);
  fs.mkdirSync(values.out, { recursive: true });
  const written: { id: number; file: string; missing: string[] }[] = [];
  let problemsShown = false;
  for (const p of chosen) {
    const generated = await generate(backend, p.id, template);
    const file = freeFileName(path.join(values.out, generated.fileName));
    writeFileAtomic(file, Buffer.from(generated.contentBase64, 'base64'));
    written.push({ id: p.id, file, missing: generated.missing });
    if (!problemsShown && generated.templateProblems.length > 0) {
      io.err(`Skabelonen har problemer:\n${bullets(generated.templateProblems)}`);
      problemsShown = true;
    }
    if (generated.missing.length > 0)
      io.err(`${p.title} (nr. ${String(p.id)}) mangler: ${generated.missing.join(', ')}`);
  }
  if (values.json) io.out(JSON.stringify(written, null, 2));
  else if (written.length === 0)
    io.out('Ingen samarbejder passer til filtrene; der er ikke skrevet nogen aftaler.');
  else
    io.out(
      `${String(written.length)} aftaler gemt i ${values.out}:\n${written.map((w) => `  ${path.basename(w.file)}`).join('\n')}`,
    );
}
