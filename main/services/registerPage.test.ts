import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  fieldsOfPartnership,
  organisationFieldsSchema,
  partnershipFieldsSchema,
  registerPageInputSchema,
  type PartnershipFieldsInput,
} from '../../shared/api';
import { compareDanish } from '../../shared/domain';
import { createServices } from './index';
import { useTempFolder } from '../testing/tempFolder';
import { testPorts } from '../testing/testPorts';
import { openDatabase } from '../db/open';
import { createRepositories } from '../db/repositories';
import { registerPageSql } from '../db/repositories/registerPage';

const tempFolder = useTempFolder();

const TITLES = ['Åbent hus', 'Zumba 10', 'Zumba 9', 'Ældrecafé', 'Aarhus-turen', 'Øresund', 'bøger', 'Bål'];

function setup() {
  const db = openDatabase(path.join(tempFolder(), 'samspil.sqlite'));
  const services = createServices(createRepositories(db), testPorts('2026-11-24T12:00:00Z'));
  const create = (input: Partial<PartnershipFieldsInput>) =>
    services.partnerships.create(
      partnershipFieldsSchema.parse({
        title: 'Demenscafé',
        partner: 'Ældre Sagen',
        volunteerType: 'humanitaer',
        involvement: 'mellem',
        ...input,
      }),
    );
  return { db, services, create };
}

function planOf(db: ReturnType<typeof openDatabase>, sql: string, params: Record<string, unknown>) {
  return db
    .prepare<Record<string, unknown>, { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
    .all(params)
    .map((row) => row.detail)
    .join('\n');
}

describe('the register page', () => {
  it('pages through every partnership in Danish title order with keyset cursors', () => {
    const { services, create } = setup();
    TITLES.forEach((title, i) => create({ title, partner: `Forening ${String(i % 3)}` }));
    const seen: string[] = [];
    let after = null;
    do {
      const page = services.partnerships.page(registerPageInputSchema.parse({ limit: 3, after }));
      seen.push(...page.rows.map((p) => p.title));
      after = page.next;
    } while (after);
    expect(seen).toEqual([...TITLES].sort(compareDanish));
    const backwards = services.partnerships.page(
      registerPageInputSchema.parse({ direction: 'descending', limit: 2 }),
    );
    expect(backwards.rows.map((p) => p.title)).toEqual(['Aarhus-turen', 'Åbent hus']);
  });

  it('narrows by the filters and keeps a renamed title in order', () => {
    const { services, create } = setup();
    const cafe = create({ title: 'Café', status: 'aktiv' });
    create({ title: 'Bogklub', status: 'afsluttet' });
    create({ title: 'Atletik', status: 'aktiv', volunteerType: 'folkeoplysende' });
    const active = services.partnerships.page(registerPageInputSchema.parse({ filter: { status: 'aktiv' } }));
    expect(active.rows.map((p) => p.title)).toEqual(['Atletik', 'Café']);
    expect(active.next).toBeNull();
    services.partnerships.update(cafe.id, { ...fieldsOfPartnership(cafe), title: 'Aa-café' });
    const renamed = services.partnerships.page(
      registerPageInputSchema.parse({ filter: { status: 'aktiv' } }),
    );
    expect(renamed.rows.map((p) => p.title)).toEqual(['Atletik', 'Aa-café']);
  });

  it('walks an index in title order, with no sort of the whole table, for every filter', () => {
    const { db } = setup();
    const params = { afterKey: '', afterId: 0, limit: 50, status: 'aktiv', unitId: 1, volunteerType: 'lav' };
    for (const filter of [
      {},
      { status: 'aktiv' as const },
      { unitId: 1 },
      { volunteerType: 'humanitaer' as const },
    ]) {
      for (const cursor of [false, true]) {
        const plan = planOf(db, registerPageSql(filter, cursor, 'ascending'), params);
        expect(plan).toMatch(/partnerships_(status_|unit_)?title_key/);
        expect(plan).not.toMatch(/TEMP B-TREE/);
      }
    }
    expect(planOf(db, registerPageSql({ status: 'aktiv' }, true, 'ascending'), params)).toMatch(
      /USING INDEX partnerships_status_title_key \(status=\? AND title_key>\?\)/,
    );
  });

  it('finds a partnership by its partner’s new name after a rename (search index kept in sync)', () => {
    const { services, create } = setup();
    const created = create({ title: 'Besøgsven', partner: 'Røde Kors' });
    const { id, partnershipCount, ...fields } = services.organisations.get(created.partnerId);
    expect(partnershipCount).toBe(1);
    services.organisations.update(
      id,
      organisationFieldsSchema.parse({ ...fields, name: 'Dansk Folkehjælp' }),
    );
    expect(services.partnerships.search('folkehjælp')).toEqual([created.id]);
    expect(services.partnerships.search('røde kors')).toEqual([]);
  });
});
