import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldsOfPartnership, partnershipFieldsSchema, type PartnershipFieldsInput } from '../../shared/api';
import { openDatabase } from '../db/open';
import { createRepositories } from '../db/repositories';
import { useTempFolder } from '../testing/tempFolder';
import { testPorts } from '../testing/testPorts';
import { DEMO_PARTNERSHIPS } from './demo/demoData';
import { createServices } from './index';

const tempFolder = useTempFolder();

function setup(today = '2026-11-24T12:00:00Z') {
  const db = openDatabase(path.join(tempFolder(), 'samspil.sqlite'));
  const services = createServices(createRepositories(db), testPorts(today));
  const create = (input: Partial<PartnershipFieldsInput> = {}) =>
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

describe('the full partnership record', () => {
  it('stores and returns every field, money in øre without rounding errors', () => {
    const { services, create } = setup();
    const lists = services.lists.all();
    const created = create({
      involvementCriteria: ['kontaktperson', 'koordinerer'],
      unitId: lists.units[0]!.id,
      welfareAreaId: lists.welfareAreas[2]!.id,
      agreementKind: 'samarbejdsaftale',
      startDate: '2026-01-01',
      endDate: '2027-06-30',
      renewalDate: '2027-03-01',
      targetGroup: 'Ældre med demens',
      purpose: 'Samvær',
      activities: 'Café',
      amount: 45000.5,
      fundingSource: 'paragraf18',
      staffHoursPerMonth: 7.5,
      expectedEvaluation: 'Årlig evaluering',
      strategyGoalIds: [lists.strategyGoals[1]!.id, lists.strategyGoals[0]!.id],
      localArea: 'Nordby',
      childrenUnder15: true,
      childCertificateDate: '2026-01-02',
      partnerContact: { name: 'Lone Madsen', email: 'lone@example.dk', phone: '20 30 40 50' },
      municipalContact: { name: 'Karin Holm' },
      extraFields: { Bydel: 'Nord' },
    });
    expect(services.partnerships.get(created.id)).toMatchObject({
      involvementCriteria: ['kontaktperson', 'koordinerer'],
      welfareAreaName: 'Ældre',
      amount: 45000.5,
      staffHoursPerMonth: 7.5,
      strategyGoalIds: [lists.strategyGoals[0]!.id, lists.strategyGoals[1]!.id],
      partnerContact: { name: 'Lone Madsen', email: 'lone@example.dk', phone: '20 30 40 50' },
      municipalContact: { name: 'Karin Holm', email: '', phone: '' },
      extraFields: { Bydel: 'Nord' },
      flags: [],
    });
  });

  it('computes the compliance flags for today', () => {
    const { create } = setup('2026-11-24T12:00:00Z');
    expect(create({ childrenUnder15: true, fixedAttachment: true }).flags).toEqual(['boerneattest_mangler']);
    expect(create({ title: 'B', endDate: '2027-01-31' }).flags).toEqual(['fornyelse_snart']);
    expect(create({ title: 'C', startDate: '2025-01-01', endDate: '2026-06-30' }).flags).toEqual([
      'udloebet_men_aktiv',
    ]);
    expect(create({ title: 'D', involvement: 'hoej' }).flags).toEqual(['hoej_uden_aftale']);
  });

  it('uses the configured renewal window', () => {
    const { services, create } = setup('2026-11-24T12:00:00Z');
    const p = create({ endDate: '2027-04-01' });
    expect(p.flags).toEqual([]);
    services.settings.update({ renewalWindowDays: 180 });
    expect(services.partnerships.get(p.id).flags).toEqual(['fornyelse_snart']);
  });

  it('finds partnerships by prefix over title, partner, notes and contact names, with Danish letters', () => {
    const { services, create } = setup();
    const cafe = create({ notes: 'Kaffe og kage hver torsdag' });
    const walk = create({
      title: 'Gåtur ved søen',
      partner: 'Dansk Vandrelaug',
      volunteerType: 'faellesskab',
      partnerContact: { name: 'Søren Østergaard' },
    });
    expect(services.partnerships.search('demens')).toEqual([cafe.id]);
    expect(services.partnerships.search('ældre')).toEqual([cafe.id]);
    expect(services.partnerships.search('torsd')).toEqual([cafe.id]);
    expect(services.partnerships.search('øster')).toEqual([walk.id]);
    expect(services.partnerships.search('gåtur søen')).toEqual([walk.id]);
    expect(services.partnerships.search('gatur')).toEqual([]);
    expect(services.partnerships.search('"); DROP TABLE partnerships; --')).toEqual([]);
    expect(services.partnerships.list()).toHaveLength(2);
  });

  it('keeps the search index in step with edits and deletions', () => {
    const { services, create } = setup();
    const p = create();
    services.partnerships.update(p.id, {
      ...fieldsOfPartnership(p),
      partner: 'Røde Kors',
      title: 'Julehjælp',
    });
    expect(services.partnerships.search('demenscafé')).toEqual([]);
    expect(services.partnerships.search('julehjælp')).toEqual([p.id]);
    services.partnerships.delete(p.id);
    expect(services.partnerships.search('julehjælp')).toEqual([]);
  });

  it('removes contact persons nobody refers to any more', () => {
    const { db, services, create } = setup();
    const p = create({ partnerContact: { name: 'Lone Madsen' } });
    services.partnerships.update(p.id, { ...fieldsOfPartnership(p), partnerContact: null });
    expect(db.prepare('SELECT count(*) AS n FROM contact_persons').get()).toEqual({ n: 0 });
  });
});

describe('configurable lists', () => {
  it('seeds units, welfare areas and Faaborg-Midtfyn’s five indsatsområder, which can be renamed', () => {
    const { services } = setup();
    const goals = services.lists.all().strategyGoals;
    expect(goals.map((g) => g.name)).toEqual([
      'Øget mangfoldighed',
      'Respekt og tillid',
      'Gensidigt kendskab',
      'Nye idéer – nye veje',
      'Anerkendelse',
    ]);
    services.lists.rename('strategyGoals', goals[0]!.id, 'Flere med i fællesskabet');
    expect(services.lists.all().strategyGoals[0]!.name).toBe('Flere med i fællesskabet');
  });

  it('refuses a duplicate name and counts usage', () => {
    const { services, create } = setup();
    expect(() => services.lists.add('units', 'center for børn og voksne')).toThrow(/findes allerede/);
    const unit = services.lists.add('units', 'Jobcentret');
    create({ unitId: unit.id });
    expect(services.lists.all().units.find((u) => u.id === unit.id)?.usage).toBe(1);
    services.lists.remove('units', unit.id);
    expect(services.partnerships.list()[0]!.unitId).toBeNull();
  });
});

describe('organisations', () => {
  it('lists partners with their partnership count and saves their details', () => {
    const { services, create } = setup();
    create();
    create({ title: 'Besøgsven' });
    const [org] = services.organisations.list();
    expect(org).toMatchObject({ name: 'Ældre Sagen', volunteerType: 'humanitaer', partnershipCount: 2 });
    const saved = services.organisations.update(org!.id, {
      name: 'Ældre Sagen Lokalafdeling',
      volunteerType: 'humanitaer',
      address: 'Torvet 1',
      cvr: '10150817',
      website: 'https://aeldresagen.dk',
      email: 'lokal@aeldresagen.dk',
      phone: '33 96 86 86',
      volunteerCentreMember: true,
      notes: '',
    });
    expect(saved).toMatchObject({
      name: 'Ældre Sagen Lokalafdeling',
      volunteerCentreMember: true,
      cvr: '10150817',
    });
    expect(services.partnerships.list()[0]!.partner).toBe('Ældre Sagen Lokalafdeling');
  });
});

describe('demo data', () => {
  it('loads about 25 partnerships across every quadrant, unit and status, and each flag', () => {
    const { services } = setup('2026-11-24T12:00:00Z');
    expect(services.demo.load()).toEqual({ added: DEMO_PARTNERSHIPS.length });
    const all = services.partnerships.list();
    expect(all.length).toBeGreaterThanOrEqual(20);
    expect(new Set(all.map((p) => p.quadrant))).toEqual(new Set([1, 2, 3, 4]));
    expect(new Set(all.map((p) => p.status)).size).toBe(5);
    expect(new Set(all.map((p) => p.unitId)).size).toBe(4);
    expect(new Set(all.flatMap((p) => p.flags))).toEqual(
      new Set(['boerneattest_mangler', 'fornyelse_snart', 'udloebet_men_aktiv', 'hoej_uden_aftale']),
    );
  });

  it('refuses to load into a register that already has data', () => {
    const { services, create } = setup();
    create();
    expect(() => services.demo.load()).toThrow(/tomt register/);
    expect(services.partnerships.list()).toHaveLength(1);
  });
});

describe('matrix moves', () => {
  it('reclassifies with a reason in the history, and forgets the hand-placed spot of the old cell', () => {
    const { services } = setup();
    const p = services.partnerships.create(
      partnershipFieldsSchema.parse({
        title: 'Julehjælp',
        partner: 'Røde Kors',
        volunteerType: 'humanitaer',
        involvement: 'lav',
        involvementCriteria: ['henviser'],
      }),
    );
    services.matrix.savePosition(p.id, 40, 50);
    expect(services.matrix.positions()).toEqual([{ partnershipId: p.id, dx: 40, dy: 50 }]);
    const moved = services.partnerships.reclassify(
      p.id,
      'humanitaer',
      'hoej',
      'Kommunen driver nu caféen sammen med dem',
    );
    expect(moved).toMatchObject({
      quadrant: 1,
      involvement: 'hoej',
      involvementReason: 'Kommunen driver nu caféen sammen med dem',
    });
    expect(services.matrix.positions()).toEqual([]);
    const quadrantEntry = services.partnerships.history(p.id).find((h) => h.field === 'quadrant');
    expect(quadrantEntry).toMatchObject({
      oldValue: '3',
      newValue: '1',
      reason: 'Kommunen driver nu caféen sammen med dem',
    });
  });

  it('refuses a position for a partnership that does not exist', () => {
    const { services } = setup();
    expect(() => services.matrix.savePosition(999, 1, 1)).toThrow(/findes ikke/);
  });
});

describe('matrix history', () => {
  it('returns creations and the changes that move or redraw a node, which replay to an earlier state', () => {
    const { services } = setup();
    const p = services.partnerships.create(
      partnershipFieldsSchema.parse({
        title: 'Gåtur',
        partner: 'Gå-holdet',
        volunteerType: 'faellesskab',
        involvement: 'lav',
      }),
    );
    services.partnerships.update(
      p.id,
      { ...fieldsOfPartnership(p), involvement: 'hoej', notes: 'ikke med' },
      'Mere ansvar',
    );
    const history = services.matrix.history();
    expect(history.map((h) => [h.action, h.field])).toEqual([
      ['create', null],
      ['update', 'involvement'],
    ]);
  });
});

describe('agreements', () => {
  it('writes the agreement with placeholders, lists what is missing, and records every export', async () => {
    const { services } = setup();
    const p = services.partnerships.create(
      partnershipFieldsSchema.parse({
        title: 'Julehjælp',
        partner: 'Røde Kors',
        volunteerType: 'humanitaer',
        involvement: 'lav',
      }),
    );
    expect(services.agreements.check(p.id)).toMatchObject({
      shape: 'kort',
      fileName: 'Samarbejdsaftale - Røde Kors - Julehjælp - 2026-11-24.docx',
      missing: [
        'kommunens navn (Indstillinger)',
        'partnerens kontaktperson',
        'kommunal kontaktperson',
        'formål',
        'aktiviteter (hvad, hvornår og hvor)',
        'startdato',
      ],
    });
    services.settings.update({ municipalityName: 'Furesø Kommune' });
    const generated = await services.agreements.generate(p.id);
    expect(generated.missing).not.toContain('kommunens navn (Indstillinger)');
    expect(Buffer.from(generated.contentBase64, 'base64').subarray(0, 2).toString()).toBe('PK');
    const history = services.agreements.history(p.id);
    expect(history).toEqual([
      expect.objectContaining({
        kind: 'Samarbejdsaftale om dialog og videndeling',
        fileName: generated.fileName,
        actor: 'k',
      }),
    ]);
    expect(history[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
