import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Partnership, Person } from '../../../shared/api';
import type { PersonAccessReport } from '../../../shared/domain';
import { createBackend, type Backend } from '../../backend/createBackend';
import { documentXml } from '../../testing/docx';
import { useTempFolder } from '../../testing/tempFolder';

const tempFolder = useTempFolder();

function setup(today = '2026-11-24'): Backend & { file: string } {
  const file = path.join(tempFolder(), 'samspil.sqlite');
  let tick = 0;
  const backend = createBackend(file, {
    now: () => new Date(Date.parse(`${today}T12:00:00Z`) + 1000 * tick++),
    actor: 'konsulent',
    logo: () => null,
  });
  return Object.assign(backend, { file });
}

async function call<T>(backend: Backend, method: string, input: unknown = {}): Promise<T> {
  const result = await backend.router.handle(method, input);
  if (!result.ok)
    throw new Error(`${method}: ${result.error.message} ${JSON.stringify(result.error.details)}`);
  return result.value as T;
}

const partnership = (over: Record<string, unknown>) => ({
  title: 'Besøgsvenner',
  partner: 'Ældre Sagen',
  volunteerType: 'humanitaer',
  involvement: 'lav',
  ...over,
});

const INGEBORG = { name: 'Ingeborg Zylberstein', email: 'ingeborg@zylberstein.dk', phone: '23 45 67 89' };

async function personNamed(backend: Backend, name: string): Promise<Person> {
  const found = (await call<Person[]>(backend, 'persons.list')).find((p) => p.name === name);
  if (!found) throw new Error(`no person ${name}`);
  return found;
}

/** The database file and its write-ahead log as text, lower-cased, to look for traces of a name. */
function rawBytes(file: string): string {
  return [file, `${file}-wal`]
    .filter((f) => fs.existsSync(f))
    .map((f) => fs.readFileSync(f).toString('latin1') + fs.readFileSync(f).toString('utf8'))
    .join('\n')
    .toLowerCase();
}

describe('erasure', () => {
  it('leaves no trace of the name in records, notes, the search index, the log, the file or its WAL', async () => {
    const backend = setup();
    const visit = await call<Partnership>(
      backend,
      'partnerships.create',
      partnership({ partnerContact: INGEBORG, notes: 'Ingeborg Zylberstein ringer hver mandag.' }),
    );
    const other = await call<Partnership>(
      backend,
      'partnerships.create',
      partnership({
        title: 'Strikkecafé',
        partner: 'Røde Kors',
        notes: 'Spørg INGEBORG ZYLBERSTEIN (tlf. 23456789) om garn. Skriv til ingeborg@zylberstein.dk.',
      }),
    );
    // A change of contact details goes into the history as a logged value.
    await call(backend, 'partnerships.update', {
      id: visit.id,
      fields: partnership({ partnerContact: { ...INGEBORG, phone: '23 45 67 00' }, notes: visit.notes }),
      reason: 'Ingeborg Zylberstein har nyt nummer',
    });
    const person = await personNamed(backend, INGEBORG.name);
    await call(backend, 'persons.get', { id: person.id });
    await call(backend, 'persons.update', {
      id: person.id,
      fields: { legalBasis: 'samtykke', consentDate: '2026-01-05' },
    });
    await call(backend, 'persons.export', { id: person.id });
    expect(await call<number[]>(backend, 'partnerships.search', { query: 'zylberstein' })).toHaveLength(2);
    expect(rawBytes(backend.file)).toContain('zylberstein');

    await call(backend, 'persons.erase', {
      id: person.id,
      reason: 'Anmodning om sletning fra Ingeborg Zylberstein',
    });

    const raw = rawBytes(backend.file);
    for (const trace of ['zylberstein', 'ingeborg', '23456789', '23 45 67']) {
      expect(raw, trace).not.toContain(trace);
    }
    expect(fs.existsSync(`${backend.file}-wal`) ? fs.statSync(`${backend.file}-wal`).size : 0).toBe(0);
    expect(await call<number[]>(backend, 'partnerships.search', { query: 'zylberstein' })).toEqual([]);
    expect(await call<number[]>(backend, 'partnerships.search', { query: 'ingeborg' })).toEqual([]);
    // Nor from a piece of it: search finds parts of words.
    for (const piece of ['zyl', 'lberst', 'geborg', 'zy', 'z']) {
      expect(await call<number[]>(backend, 'partnerships.search', { query: piece }), piece).toEqual([]);
    }
    expect((await call<Person[]>(backend, 'persons.list')).map((p) => p.name)).not.toContain(INGEBORG.name);

    const after = await call<Partnership>(backend, 'partnerships.get', { id: visit.id });
    expect(after.partnerContact).toEqual({ name: '[anonymiseret]', email: '', phone: '' });
    expect(after.notes).toBe('[anonymiseret] ringer hver mandag.');
    expect((await call<Partnership>(backend, 'partnerships.get', { id: other.id })).notes).toBe(
      'Spørg [anonymiseret] (tlf. [anonymiseret]) om garn. Skriv til [anonymiseret].',
    );
    // The log keeps that the erasure happened, when, by whom and why, but not the erased values.
    const log = await call<{
      entries: { action: string; actor: string; reason: string | null; oldValue: string | null }[];
    }>(backend, 'audit.list', { entity: 'person', entityId: person.id });
    expect(log.entries[0]).toMatchObject({
      action: 'erase',
      actor: 'konsulent',
      reason: 'Anmodning om sletning fra [anonymiseret]',
    });
    expect(log.entries.map((e) => e.action)).toEqual(['erase', 'export', 'update', 'update', 'view']);
    expect(log.entries.every((e) => e.oldValue === null)).toBe(true);
    backend.close();
  });
});

