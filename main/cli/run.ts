import fs from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type {
  ImportPreview,
  ImportResult,
  LookupLists,
  Partnership,
  PlanSummary,
  TransferFile,
} from '../../shared/api';
import { createBackend, type Backend } from '../backend/createBackend';
import { checkDatabaseFile } from '../db/backup';
import { APP_VERSION } from '../backend/version';
import { FileExistsError, freeFileName, writeFileAtomic } from '../files/writeFileAtomic';
import { defaultDatabasePath } from '../paths/defaultDatabasePath';
import { writeAgreement, writeAgreements } from './agreementCommands';
import { erasePerson, exportPerson, listPersons } from './personCommands';
import { listActions, listMeetings, writeMeetingAgenda, writeMeetingMinutes } from './meetingCommands';
import { fieldErrorLines, partnershipJson, partnershipLine, planLine } from './format';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_BAD_INPUT = 2;

const HELP = `Samspil – register over kommunens samarbejder med frivillige

Brug:
  samspil [--db FIL] partnerships add --title TITEL --partner PARTNER
          --volunteer-type TYPE --involvement NIVEAU [--unit ENHED] [--status STATUS]
          [--start ÅÅÅÅ-MM-DD] [--end ÅÅÅÅ-MM-DD] [--notes TEKST] [--json]
  samspil [--db FIL] partnerships list [--json]
  samspil [--db FIL] search SØGNING [--json]
  samspil [--db FIL] demo
  samspil [--db FIL] import FIL.xlsx|FIL.csv [--dry-run] [--update] [--json]
  samspil [--db FIL] export FIL.xlsx|FIL.csv [--force]
  samspil [--db FIL] agreement NR [--out FIL.docx] [--template SKABELON.docx] [--force] [--json]
  samspil [--db FIL] agreements --out MAPPE [--renewal] [--quadrant 1-4] [--status STATUS]
          [--unit ENHED] [--volunteer-type TYPE] [--involvement NIVEAU] [--agreement-kind ART]
          [--flag ADVARSEL] [--template SKABELON.docx] [--json]
  samspil [--db FIL] report overview --out FIL.docx [--all] [--force]
  samspil [--db FIL] plans list [--json]
  samspil [--db FIL] report status --plan NR --out FIL.docx [--force]
  samspil [--db FIL] person list [--json]
  samspil [--db FIL] person export NR --out FIL.json [--word] [--force]   (--out FIL.docx: kun Word)
  samspil [--db FIL] person erase NR --reason BEGRUNDELSE
  samspil [--db FIL] meetings list [--json]            (følgegruppens møder)
  samspil [--db FIL] actions list [--json]             (handlingspunkter fra møderne)
  samspil [--db FIL] meeting agenda NR [--out FIL.docx] [--force]    (dagsorden)
  samspil [--db FIL] meeting minutes NR [--out FIL.docx] [--force]   (referat)
  samspil [--db FIL] backup --out FIL.sqlite
  samspil [--db FIL] restore FIL.sqlite
  samspil [--db FIL] check          (0 i orden, 3 beskadiget, 4 fra en nyere version)
  samspil --help | --version

  TYPE:   folkeoplysende, humanitaer, faellesskab, enkeltperson
  NIVEAU: lav, mellem, hoej
  STATUS: ide, i_dialog, aktiv, paa_pause, afsluttet

Uden --db bruges den samme datafil som skrivebordsprogrammet.
Slutkoder: 0 lykkedes, 2 forkert input (intet er gemt), 1 anden fejl; check: 3 beskadiget, 4 nyere version.
`;

const OPTIONS = {
  db: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  json: { type: 'boolean' },
  title: { type: 'string' },
  partner: { type: 'string' },
  'volunteer-type': { type: 'string' },
  involvement: { type: 'string' },
  unit: { type: 'string' },
  status: { type: 'string' },
  start: { type: 'string' },
  end: { type: 'string' },
  notes: { type: 'string' },
  'dry-run': { type: 'boolean' },
  update: { type: 'boolean' },
  force: { type: 'boolean' },
  out: { type: 'string' },
  all: { type: 'boolean' },
  template: { type: 'string' },
  quadrant: { type: 'string' },
  'agreement-kind': { type: 'string' },
  flag: { type: 'string' },
  renewal: { type: 'boolean' },
  plan: { type: 'string' },
  reason: { type: 'string' },
  word: { type: 'boolean' },
} satisfies ParseArgsConfig['options'];

export type Values = ReturnType<
  typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>
