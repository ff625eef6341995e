import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ApiFailure,
  effortFieldsSchema,
  partnershipFieldsSchema,
  planFieldsSchema,
  type EffortFieldsInput,
  type PlanFieldsInput,
} from '../../shared/api';
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
    testPorts(() => new Date(Date.UTC(2026, 10, 25, 12, 0, tick++))),
  );
  return { db, repos, plans: services.actionPlans, services };
}

const planFields = (over: Partial<PlanFieldsInput> = {}) =>
  planFieldsSchema.parse({ title: 'Handleplan 2016-17', period: '2016-17', ...over });
const effort = (over: Partial<EffortFieldsInput> = {}) =>
  effortFieldsSchema.parse({ title: 'Dialogmøder', ...over });

function failure(run: () => unknown): ApiFailure {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiFailure) return error;
    throw error;
  }
  throw new Error('expected an ApiFailure');
}

describe('action plan service', () => {
  it('creates a plan, adds goals from the strategy list and new ones, and keeps goals in order', () => {
    const { plans, services } = setup();
    const plan = plans.create(planFields());
    const listed = services.lists.all().strategyGoals[0]!;
    plans.addGoal({ planId: plan.id, strategyGoalId: listed.id });
    const withTwo = plans.addGoal({
      planId: plan.id,
      name: 'Vi skaber synlighed og netværk på frivilligområdet',
    });
    expect(withTwo.goals.map((g) => g.name)).toEqual([
      listed.name,
      'Vi skaber synlighed og netværk på frivilligområdet',
    ]);
    // A new goal joins the municipality's own list, so partnerships can point at it too.
    expect(services.lists.all().strategyGoals.map((g) => g.name)).toContain(
      'Vi skaber synlighed og netværk på frivilligområdet',
    );
    expect(failure(() => plans.addGoal({ planId: plan.id, strategyGoalId: listed.id })).code).toBe(
      'conflict',
    );
  });

  it('refuses a second plan for the same period and normalises how the period is written', () => {
    const { plans } = setup();
    expect(plans.create(planFields({ period: '2016-2017' })).period).toBe('2016-17');
    const error = failure(() => plans.create(planFields({ title: 'Anden plan' })));
    expect(error.code).toBe('conflict');
    expect(error.fieldErrors?.[0]?.path).toBe('period');
    expect(planFieldsSchema.safeParse({ title: 'X', period: '16-17' }).success).toBe(false);
    expect(planFieldsSchema.safeParse({ title: 'X', period: '2017-16' }).success).toBe(false);
  });

  it('saves efforts with state, status text and linked partnerships, and records changes in the history', () => {
    const { plans, services, repos } = setup();
    const partnership = services.partnerships.create(
      partnershipFieldsSchema.parse({
        title: 'Sundhedsdag',
        partner: 'Lungeforeningen',
        volunteerType: 'humanitaer',
        involvement: 'mellem',
      }),
    );
    const plan = plans.addGoal({ planId: plans.create(planFields()).id, name: 'Synlighed og netværk' });
    const goal = plan.goals[0]!;
    const saved = plans.saveEffort(
      null,
      goal.id,
      effort({ focusArea: 'Dialogmøder', partnershipIds: [partnership.id, partnership.id] }),
    );
    const created = saved.goals[0]!.efforts[0]!;
    expect(created).toMatchObject({
      title: 'Dialogmøder',
      focusArea: 'Dialogmøder',
      state: 'ikke_startet',
      partnerships: [{ id: partnership.id, title: 'Sundhedsdag' }],
      history: [],
      carriedTo: null,
    });
    const updated = plans.saveEffort(
      created.id,
      goal.id,
      effort({ state: 'gennemfoert', statusText: 'Afholdt 29. oktober.', partnershipIds: [] }),
    );
    expect(updated.goals[0]!.efforts[0]).toMatchObject({ state: 'gennemfoert', partnerships: [] });
    expect(
      repos.auditLog
        .forEntity('actionEffort', created.id)
        .filter((e) => e.action === 'update')
        .map((e) => [e.field, e.oldValue, e.newValue]),
    ).toEqual([
      ['focusArea', 'Dialogmøder', ''],
      ['state', 'ikke_startet', 'gennemfoert'],
      ['statusText', '', 'Afholdt 29. oktober.'],
    ]);
    expect(plans.list()[0]).toMatchObject({
      goalCount: 1,
      effortCount: 1,
      stateCounts: { gennemfoert: 1, i_gang: 0 },
    });
  });

  it('refuses unknown partnerships, goals of another plan and removing a goal that has efforts', () => {
    const { plans } = setup();
    const a = plans.addGoal({ planId: plans.create(planFields()).id, name: 'Mål A' });
    const b = plans.addGoal({
      planId: plans.create(planFields({ period: '2018', title: 'B' })).id,
      name: 'Mål B',
    });
    expect(
      failure(() => plans.saveEffort(null, a.goals[0]!.id, effort({ partnershipIds: [999] }))).code,
    ).toBe('validation');
    const saved = plans.saveEffort(null, a.goals[0]!.id, effort());
    const effortId = saved.goals[0]!.efforts[0]!.id;
    expect(failure(() => plans.saveEffort(effortId, b.goals[0]!.id, effort())).code).toBe('validation');
    expect(failure(() => plans.removeGoal(a.goals[0]!.id)).code).toBe('conflict');
    expect(failure(() => plans.saveEffort(12345, a.goals[0]!.id, effort())).code).toBe('not_found');
    expect(plans.removeGoal(b.goals[0]!.id).goals).toEqual([]);
    // Nothing was half-saved by the refused calls.
    expect(plans.get(a.id).goals[0]!.efforts.map((e) => e.title)).toEqual(['Dialogmøder']);
  });

  it('carries the efforts marked videreføres into a new plan, keeping the earlier periods visible', () => {
    const { plans } = setup();
    let plan = plans.create(planFields({ title: 'Handleplan 2015', period: '2015' }));
    plan = plans.addGoal({ planId: plan.id, name: 'Gode rammer' });
    plan = plans.addGoal({ planId: plan.id, name: 'Nye alliancer' });
    const [rammer, alliancer] = plan.goals as [(typeof plan.goals)[0], (typeof plan.goals)[0]];
    plans.saveEffort(
      null,
      rammer.id,
      effort({ title: 'Organisatorisk parathed', state: 'viderefoeres', statusText: 'Videreføres.' }),
    );
    plans.saveEffort(
      null,
      rammer.id,
      effort({ title: 'Samarbejdsaftale med frivilligcentret', state: 'gennemfoert' }),
    );
    plan = plans.saveEffort(
      null,
      alliancer.id,
      effort({
        title: 'Virksomheder og foreninger',
        focusArea: 'Knytte tættere',
        state: 'viderefoeres',
        responsible: 'Karin Holm',
      }),
    );

    const next = plans.carryOver(plan.id, '2016-17');
    expect(next).toMatchObject({
      title: 'Handleplan 2016-17',
      period: '2016-17',
      previous: { planId: plan.id, period: '2015' },
    });
    expect(next.goals.map((g) => [g.name, g.efforts.map((e) => e.title)])).toEqual([
      ['Gode rammer', ['Organisatorisk parathed']],
      ['Nye alliancer', ['Virksomheder og foreninger']],
    ]);
    const carried = next.goals[1]!.efforts[0]!;
    expect(carried).toMatchObject({
      state: 'i_gang',
      statusText: '',
      focusArea: 'Knytte tættere',
      responsible: 'Karin Holm',
    });
    expect(carried.history).toMatchObject([{ period: '2015', state: 'viderefoeres', planId: plan.id }]);
    expect(plans.get(plan.id).goals[1]!.efforts[0]!.carriedTo).toEqual({
      planId: next.id,
      period: '2016-17',
    });
    expect(plans.get(plan.id).next).toEqual([{ planId: next.id, period: '2016-17' }]);

    // Twice over: the history grows with each period, oldest first.
    plans.saveEffort(
      carried.id,
      carried.goalId,
      effort({ title: carried.title, state: 'viderefoeres', statusText: 'Fortsætter.' }),
    );
    const third = plans.carryOver(next.id, '2017-18', 'Handleplan for frivilligt socialt arbejde 2017-18');
    const thirdEffort = third.goals[1]!.efforts[0]!;
    expect(thirdEffort.history.map((h) => [h.period, h.statusText])).toEqual([
      ['2015', ''],
      ['2016-17', 'Fortsætter.'],
    ]);

    // Nothing is left to carry on, and the earlier plans are history that stays.
    expect(failure(() => plans.carryOver(plan.id, '2019')).code).toBe('validation');
    expect(failure(() => plans.delete(plan.id)).code).toBe('conflict');
    expect(failure(() => plans.deleteEffort(carried.id)).code).toBe('conflict');
    expect(plans.delete(third.id)).toEqual({ id: third.id });
    expect(plans.get(next.id).next).toEqual([]);
  });

  it('refuses a carry-over into a period that already has a plan, and changes nothing', () => {
    const { plans } = setup();
    const plan = plans.addGoal({ planId: plans.create(planFields()).id, name: 'Mål' });
    plans.saveEffort(null, plan.goals[0]!.id, effort({ state: 'viderefoeres' }));
    plans.create(planFields({ title: 'Anden', period: '2017-18' }));
    expect(failure(() => plans.carryOver(plan.id, '2017-18')).code).toBe('conflict');
    expect(plans.list()).toHaveLength(2);
  });

  it('keeps a plan goal when the strategy goal is removed from the list in Indstillinger', () => {
    const { plans, services } = setup();
    const plan = plans.addGoal({ planId: plans.create(planFields()).id, name: 'Lokalt mål' });
    services.lists.remove('strategyGoals', plan.goals[0]!.strategyGoalId!);
    expect(plans.get(plan.id).goals).toMatchObject([{ name: 'Lokalt mål', strategyGoalId: null }]);
  });
});