describe('erasure in the følgegruppe', () => {
  it('anonymises membership, minutes, attendance and action items; approved minutes keep their structure', async () => {
    const backend = setup();
    await call(backend, 'partnerships.create', partnership({ partnerContact: INGEBORG }));
    const member = await call<{ personId: number }>(backend, 'followupGroup.addMember', {
      name: INGEBORG.name,
      email: INGEBORG.email,
      organisation: 'Ældre Sagen',
      seatKind: 'valgt',
      notes: 'Ingeborg Zylberstein blev valgt på Nytårskuren.',
    });
    await call(backend, 'followupGroup.update', { charter: 'Formand: Ingeborg Zylberstein.' });
    // One person behind the contact and the seat.
    const person = await personNamed(backend, INGEBORG.name);
    expect(person.id).toBe(member.personId);
    expect(person.otherRoles).toContain('Medlemskab af følgegruppen');

    const meeting = await call<{ id: number }>(backend, 'meetings.create', {
      date: '2026-03-12',
      chairPersonId: person.id,
      guests: 'Ingeborg Zylbersteins mand',
    });
    const withItem = await call<{ items: { id: number; title: string }[] }>(backend, 'agendaItems.add', {
      meetingId: meeting.id,
      fields: {
        title: 'Besøgsvennerne v. Ingeborg Zylberstein',
        kind: 'O',
        presenterPersonId: person.id,
        background: 'Ingeborg Zylberstein fortæller om besøgsvennerne.',
        conclusion: 'Tak til Ingeborg Zylberstein (ingeborg@zylberstein.dk).',
      },
    });
    await call(backend, 'meetings.setAttendance', {
      meetingId: meeting.id,
      personId: person.id,
      status: 'til_stede',
    });
    await call(backend, 'actionItems.add', {
      meetingId: meeting.id,
      fields: { text: 'Ingeborg Zylberstein sender materialet', responsiblePersonId: person.id },
    });
    await call(backend, 'meetings.approveMinutes', { id: meeting.id, date: '2026-03-13' });

    const report = buildReport(
      await call<{ json: { contentBase64: string } }>(backend, 'persons.export', { id: person.id }),
    );
    expect(report.linkedRecords.map((r) => r.kind)).toEqual(
      expect.arrayContaining([
        'Medlemskab af følgegruppen',
        'Møde i følgegruppen',
        'Dagsordenspunkt',
        'Deltagelse i møde',
        'Handlingspunkt',
      ]),
    );
    expect(report.mentions.map((m) => m.field)).toEqual(
      expect.arrayContaining(['Baggrund', 'Konklusion', 'Tekst', 'Noter', 'Gæster']),
    );

    await call(backend, 'persons.erase', { id: person.id, reason: 'Anmodning' });

    const raw = rawBytes(backend.file);
    for (const trace of ['zylberstein', 'ingeborg']) expect(raw, trace).not.toContain(trace);
    const after = await call<{
      chair: string;
      guests: string;
      locked: boolean;
      items: { id: number; title: string; background: string; presenter: string }[];
      attendance: { name: string; status: string | null }[];
      actions: { text: string; responsible: string }[];
    }>(backend, 'meetings.get', { id: meeting.id });
    expect(after.locked).toBe(true);
    expect(after.chair).toBe('[anonymiseret]');
    expect(after.guests).toBe('[anonymiseret]s mand');
    expect(after.items.map((i) => i.id)).toEqual(withItem.items.map((i) => i.id));
    expect(after.items.find((i) => i.title.startsWith('Besøgsvennerne'))).toMatchObject({
      title: 'Besøgsvennerne v. [anonymiseret]',
      background: '[anonymiseret] fortæller om besøgsvennerne.',
      presenter: '[anonymiseret]',
    });
    expect(after.attendance).toEqual([
      expect.objectContaining({ name: '[anonymiseret]', status: 'til_stede' }),
    ]);
    expect(after.actions).toEqual([
      expect.objectContaining({ text: '[anonymiseret] sender materialet', responsible: '[anonymiseret]' }),
    ]);
    expect((await call<{ charter: string }>(backend, 'followupGroup.get')).charter).toBe(
      'Formand: [anonymiseret].',
    );
    // The approved minutes can still be written, with the person shown as [anonymiseret].
    const minutes = await call<{ contentBase64: string }>(backend, 'meetings.minutesDocument', {
      id: meeting.id,
    });
    const xml = wordText(minutes.contentBase64);
    expect(xml).toContain('[anonymiseret] fortæller om besøgsvennerne.');
    expect(xml.toLowerCase()).not.toContain('zylberstein');
    backend.close();
  });
});

