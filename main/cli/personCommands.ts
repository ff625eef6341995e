import path from 'node:path';
import type { Person, TransferFile } from '../../shared/api';
import { LEGAL_BASIS_SHORT, formatDateShort } from '../../shared/domain';
import type { Backend } from '../backend/createBackend';
import { FileExistsError, writeFileAtomic } from '../files/writeFileAtomic';
import { BadInput, call, type CliIo, type Values } from './run';

function personId(text: string): number {
  const id = Number(text);
  if (!Number.isInteger(id) || id <= 0)
    throw new BadInput(`«${text}» er ikke en persons nummer. Se numrene med: samspil person list`);
  return id;
}

function personLine(p: Person): string {
  return [
    `#${String(p.id)} ${p.name}`,
    p.organisation ?? (p.side === 'kommune' ? 'Kommunen' : ''),
    p.legalBasis ? LEGAL_BASIS_SHORT[p.legalBasis] : 'Retsgrundlag ikke angivet',
    p.informed ? 'oplyst' : 'ikke oplyst',
    p.keepUntil ? `opbevares til ${formatDateShort(p.keepUntil)}${p.due ? ' (til sletning)' : ''}` : 'aktiv',
  ]
    .filter(Boolean)
    .join(' · ');
}

export async function listPersons(backend: Backend, values: Values, io: CliIo): Promise<void> {
  const persons = await call<Person[]>(backend, 'persons.list', {});
  if (values.json) io.out(JSON.stringify(persons, null, 2));
  else if (persons.length === 0) io.out('Der er ingen personer i registret.');
  else io.out(persons.map(personLine).join('\n'));
}

function write(file: string, content: TransferFile, force: boolean): void {
  try {
    writeFileAtomic(file, Buffer.from(content.contentBase64, 'base64'), force);
  } catch (error) {
    if (error instanceof FileExistsError) throw new BadInput(error.message);
    throw error;
  }
}

/**
 * The access export: `--out FIL.json` writes the JSON (with `--word` also the Word document
 * beside it, same name with .docx); `--out FIL.docx` writes only the Word document.
 */
export async function exportPerson(
  backend: Backend,
  values: Values,
  io: CliIo,
  idText: string,
): Promise<void> {
  const out = values.out;
  const kind = out ? path.extname(out).toLowerCase() : '';
  if (!out || (kind !== '.json' && kind !== '.docx'))
    throw new BadInput(
      'Angiv hvor udtrækket skal gemmes: samspil person export NR --out FIL.json [--word] eller --out FIL.docx',
    );
  const files = await call<{ json: TransferFile; word: TransferFile }>(backend, 'persons.export', {
    id: personId(idText),
  });
  const written: string[] = [];
  if (kind === '.json') {
    write(out, files.json, values.force === true);
    written.push(out);
  }
  if (kind === '.docx' || values.word) {
    const wordFile = kind === '.docx' ? out : `${out.slice(0, -kind.length)}.docx`;
    write(wordFile, files.word, values.force === true);
    written.push(wordFile);
  }
  io.out(
    values.json
      ? JSON.stringify({ files: written.map((f) => path.resolve(f)) })
      : `Alt om personen er gemt i ${written.join(' og ')}.`,
  );
}

export async function erasePerson(
  backend: Backend,
  values: Values,
  io: CliIo,
  idText: string,
): Promise<void> {
  const id = personId(idText);
  if (!values.reason?.trim())
    throw new BadInput(
      'Skriv hvorfor personen slettes: samspil person erase NR --reason "Anmodning om sletning"',
    );
  await call(backend, 'persons.erase', { id, reason: values.reason });
  io.out(
    values.json
      ? JSON.stringify({ erased: id })
      : `Person #${String(id)} er anonymiseret overalt i registret, og de slettede oplysninger er fjernet fra databasefilen.`,
  );
}