>['values'];

export class BadInput extends Error {}

export async function call<T>(backend: Backend, method: string, input: unknown): Promise<T> {
  const result = await backend.router.handle(method, input);
  if (result.ok) return result.value as T;
  const lines = result.error.details?.fieldErrors ? fieldErrorLines(result.error.details.fieldErrors) : [];
  const message = [result.error.message, ...lines].join('\n  ');
  if (['validation', 'not_found', 'conflict'].includes(result.error.code)) throw new BadInput(message);
  throw new Error(message);
}

async function unitIdByName(backend: Backend, name: string | undefined): Promise<number | null> {
  if (name === undefined) return null;
  const { units } = await call<LookupLists>(backend, 'lists.all', {});
  const unit = units.find((u) => u.name.toLocaleLowerCase('da') === name.trim().toLocaleLowerCase('da'));
  if (!unit)
    throw new BadInput(
      `--unit: Ukendt enhed «${name}». Kendte enheder: ${units.map((u) => u.name).join('; ')}.`,
    );
  return unit.id;
}

async function addPartnership(backend: Backend, values: Values, io: CliIo): Promise<void> {
  const input = {
    title: values.title ?? '',
    partner: values.partner ?? '',
    volunteerType: values['volunteer-type'],
    involvement: values.involvement,
    unitId: await unitIdByName(backend, values.unit),
    ...(values.status !== undefined && { status: values.status }),
    ...(values.start !== undefined && { startDate: values.start }),
    ...(values.end !== undefined && { endDate: values.end }),
    ...(values.notes !== undefined && { notes: values.notes }),
  };
  const created = await call<Partnership>(backend, 'partnerships.create', input);
  io.out(
    values.json ? JSON.stringify(partnershipJson(created), null, 2) : `Oprettet: ${partnershipLine(created)}`,
  );
}

async function listPartnerships(backend: Backend, values: Values, io: CliIo): Promise<void> {
  const all = await call<Partnership[]>(backend, 'partnerships.list', {});
  if (values.json) io.out(JSON.stringify(all.map(partnershipJson), null, 2));
  else if (all.length === 0) io.out('Der er ingen samarbejder i registret endnu.');
  else io.out(all.map(partnershipLine).join('\n'));
}

async function search(backend: Backend, values: Values, io: CliIo, query: string): Promise<void> {
  if (!query.trim()) throw new BadInput('Skriv hvad du søger efter, fx: samspil search demens');
  const ids = await call<number[]>(backend, 'partnerships.search', { query });
  const byId = new Map((await call<Partnership[]>(backend, 'partnerships.list', {})).map((p) => [p.id, p]));
  const found = ids.flatMap((id) => byId.get(id) ?? []);
  if (values.json) io.out(JSON.stringify(found.map(partnershipJson), null, 2));
  else if (found.length === 0) io.out(`Ingen samarbejder matcher «${query}».`);
  else io.out(found.map(partnershipLine).join('\n'));
}

async function loadDemo(backend: Backend, values: Values, io: CliIo): Promise<void> {
  const { added } = await call<{ added: number }>(backend, 'demo.load', {});
  io.out(values.json ? JSON.stringify({ added }) : `Demodata indlæst: ${String(added)} samarbejder.`);
}

function readInputFile(file: string): TransferFile {
  try {
    return { fileName: path.basename(file), contentBase64: fs.readFileSync(file).toString('base64') };
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'den findes ikke' : 'den kan ikke læses';
    throw new BadInput(`Filen ${file} kan ikke importeres, fordi ${reason}.`);
  }
}

function importSummary(
  result: {
    imported: number;
    updated: number;
    skipped: number;
    rejected: ImportResult['rejected'];
    warnings: ImportResult['warnings'];
  },
  dryRun: boolean,
): string {
  const verb = dryRun ? 'ville blive' : 'er';
  const lines = [
    `${String(result.imported)} samarbejder ${verb} importeret, ${String(result.updated)} ${verb} opdateret, ` +
      `${String(result.skipped)} findes allerede (brug --update for at opdatere dem), ${String(result.rejected.length)} afvist.`,
    ...result.rejected.flatMap((r) => r.errors.map((e) => `  Række ${String(r.row)}: ${e}`)),
    ...result.warnings.flatMap((r) => r.warnings.map((w) => `  Række ${String(r.row)} (advarsel): ${w}`)),
  ];
  return lines.join('\n');
}