const buildReport = (files: { json: { contentBase64: string } }) =>
  JSON.parse(Buffer.from(files.json.contentBase64, 'base64').toString('utf8')) as PersonAccessReport;

const wordText = (base64: string) => documentXml(Buffer.from(base64, 'base64'));

describe('access export', () => {
  it('has every record that names the person and every log entry about them, as JSON and in Word', async () => {
    const backend = setup();
    const visit = await call<Partnership>(
      backend,
      'partnerships.create',
      partnership({ partnerContact: INGEBORG }),
    );
    await call<Partnership>(
      backend,
      'partnerships.create',
      partnership({ title: 'Kor', partner: 'Sangkoret', municipalContact: INGEBORG }),
    );
    await call<Partnership>(
      backend,
      'partnerships.create',
      partnership({
        title: 'Lektiecafé',
        partner: 'Dansk Flygtningehjælp',
        purpose: 'Ingeborg Zylberstein hjælper.',
      }),
    );
    await call<Partnership>(
      backend,
      'partnerships.create',
      partnership({ title: 'Uden hende', partner: 'DGI' }),
    );
    await call(backend, 'partnerships.update', {
      id: visit.id,
      fields: partnership({ partnerContact: { ...INGEBORG, email: 'ny@zylberstein.dk' } }),
      reason: 'Ny mail',
    });
    const person = await personNamed(backend, INGEBORG.name);
    await call(backend, 'persons.get', { id: person.id });

    const files = await call<{
      json: { fileName: string; contentBase64: string };
      word: { fileName: string; contentBase64: string };
    }>(backend, 'persons.export', { id: person.id });
    expect(files.json.fileName).toBe('Indsigt - Ingeborg Zylberstein - 2026-11-24.json');
    expect(files.word.fileName).toBe('Indsigt - Ingeborg Zylberstein - 2026-11-24.docx');
    const report = JSON.parse(
      Buffer.from(files.json.contentBase64, 'base64').toString('utf8'),
    ) as PersonAccessReport;
    expect(report.person).toMatchObject({
      name: INGEBORG.name,
      email: 'ny@zylberstein.dk',
      legalBasis: 'Ikke angivet',
    });
    // The municipal-side row of the same name is another record until merged: not listed here.
    expect(report.partnerships.map((p) => [p.title, p.role])).toEqual([
      ['Besøgsvenner', 'Kontaktperson hos partneren'],
    ]);
    expect(report.mentions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'Samarbejde',
          field: 'Formål',
          text: 'Ingeborg Zylberstein hjælper.',
        }),
      ]),
    );
    expect(report.mentions.some((m) => m.text.includes('DGI'))).toBe(false);
    expect(report.auditLog.map((e) => e.action)).toEqual(
      expect.arrayContaining(['Ændret', 'Set', 'Udtrukket (indsigt)']),
    );
    expect(report.auditLog.find((e) => e.action === 'Ændret')).toMatchObject({
      record: `Samarbejde ${String(visit.id)}`,
      field: 'Kontaktperson',
      reason: 'Ny mail',
    });

    // Where the municipality shows no employee names, the log in the export says only who in general.
    await call(backend, 'settings.update', { accessExportShowsUsers: false });
    const anonymous = buildReport(await call(backend, 'persons.export', { id: person.id }));
    expect(new Set(anonymous.auditLog.map((e) => e.actor))).toEqual(new Set(['En medarbejder i kommunen']));
    expect(report.auditLog.every((e) => e.actor === 'konsulent')).toBe(true);

    const xml = wordText(files.word.contentBase64);
    for (const text of [
      'Indsigt: oplysninger om Ingeborg Zylberstein',
      'Besøgsvenner',
      'Ingeborg Zylberstein hjælper.',
      'Udtrukket (indsigt)',
      'Logbog',
    ]) {
      expect(xml).toContain(text);
    }
    backend.close();
  });
});

