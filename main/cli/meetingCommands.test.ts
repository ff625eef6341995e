import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { samspil } from '../testing/cli';
import { bodyText } from '../testing/docx';
import { useTempFolder } from '../testing/tempFolder';

const tempFolder = useTempFolder();

describe('samspil meetings, actions and meeting documents', () => {
  it('lists the demo følgegruppe’s meetings and action items as JSON, and writes agenda and minutes', async () => {
    const folder = tempFolder();
    const db = path.join(folder, 'register.sqlite');
    expect((await samspil('--db', db, 'demo')).code).toBe(0);

    const meetings = JSON.parse((await samspil('--db', db, 'meetings', 'list', '--json')).stdout) as {
      id: number;
      date: string;
    }[];
    expect(meetings.map((m) => m.date)).toEqual(['2026-03-12', '2026-06-11', '2026-09-10', '2026-12-10']);
    expect(meetings.every((m) => Number.isInteger(m.id))).toBe(true);

    const actions = JSON.parse((await samspil('--db', db, 'actions', 'list', '--json')).stdout) as Record<
      string,
      unknown
    >[];
    const leftOpen = actions.find((a) => a.meetingId === meetings[0]!.id && a.status === 'open')!;
    expect(leftOpen).toMatchObject({ responsible: 'Karin Holm', deadline: '2026-05-01' });
    expect(Object.keys(leftOpen)).toEqual(
      expect.arrayContaining(['id', 'text', 'responsible', 'deadline', 'status', 'meetingId']),
    );
    expect(actions.some((a) => a.status === 'closed' && a.closedAtMeetingId === meetings[1]!.id)).toBe(true);

    // The item left open at the first meeting appears under item 2 of the second meeting's minutes.
    const minutes = path.join(folder, 'referat.docx');
    const written = await samspil(
      '--db',
      db,
      'meeting',
      'minutes',
      String(meetings[1]!.id),
      '--out',
      minutes,
    );
    expect(written.code).toBe(0);
    const body = bodyText(minutes);
    expect(body).toMatch(
      new RegExp(
        `Opfølgning på referat fra sidste møde \\(O\\).*${String(leftOpen.text)}.*Eventuelt \\(O\\)`,
      ),
    );
    expect(body).toContain('Til stede');
    expect(body).toContain('med Socialudvalget');

    const again = await samspil('--db', db, 'meeting', 'minutes', String(meetings[1]!.id), '--out', minutes);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--force');
    expect(
      (await samspil('--db', db, 'meeting', 'minutes', String(meetings[1]!.id), '--out', minutes, '--force'))
        .code,
    ).toBe(0);

    const agenda = path.join(folder, 'dagsorden.docx');
    expect(
      (await samspil('--db', db, 'meeting', 'agenda', String(meetings[3]!.id), '--out', agenda)).code,
    ).toBe(0);
    expect(bodyText(agenda)).toContain('Dagsorden – Følgegruppen');
  });

  it('exits 2 with a Danish message on a bad meeting number or output file, and writes nothing', async () => {
    const folder = tempFolder();
    const db = path.join(folder, 'register.sqlite');
    const out = path.join(folder, 'x.docx');
    const bad = await samspil('--db', db, 'meeting', 'agenda', 'abc', '--out', out);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('er ikke et mødes nummer');
    const missing = await samspil('--db', db, 'meeting', 'minutes', '7', '--out', out);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Mødet findes ikke længere');
    const pdf = await samspil('--db', db, 'meeting', 'minutes', '7', '--out', path.join(folder, 'x.pdf'));
    expect(pdf.code).toBe(2);
    expect(fs.readdirSync(folder).filter((f) => !f.startsWith('register.sqlite'))).toEqual([]);
    expect((await samspil('--db', db, 'meetings', 'list')).stdout).toContain('Der er ingen møder');
  });
});
