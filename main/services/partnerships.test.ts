import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { partnershipFieldsSchema, type PartnershipFields } from '../../shared/api';
import { openDatabase } from '../db/open';
import { createRepositories } from '../db/repositories';
import { testPorts } from '../testing/testPorts';
import { useTempFolder } from '../testing/tempFolder';
import { createServices } from './index';

const tempFolder = useTempFolder();

function setup() {
  const db = openDatabase(path.join(tempFolder(), 'samspil.sqlite'));
  let tick = 0;
  const repos = createRepositories(db);
  const services = createServices(
    repos,
    testPorts(() => new Date(Date.UTC(2026, 10, 24, 12, 0, tick++)), { actor: 'konsulent' }),
  );
  return { db, repos, services };
}

const fields = (overrides: Partial<PartnershipFields> = {}): PartnershipFields =>
  partnershipFieldsSchema.parse({
    title: 'Demenscafé',
    partner: 'Ældre Sagen',
    volunteerType: 'humanitaer',
    involvement: 'hoej',
    ...overrides,
  });

describe('partnership service', () => {
  it('creates a partnership with its quadrant, partner and unit, and logs it', () => {
    const { services, repos } = setup();
    const unit = services.lists.all().units[1]!;
    const created = services.partnerships.create(fields({ unitId: unit.id, startDate: '2026-01-01' }));
    expect(created).toMatchObject({
      title: 'Demenscafé',
      partner: 'Ældre Sagen',
      quadrant: 1,
      unitName: unit.name,
      status: 'aktiv',
      startDate: '2026-01-01',
      createdAt: '2026-11-24T12:00:00.000Z',
    });
    expect(services.partnerships.list()).toEqual([created]);
    expect(repos.auditLog.forEntity('partnership', created.id)).toMatchObject([
      { action: 'create', actor: 'konsulent' },
    ]);
  });

  it('reuses a partner whatever the case of its name', () => {
    const { services } = setup();
    const a = services.partnerships.create(fields());
    const b = services.partnerships.create(fields({ title: 'Besøgsvenner', partner: 'ÆLDRE SAGEN' }));
    expect(b.partnerId).toBe(a.partnerId);
    expect(b.partner).toBe('Ældre Sagen');
  });

  it('records each changed field and the reason in the history when updating', () => {
    const { services, repos } = setup();
    const created = services.partnerships.create(fields());
    const reason = 'Kommunen låner nu kun lokaler ud';
    const updated = services.partnerships.update(
      created.id,
      fields({ involvement: 'lav', notes: 'Flyttet' }),
      reason,
    );
    expect(updated.quadrant).toBe(3);
    expect(updated.updatedAt > created.updatedAt).toBe(true);
    const history = repos.auditLog.forEntity('partnership', created.id).filter((e) => e.action === 'update');
    // A reclassification shows the old and the new quadrant beside the field that caused it.
    expect(history.map((e) => [e.field, e.oldValue, e.newValue, e.reason])).toEqual([
      ['involvement', 'hoej', 'lav', reason],
      ['quadrant', '1', '3', reason],
      ['notes', '', 'Flyttet', reason],
    ]);
  });

  it('removes a partner nobody refers to any more after a rename', () => {
    const { services, db } = setup();
    const created = services.partnerships.create(fields({ partner: 'Ældre Sagn' }));
    services.partnerships.update(created.id, fields({ partner: 'Ældre Sagen' }));
    expect(db.prepare('SELECT name FROM organisations').all()).toEqual([{ name: 'Ældre Sagen' }]);
  });

  it('deletes with a history entry, and reports a missing partnership as not found', () => {
    const { services, repos } = setup();
    const created = services.partnerships.create(fields());
    expect(services.partnerships.delete(created.id)).toEqual({ id: created.id });
    expect(services.partnerships.list()).toEqual([]);
    expect(repos.auditLog.forEntity('partnership', created.id).map((e) => e.action)).toEqual([
      'create',
      'delete',
    ]);
    expect(() => services.partnerships.delete(created.id)).toThrow(/findes ikke/);
    expect(() => services.partnerships.get(999)).toThrow(expect.objectContaining({ code: 'not_found' }));
  });

  it('refuses an unknown unit and writes nothing', () => {
    const { services, db } = setup();
    expect(() => services.partnerships.create(fields({ unitId: 999 }))).toThrow(
      expect.objectContaining({
        code: 'validation',
        fieldErrors: [expect.objectContaining({ path: 'unitId' })],
      }),
    );
    expect(db.prepare('SELECT count(*) AS n FROM partnerships').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM organisations').get()).toEqual({ n: 0 });
  });
});