async function importFile(backend: Backend, values: Values, io: CliIo, file: string): Promise<void> {
  const input = { ...readInputFile(file), updateExisting: values.update === true };
  if (values['dry-run']) {
    const preview = await call<ImportPreview>(backend, 'import.preview', input);
    const result = {
      imported: preview.counts.create,
      updated: preview.counts.update,
      skipped: preview.counts.skip,
      rejected: preview.rows
        .filter((r) => r.action === 'reject')
        .map((r) => ({ row: r.row, errors: r.errors })),
      warnings: preview.rows
        .filter((r) => r.warnings.length > 0)
        .map((r) => ({ row: r.row, warnings: r.warnings })),
    };
    io.out(values.json ? JSON.stringify({ ...result, dryRun: true }, null, 2) : importSummary(result, true));
    return;
  }
  const result = await call<ImportResult>(backend, 'import.commit', input);
  let rejectedPath: string | null = null;
  if (result.rejectedFile) {
    // Beside the source file, never over an earlier one: nothing the consultant has is replaced.
    rejectedPath = freeFileName(path.join(path.dirname(path.resolve(file)), result.rejectedFile.fileName));
    writeFileAtomic(rejectedPath, Buffer.from(result.rejectedFile.contentBase64, 'base64'));
  }
  const { rejectedFile: _file, ...summary } = result;
  if (values.json) io.out(JSON.stringify({ ...summary, rejectedFile: rejectedPath }, null, 2));
  else
    io.out(
      importSummary(result, false) + (rejectedPath ? `\nDe afviste rækker er gemt i ${rejectedPath}` : ''),
    );
}

async function exportFile(backend: Backend, values: Values, io: CliIo, file: string): Promise<void> {
  const format = path.extname(file).toLowerCase().slice(1);
  if (format !== 'xlsx' && format !== 'csv')
    throw new BadInput('Eksportfilen skal ende på .xlsx eller .csv.');
  const exported = await call<TransferFile>(backend, 'export.partnerships', { format });
  try {
    writeFileAtomic(file, Buffer.from(exported.contentBase64, 'base64'), values.force === true);
  } catch (error) {
    if (error instanceof FileExistsError) throw new BadInput(error.message);
    throw error;
  }
  io.out(
    values.json ? JSON.stringify({ file: path.resolve(file) }) : `Registret er eksporteret til ${file}.`,
  );
}

async function backupCommand(backend: Backend, values: Values, io: CliIo): Promise<void> {
  if (!values.out) throw new BadInput('Angiv hvor kopien skal gemmes: samspil backup --out FIL.sqlite');
  if (fs.existsSync(values.out))
    throw new BadInput(`Filen ${values.out} findes allerede. Vælg et andet navn.`);
  backend.services().backups.copyTo(values.out);
  io.out(`Sikkerhedskopien er gemt og kontrolleret: ${values.out}`);
}

async function restoreCommand(backend: Backend, _values: Values, io: CliIo, file: string): Promise<void> {
  if (!fs.existsSync(file)) throw new BadInput(`Filen ${file} findes ikke.`);
  try {
    const { safetyCopy } = backend.services().backups.restoreFile(path.resolve(file));
    io.out(`Registret er gendannet fra ${file}. Det tidligere register er gemt som ${safetyCopy}.`);
  } catch (error) {
    throw new BadInput(error instanceof Error ? error.message : String(error));
  }
}

/** Writes a generated document atomically; an existing file is kept unless --force. */
export function writeDocument(file: string, document: TransferFile, force: boolean): void {
  try {
    writeFileAtomic(file, Buffer.from(document.contentBase64, 'base64'), force);
  } catch (error) {
    if (error instanceof FileExistsError) throw new BadInput(error.message);
    throw error;
  }
}

async function overviewReport(backend: Backend, values: Values, io: CliIo): Promise<void> {
  if (!values.out?.toLowerCase().endsWith('.docx'))
    throw new BadInput('Angiv rapportens fil: samspil report overview --out FIL.docx');
  const report = await call<TransferFile>(backend, 'reports.overview', { includeEnded: values.all === true });
  writeDocument(values.out, report, values.force === true);
  io.out(`Oversigten er gemt i ${values.out}.`);
}

async function listPlans(backend: Backend, values: Values, io: CliIo): Promise<void> {
  const plans = await call<PlanSummary[]>(backend, 'actionPlans.list', {});
  if (values.json) io.out(JSON.stringify(plans, null, 2));
  else if (plans.length === 0) io.out('Der er ingen handleplaner endnu.');
  else io.out(plans.map(planLine).join('\n'));
}

