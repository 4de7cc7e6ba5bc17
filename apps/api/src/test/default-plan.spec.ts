import { compareForDefault, defaultPlan, type PlanSummary } from '@boussole/domain';
import { activePlanId } from './support/admin-fixtures';
import { createTestApp, TestApp } from './support/test-app';

/**
 * "Which plan is the default" is the domain's `defaultPlan`: the plans list's SQL order, the
 * indicators and the regional roll-up asked without `?plan=` all follow it, through every state.
 */
describe('the default plan', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin@boussole.test');
  });
  afterAll(async () => t.close());

  const get = async (path: string) => {
    const response = await t.request(path, { token: admin });
    expect(response.status).toBe(200);
    return response.body;
  };
  /** A plan with one indicator of its own, so that the indicators asked without `?plan=` tell which plan they are. */
  const newPlan = async (title: string, startYear: number) => {
    const plan = await t.request('/plans', { method: 'POST', token: admin, json: { title, startYear, endYear: startYear + 2 } });
    const indicator = { planId: plan.body.id, attachedTo: { kind: 'plan' }, name: `Indicateur de ${title}`, unit: '%', baselineValue: 0, baselineDate: `${startYear}-01-01`, targetValue: 1, targetDate: `${startYear + 2}-12-31`, periodicity: 'year' };
    expect((await t.request('/indicators', { method: 'POST', token: admin, json: indicator })).status).toBe(201);
    return plan.body.id as number;
  };
  const move = async (id: number, state: string) => {
    const plan = await get(`/plans/${id}`);
    expect((await t.request(`/plans/${id}`, { method: 'PATCH', token: admin, json: { state }, headers: { 'if-match': String(plan.version) } })).status).toBe(200);
  };
  const expectDefault = async (id: number) => {
    const plans: PlanSummary[] = await get('/plans');
    expect(defaultPlan(plans)?.id).toBe(id);
    // The list's ORDER BY is the domain's comparison: its first plan is the default one.
    expect(plans.map((p) => p.id)).toEqual([...plans].sort(compareForDefault).map((p) => p.id));
    expect(plans[0].id).toBe(id);
    expect(await get('/indicators')).toEqual(await get(`/indicators?plan=${id}`));
    expect(await get('/regions/53/rollup')).toEqual(await get(`/regions/53/rollup?plan=${id}`));
  };

  it('is the active plan with the latest start year, else the latest draft, else the latest archived', async () => {
    const demo = await activePlanId(t);
    await expectDefault(demo);
    const next = await newPlan('Projet stratégique 2028-2030', 2028);
    await expectDefault(demo); // a draft does not take the place of an active plan
    await move(next, 'active');
    await expectDefault(next); // two plans active at once: the one that starts later
    const twin = await newPlan('Projet jumeau 2028-2030', 2028);
    await move(twin, 'active');
    await expectDefault(twin); // same start year: the latest created
    const early = await newPlan('Brouillon 2026', 2026);
    const late = await newPlan('Brouillon 2027', 2027);
    for (const id of [demo, next, twin]) await move(id, 'archived');
    await expectDefault(late); // no active plan: the latest draft, before any archived one
    for (const id of [early, late]) await move(id, 'archived');
    await expectDefault(twin); // all archived: the latest, by start year then creation
  });
});