describe('merge', () => {
  it('makes two records of the same person one, keeping every link and the history of both', async () => {
    const backend = setup();
    await call(
      backend,
      'partnerships.create',
      partnership({ partnerContact: { name: 'Lone Hansen', email: 'lone@a.dk' } }),
    );
    await call(
      backend,
      'partnerships.create',
      partnership({
        title: 'Kor',
        partner: 'Sangkoret',
        partnerContact: { name: 'Lone Hansen', phone: '20 30 40 50' },
      }),
    );
    const [keep, remove] = (await call<Person[]>(backend, 'persons.list')).filter(
      (p) => p.name === 'Lone Hansen',
    );
    await call(backend, 'persons.update', {
      id: remove!.id,
      fields: { informed: true, informedDate: '2026-02-01' },
    });

    const merged = await call<Person>(backend, 'persons.merge', { keepId: keep!.id, removeId: remove!.id });
    expect(merged).toMatchObject({
      email: 'lone@a.dk',
      phone: '20 30 40 50',
      informed: true,
      informedDate: '2026-02-01',
    });
    expect(merged.partnerships.map((p) => p.title).sort()).toEqual(['Besøgsvenner', 'Kor']);
    expect(
      (await call<Person[]>(backend, 'persons.list')).filter((p) => p.name === 'Lone Hansen'),
    ).toHaveLength(1);
    // The removed record's history is now the kept person's.
    const log = await call<{ entries: { action: string; entityId: number }[] }>(backend, 'audit.list', {
      personId: keep!.id,
    });
    expect(log.entries.map((e) => [e.action, e.entityId])).toEqual(
      expect.arrayContaining([
        ['merge', keep!.id],
        ['update', remove!.id],
      ]),
    );
    expect((await call<number[]>(backend, 'partnerships.search', { query: 'lone' })).length).toBe(2);
    expect((await backend.router.handle('persons.merge', { keepId: keep!.id, removeId: keep!.id })).ok).toBe(
      false,
    );
    backend.close();
  });
});

describe('merge in the følgegruppe', () => {
  it('keeps one seat and one attendance when both records sat in the group and met', async () => {
    const backend = setup();
    const a = await call<{ personId: number }>(backend, 'followupGroup.addMember', {
      name: 'Lone Hansen',
      organisation: 'Ældre Sagen',
      seatKind: 'valgt',
    });
    const b = await call<{ personId: number }>(backend, 'followupGroup.addMember', {
      name: 'Lone Hansen',
      organisation: 'Ældre Sagen Faaborg',
      seatKind: 'valgt',
      notes: 'Formand',
    });
    const meeting = await call<{ id: number }>(backend, 'meetings.create', {
      date: '2026-03-12',
      chairPersonId: b.personId,
    });
    for (const personId of [a.personId, b.personId]) {
      await call(backend, 'meetings.setAttendance', { meetingId: meeting.id, personId, status: 'til_stede' });
    }

    const merged = await call<Person>(backend, 'persons.merge', { keepId: a.personId, removeId: b.personId });
    expect(merged.otherRoles).toEqual(
      expect.arrayContaining(['Medlemskab af følgegruppen', 'Deltagelse i møde']),
    );
    const group = await call<{ members: { personId: number }[] }>(backend, 'followupGroup.get');
    expect(group.members.map((m) => m.personId)).toEqual([a.personId]);
    const after = await call<{
      chairPersonId: number;
      attendance: { personId: number; status: string | null }[];
    }>(backend, 'meetings.get', { id: meeting.id });
    expect(after.chairPersonId).toBe(a.personId);
    expect(after.attendance.filter((x) => x.status !== null)).toEqual([
      expect.objectContaining({ personId: a.personId, status: 'til_stede' }),
    ]);
    backend.close();
  });
});