async function statusReportCommand(backend: Backend, values: Values, io: CliIo): Promise<void> {
  const planId = Number(values.plan);
  if (values.plan === undefined || !Number.isInteger(planId) || planId <= 0)
    throw new BadInput(
      'Angiv handleplanens nummer: samspil report status --plan NR --out FIL.docx. Se numrene med: samspil plans list',
    );
  if (!values.out?.toLowerCase().endsWith('.docx'))
    throw new BadInput('Angiv statusoversigtens fil: samspil report status --plan NR --out FIL.docx');
  const report = await call<TransferFile>(backend, 'reports.status', { planId });
  writeDocument(values.out, report, values.force === true);
  io.out(`Statusoversigten er gemt i ${values.out}.`);
}

type Command = (backend: Backend, values: Values, io: CliIo, argument: string) => Promise<void>;

/** Commands by their words; a command that takes an argument (a query, a file) gets the rest. */
const COMMANDS: Record<string, { run: Command; argument: boolean }> = {
  'partnerships add': { run: addPartnership, argument: false },
  'partnerships list': { run: listPartnerships, argument: false },
  search: { run: search, argument: true },
  demo: { run: loadDemo, argument: false },
  import: { run: importFile, argument: true },
  export: { run: exportFile, argument: true },
  agreement: { run: writeAgreement, argument: true },
  agreements: { run: writeAgreements, argument: false },
  backup: { run: backupCommand, argument: false },
  'report overview': { run: overviewReport, argument: false },
  'report status': { run: statusReportCommand, argument: false },
  'plans list': { run: listPlans, argument: false },
  restore: { run: restoreCommand, argument: true },
  'person list': { run: listPersons, argument: false },
  'person export': { run: exportPerson, argument: true },
  'person erase': { run: erasePerson, argument: true },
  'meetings list': { run: listMeetings, argument: false },
  'actions list': { run: listActions, argument: false },
  'meeting agenda': { run: writeMeetingAgenda, argument: true },
  'meeting minutes': { run: writeMeetingMinutes, argument: true },
};

function findCommand(positionals: readonly string[]): { command: Command; argument: string } | null {
  for (let words = Math.min(positionals.length, 2); words >= 1; words--) {
    const entry = COMMANDS[positionals.slice(0, words).join(' ')];
    const rest = positionals.slice(words);
    if (entry && (entry.argument ? rest.length > 0 : rest.length === 0))
      return { command: entry.run, argument: rest.join(' ') };
  }
  return null;
}

export const EXIT_DAMAGED = 3;
export const EXIT_FROM_FUTURE = 4;

/** Checks the register without opening it for writing: never migrates, never changes a byte. */
function checkCommand(file: string, io: CliIo): number {
  if (!fs.existsSync(file)) {
    io.err(`Filen ${file} findes ikke.`);
    return EXIT_BAD_INPUT;
  }
  const health = checkDatabaseFile(file);
  if (health.state === 'ok') {
    io.out(`Registret ${file} er i orden (skemaversion ${String(health.schemaVersion)}).`);
    return EXIT_OK;
  }
  io.err(health.message);
  return health.state === 'future' ? EXIT_FROM_FUTURE : EXIT_DAMAGED;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    io.err(
      `${error instanceof Error ? error.message : String(error)}\nSkriv samspil --help for at se hvordan.`,
    );
    return EXIT_BAD_INPUT;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(HELP);
    return EXIT_OK;
  }
  if (values.version) {
    io.out(APP_VERSION);
    return EXIT_OK;
  }
  if (positionals.join(' ') === 'check') return checkCommand(values.db ?? defaultDatabasePath(), io);
  const found = findCommand(positionals);
  if (!found) {
    io.err(
      positionals.length === 0
        ? 'Angiv en kommando, fx: samspil partnerships list. Skriv samspil --help for at se alle.'
        : `Ukendt kommando: ${positionals.join(' ')}. Skriv samspil --help for at se alle.`,
    );
    return EXIT_BAD_INPUT;
  }
  let backend: Backend | undefined;
  try {
    backend = createBackend(values.db ?? defaultDatabasePath(), { logError: (e) => io.err(String(e)) });
    await found.command(backend, values, io, found.argument);
    return EXIT_OK;
  } catch (error) {
    io.err(error instanceof Error ? error.message : String(error));
    return error instanceof BadInput ? EXIT_BAD_INPUT : EXIT_FAILURE;
  } finally {
    backend?.close();
  }
}
