import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { followupBackend } from '../../testing/followupBackend';
import { bodyText, libreOfficeRuns, libreOfficeText, textOf } from '../../testing/docx';
import { useTempFolder } from '../../testing/tempFolder';

const tempFolder = useTempFolder();

/** Two meetings: the first held with Socialudvalget, with attendance, a decision and an open action item. */
async function heldMeetings(folder: string) {
  const api = followupBackend(folder, '2026-03-13');
  await api.call('followupGroup.update', { caseNumber: '27.15.12-A00-3-26' });
  const lone = await api.call('followupGroup.addMember', {
    name: 'Lone Madsen',
    organisation: 'Frivilligcenteret',
    seatKind: 'fast',
  });
  const karin = await api.call('followupGroup.addMember', {
    name: 'Karin Holm',
    role: 'Frivilligkonsulent',
    seatKind: 'kommunal',
  });
  const aisha = await api.call('followupGroup.addMember', {
    name: 'Aisha Khan',
    organisation: 'Venligboerne',
    seatKind: 'valgt',
  });
  const first = await api.call('meetings.create', {
    date: '2026-03-12',
    startTime: '15:00',
    endTime: '17:00',
    place: 'Rådhuset, mødelokale 2',
    chairPersonId: lone.personId,
    referentPersonId: karin.personId,
    guests: 'Bo Jensen, formand for Socialudvalget',
    marks: ['socialudvalget'],
  });
  await api.call('meetings.setAttendance', {
    meetingId: first.id,
    personId: lone.personId,
    status: 'til_stede',
  });
  await api.call('meetings.setAttendance', {
    meetingId: first.id,
    personId: karin.personId,
    status: 'til_stede',
  });
  await api.call('meetings.setAttendance', {
    meetingId: first.id,
    personId: aisha.personId,
    status: 'afbud',
  });
  const withItem = await api.call('agendaItems.add', {
    meetingId: first.id,
    fields: {
      title: 'Fordeling af puljemidler',
      kind: 'B',
      background: 'Der er søgt om 40.000 kr.',
      decision: 'Følgegruppen anbefaler ansøgningen.',
    },
  });
  const item = withItem.items.find((i) => i.title === 'Fordeling af puljemidler')!;
  await api.call('actionItems.add', {
    meetingId: first.id,
    agendaItemId: item.id,
    fields: {
      text: 'Sende indstilling til udvalget',
      responsiblePersonId: karin.personId,
      deadline: '2026-04-01',
    },
  });
  const second = await api.call('meetings.create', {
    date: '2026-06-11',
    startTime: '15:00',
    endTime: '17:00',
  });
  return { ...api, first, second };
}

describe('dagsorden and referat in Word', () => {
  it('writes the referat with the header block, marks, numbered (O)/(D)/(B) items and the handlingsliste', async () => {
    const { call, first } = await heldMeetings(tempFolder());
    const file = await call('meetings.minutesDocument', { id: first.id });
    expect(file.fileName).toBe('Referat - Følgegruppen - 2026-03-12.docx');
    const files = unzipSync(Buffer.from(file.contentBase64, 'base64'));
    const document = strFromU8(files['word/document.xml']!);
    const body = textOf(document);
    expect(body).toContain('Referat – Følgegruppen');
    expect(body).toContain('Til stede');
    expect(body).toContain('Til stedeKarin Holm, Lone Madsen (Frivilligcenteret)Afbud');
    expect(body).toMatch(/Afbud.*Aisha Khan \(Venligboerne\)/);
    expect(body).toContain('Bo Jensen, formand for Socialudvalget');
    expect(body).toContain('med Socialudvalget');
    expect(body).toContain('MødelederLone Madsen');
    expect(body).toContain('ReferentKarin Holm');
    expect(body).toContain('kl. 15.00–17.00');
    expect(body).toContain('Sagsnummer27.15.12-A00-3-26');
    expect(body).toContain('KLE27.15.12 Frivilligt socialt arbejde');
    expect(body).toContain('Godkendelse af dagsorden (B)');
    expect(body).toContain('Fordeling af puljemidler (B)');
    expect(body).toContain('Beslutning: Følgegruppen anbefaler ansøgningen.');
    expect(body).toMatch(/Handlingsliste.*Sende indstilling til udvalgetKarin Holm1\.4\.2026/);
    expect(body).toContain('Næste møde11. juni 2026, kl. 15.00–17.00');
    expect(document).toMatch(/<w:pStyle w:val="Heading2"\/>[\s\S]*?<w:numId /);
    expect(document).toContain('<w:tblHeader/>');
    expect(strFromU8(files['word/styles.xml']!)).toContain('w:lang w:val="da-DK"');
    const footer = Object.keys(files)
      .filter((n) => /^word\/footer\d*\.xml$/.test(n))
      .map((n) => strFromU8(files[n]!))
      .join('');
    expect(footer).toContain('NUMPAGES');
    expect(strFromU8(files['docProps/core.xml']!)).toContain('<dc:title>Referat – Følgegruppen</dc:title>');
  });

  it('shows the open action item of the first meeting under item 2 of the next agenda and its handlingsliste', async () => {
    const { call, second } = await heldMeetings(tempFolder());
    const file = await call('meetings.agendaDocument', { id: second.id });
    expect(file.fileName).toBe('Dagsorden - Følgegruppen - 2026-06-11.docx');
    const body = bodyText(Buffer.from(file.contentBase64, 'base64'));
    expect(body).toMatch(
      /Opfølgning på referat fra sidste møde \(O\).*Sende indstilling til udvalget.*Eventuelt \(O\)/,
    );
    expect(body).toMatch(/Handlingsliste.*Sende indstilling til udvalget/);
    expect(body).toContain('Deltagere');
    expect(body).not.toContain('Til stede');
  });

  it.runIf(libreOfficeRuns)(
    'opens in LibreOffice and reads back as the same Danish referat',
    async () => {
      const folder = tempFolder();
      const { call, first } = await heldMeetings(folder);
      const file = path.join(folder, 'referat.docx');
      fs.writeFileSync(
        file,
        Buffer.from((await call('meetings.minutesDocument', { id: first.id })).contentBase64, 'base64'),
      );
      const text = libreOfficeText(folder, file);
      expect(text).toContain('Referat – Følgegruppen');
      expect(text).toContain('Fordeling af puljemidler (B)');
      expect(text).toContain('Handlingsliste');
      expect(text).toContain('Sende indstilling til udvalget');
      expect(text).toMatch(/Side 1 af [1-9]/);
    },
    180_000,
  );
});