describe('audit log viewer', () => {
  it('filters by user and date, shows the newest first, and exports what it shows as CSV', async () => {
    const backend = setup('2026-11-24');
    await call(backend, 'partnerships.create', partnership({ partnerContact: { name: 'Lone Hansen' } }));
    const person = await personNamed(backend, 'Lone Hansen');
    await call(backend, 'persons.update', { id: person.id, fields: { legalBasis: 'offentlig_opgave' } });

    const all = await call<{ entries: { action: string; actor: string }[]; actors: string[] }>(
      backend,
      'audit.list',
      {},
    );
    expect(all.actors).toEqual(['konsulent']);
    expect(all.entries.map((e) => e.action)).toEqual(['update', 'create']);
    expect(
      (await call<{ entries: unknown[] }>(backend, 'audit.list', { actor: 'en anden' })).entries,
    ).toEqual([]);
    expect(
      (await call<{ entries: unknown[] }>(backend, 'audit.list', { from: '2026-11-25' })).entries,
    ).toEqual([]);
    expect(
      (await call<{ entries: unknown[] }>(backend, 'audit.list', { to: '2026-11-24' })).entries,
    ).toHaveLength(2);

    const file = await call<{ fileName: string; contentBase64: string }>(backend, 'audit.export', {
      personId: person.id,
    });
    expect(file.fileName).toBe('Logbog - 2026-11-24.csv');
    const csv = Buffer.from(file.contentBase64, 'base64').toString('utf8');
    expect(csv).toContain('Tidspunkt;Bruger;Handling;Post;Nr.;Felt;Før;Efter;Begrundelse');
    expect(csv).toContain(`;konsulent;Ændret;Person;${String(person.id)};Retsgrundlag;;offentlig_opgave;`);
    expect(csv).not.toContain('Oprettet');
    backend.close();
  });
});

describe('retention', () => {
  it('lists persons and ended partnerships past their retention date, and erases the chosen ones', async () => {
    const backend = setup('2032-03-01');
    const ended = await call<Partnership>(
      backend,
      'partnerships.create',
      partnership({
        startDate: '2020-01-01',
        endDate: '2026-12-31',
        status: 'afsluttet',
        partnerContact: { name: 'Gammel Kontakt' },
      }),
    );
    await call(
      backend,
      'partnerships.create',
      partnership({
        title: 'Klaver',
        partner: 'Jens Pianist',
        volunteerType: 'enkeltperson',
        endDate: '2026-12-31',
        partnerContact: { name: 'Jens Pianist' },
      }),
    );
    await call(
      backend,
      'partnerships.create',
      partnership({ title: 'Kører', partner: 'DGI', partnerContact: { name: 'Aktiv Kontakt' } }),
    );

    const due = await call<{ persons: Person[]; partnerships: { id: number; keepUntil: string }[] }>(
      backend,
      'retention.due',
    );
    expect(due.persons.map((p) => [p.name, p.keepUntil])).toEqual([['Gammel Kontakt', '2031-12-31']]);
    expect(due.partnerships).toEqual([expect.objectContaining({ id: ended.id, keepUntil: '2031-12-31' })]);
    // An individual volunteer's term is kept 10 years; a running partnership keeps its contact.
    const jens = await personNamed(backend, 'Jens Pianist');
    expect(jens).toMatchObject({ keepUntil: '2036-12-31', due: false });
    expect(await personNamed(backend, 'Aktiv Kontakt')).toMatchObject({ keepUntil: null, due: false });

    // The setting changes the default; a date chosen by hand wins.
    await call(backend, 'settings.update', { retentionYearsAfterEnd: 10 });
    expect((await call<{ persons: Person[] }>(backend, 'retention.due')).persons).toEqual([]);
    await call(backend, 'settings.update', { retentionYearsAfterEnd: 5 });
    await call(backend, 'persons.update', { id: jens.id, fields: { retentionDate: '2030-01-01' } });
    expect((await call<{ persons: Person[] }>(backend, 'retention.due')).persons.map((p) => p.name)).toEqual([
      'Gammel Kontakt',
      'Jens Pianist',
    ]);

    const gammel = await personNamed(backend, 'Gammel Kontakt');
    expect(
      await call(backend, 'retention.apply', {
        personIds: [gammel.id],
        partnershipIds: [ended.id],
        reason: 'Årlig oprydning',
      }),
    ).toEqual({ persons: 1, partnerships: 1 });
    expect((await backend.router.handle('partnerships.get', { id: ended.id })).ok).toBe(false);
    expect((await call<Person[]>(backend, 'persons.list')).map((p) => p.name)).not.toContain(
      'Gammel Kontakt',
    );
    const log = await call<{ entries: { action: string; reason: string | null }[] }>(backend, 'audit.list', {
      entity: 'partnership',
      entityId: ended.id,
    });
    expect(log.entries[0]).toMatchObject({
      action: 'erase',
      reason: 'Opbevaringsfristen er udløbet. Årlig oprydning',
    });
    expect(rawBytes(backend.file)).not.toContain('gammel kontakt');
    backend.close();
  });
});
