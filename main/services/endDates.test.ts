import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { partnershipFieldsSchema } from '../../shared/api';
import { endsInMonth, nextTwelveMonths } from '../../shared/domain';
import { openDatabase } from '../db/open';
import { createRepositories } from '../db/repositories';
import { testPorts } from '../testing/testPorts';
import { useTempFolder } from '../testing/tempFolder';
import { createServices } from './index';

const tempFolder = useTempFolder();

describe("Overblik's timeline of end dates", () => {
  it('counts per month exactly the running partnerships the register holds for that month', () => {
    const db = openDatabase(path.join(tempFolder(), 'samspil.sqlite'));
    const services = createServices(createRepositories(db), testPorts('2026-11-25T12:00:00Z'));
    const add = (title: string, endDate: string | null, status = 'aktiv') =>
      services.partnerships.create(
        partnershipFieldsSchema.parse({
          title,
          partner: 'P',
          volunteerType: 'faellesskab',
          involvement: 'lav',
          status,
          startDate: '2020-01-01',
          endDate,
        }),
      );
    add('Nu', '2026-11-30');
    add('December', '2026-12-01');
    add('Også december', '2026-12-31', 'paa_pause');
    add('Afsluttet i december', '2026-12-15', 'afsluttet');
    add('Oktober næste år', '2027-10-31');
    add('For sent', '2027-11-01');
    add('Allerede udløbet', '2026-10-31');
    add('Uden slutdato', null);

    const months = nextTwelveMonths('2026-11-25');
    expect(months.map((m) => m.key)).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
      '2027-03',
      '2027-04',
      '2027-05',
      '2027-06',
      '2027-07',
      '2027-08',
      '2027-09',
      '2027-10',
    ]);
    expect(months[1]).toEqual({ key: '2026-12', short: 'dec', long: 'december 2026' });

    const rows = services.partnerships.list();
    const shown = Object.fromEntries(
      months.map((m) => [m.key, rows.filter((p) => endsInMonth(p, m.key)).length]),
    );
    // The same numbers straight from the register's table.
    const stored = db
      .prepare<[], { month: string; n: number }>(
        `SELECT substr(end_date, 1, 7) AS month, count(*) AS n FROM partnerships
         WHERE status <> 'afsluttet' AND end_date IS NOT NULL GROUP BY month`,
      )
      .all();
    for (const m of months) expect(shown[m.key], m.key).toBe(stored.find((s) => s.month === m.key)?.n ?? 0);
    expect(shown).toMatchObject({ '2026-11': 1, '2026-12': 2, '2027-10': 1, '2027-01': 0 });
    db.close();
  });
});
